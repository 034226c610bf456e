/**
 * Text folding shared by training, classification and keyword rules, so that
 * "Opóźnienie", "opoznienie" and "OPOZNIENIE" become the same string: customers
 * type Polish with and without diacritics, and admins type rules either way.
 */

// NFKD splits "ó" into "o" + U+0301; ł and Ł have no decomposition, so they get their own rule.
const COMBINING_MARKS = /\p{M}+/gu;
const STROKED_L = /ł/g;

export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(COMBINING_MARKS, '').replace(STROKED_L, 'l');
}

// Tweets and e-mails carry handles and links that name the channel, not the problem.
const MENTIONS_AND_LINKS = /(?:https?:\/\/|www\.)\S+|@\w+/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words of already folded text: letters and digits; everything else separates. */
export function foldedWords(folded: string): string[] {
  return folded.replace(MENTIONS_AND_LINKS, ' ').match(WORD) ?? [];
}

/** Words of raw text, folded. */
export function wordsOf(text: string): string[] {
  return foldedWords(foldText(text));
}

/**
 * True when the folded phrase occurs in the folded words as whole words:
 * "zwrot" matches "chce zwrot pieniedzy" but not "zwrotny".
 */
export function containsPhrase(words: readonly string[], phraseWords: readonly string[]): boolean {
  if (phraseWords.length === 0) return false;
  const last = words.length - phraseWords.length;
  for (let start = 0; start <= last; start++) {
    let k = 0;
    while (k < phraseWords.length && words[start + k] === phraseWords[k]) k++;
    if (k === phraseWords.length) return true;
  }
  return false;
}
