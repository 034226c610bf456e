import { foldText } from './text-folding';

/**
 * foldText one UTF-16 unit at a time, from a table filled on first sight of
 * each unit, so the feature extractor folds and splits a comment into words in
 * one pass without building strings. Per unit, the result is the folded
 * letter or digit, or one of the markers below.
 */

/** Ends a word: punctuation, spaces, symbols, surrogates (emoji). */
export const SEPARATOR = -1;
/** Folds to nothing (a combining mark): the word goes on. */
export const DROPPED = -2;
/** Folds to several units (ligatures such as "ﬁ"): see foldedUnits. */
export const SEVERAL = -3;
const UNKNOWN = -4;

const WORD_UNIT = /[\p{L}\p{N}]/u;
const table = new Int32Array(0x10000).fill(UNKNOWN);
const several = new Map<number, Int32Array>();

export function foldedUnit(code: number): number {
  const known = table[code];
  return known === UNKNOWN ? learn(code) : known;
}

/** What a unit marked SEVERAL folds to, each a letter/digit or SEPARATOR. */
export function foldedUnits(code: number): Int32Array {
  return several.get(code)!;
}

function learn(code: number): number {
  let folded: number;
  if (code >= 0xd800 && code <= 0xdfff) folded = SEPARATOR;
  else {
    const text = foldText(String.fromCharCode(code));
    if (text.length === 0) folded = DROPPED;
    else if (text.length === 1) folded = unitOf(text, 0);
    else {
      several.set(code, Int32Array.from({ length: text.length }, (_, i) => unitOf(text, i)));
      folded = SEVERAL;
    }
  }
  table[code] = folded;
  return folded;
}

function unitOf(text: string, i: number): number {
  return WORD_UNIT.test(text[i]) ? text.charCodeAt(i) : SEPARATOR;
}
