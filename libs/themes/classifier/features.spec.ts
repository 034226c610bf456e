import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findRoot } from '@feedloop/core/source-root';
import { EXAMPLES_EN } from '../seed/examples.en';
import { EXAMPLES_PL } from '../seed/examples.pl';
import { EXAMPLES_PL_REVIEWS } from '../seed/examples.pl-reviews';
import { DEFAULT_FEATURE_CONFIG, FeatureConfig, FeatureExtractor } from './features';
import { foldText } from './text-folding';

/**
 * What FeatureExtractor computes (folding and word splitting in TypeScript,
 * hashing and counting in feature-extraction.wat), spelled out the plain way
 * over strings: fold each UTF-16 unit, split into words of letters and
 * digits, hash each feature's string with 32-bit FNV-1a from its own seed
 * (so "kurier" the word, prefix and n-gram land in different buckets), take
 * the bucket from murmur3's finaliser, and count in the order first seen.
 */
// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one.
const { fround, imul } = Math;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x57;
const BIGRAM_SEED = 0x42;
const CHAR_SEED = 0x43;
const PREFIX_SEED = 0x50;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MENTIONS_AND_LINKS = /(?:https?:\/\/|www\.)\S+|@\w+/gi;

function fnv(seed: number, text: string): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

function finalise(hash: number): number {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function referenceWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  const end = () => {
    if (word) words.push(word);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Half of an emoji or other astral character separates words.
    if (code >= 0xd800 && code <= 0xdfff) {
      end();
      continue;
    }
    for (const ch of foldText(String.fromCharCode(code))) {
      if (LETTER_OR_DIGIT.test(ch)) word += ch;
      else end();
    }
  }
  end();
  return words;
}

function referenceFeatures(c: FeatureConfig, text: string): Map<number, number> {
  const mask = (1 << c.bucketBits) - 1;
  const counts = new Map<number, number>();
  // Counts are 32-bit floats, as the extractor keeps them.
  const add = (hash: number, weight: number) => {
    const bucket = finalise(hash) & mask;
    counts.set(bucket, fround((counts.get(bucket) ?? 0) + weight));
  };
  let previous = 0;
  let letters = 0;
  referenceWords(text.replace(MENTIONS_AND_LINKS, ' ')).forEach((word, index) => {
    const wordHash = fnv(WORD_SEED, word);
    add(wordHash, c.wordWeight);
    if (c.bigramWeight > 0 && index > 0) {
      add(imul(imul(FNV_OFFSET ^ previous ^ BIGRAM_SEED, FNV_PRIME) ^ finalise(wordHash), FNV_PRIME), c.bigramWeight);
    }
    previous = wordHash;
    if (c.prefixLength > 0 && word.length > c.prefixLength) add(fnv(PREFIX_SEED, word.slice(0, c.prefixLength)), c.prefixWeight);
    if (c.charWeight > 0 && (c.charNgramLetters <= 0 || letters < c.charNgramLetters)) {
      const padded = ` ${word} `;
      for (let start = 0; start < padded.length; start++) {
        for (let n = c.charNgramMin; n <= c.charNgramMax && start + n <= padded.length; n++) add(fnv(CHAR_SEED, padded.slice(start, start + n)), c.charWeight);
      }
    }
    letters += word.length;
  });
  return counts;
}

describe('FeatureExtractor', () => {
  const reviews = (parse(readFileSync(join(findRoot(), 'libs', 'themes', 'seed', 'allegro-reviews', 'train.csv')), { columns: true }) as { text: string }[])
    .slice(0, 300)
    .map((r) => r.text);
  const texts = [
    ...[...EXAMPLES_PL, ...EXAMPLES_PL_REVIEWS, ...EXAMPLES_EN].map((e) => e.text),
    ...reviews,
    '',
    '!!!',
    'Kurier SPÓŹNIŁ się, paczka zgnieciona; kurier sie spoznil',
    'ﬁnał ﬃ ﬀ: ligatures fold to several letters',
    'a\u0301b c\u0327',
    '😀 kurier 😀😀 spóźnił',
    'the courier was late @shop https://example.com/x www.example.com ok',
    'ǅ ß ẞ Œ æ ½ ² ㎏',
    '\u0000 nul \u0000',
    'x'.repeat(5000),
    // More features than the kernel's first buffers hold.
    reviews.join(' '),
  ];

  it.each([
    ['the product settings', {}],
    ['3-5 n-grams from every letter', { charNgramMin: 3, charNgramMax: 5, charNgramLetters: 0 }],
    ['weighted families, no bigrams or prefixes', { wordWeight: 0.6, bigramWeight: 0, charWeight: 1.5, prefixLength: 0 }],
    ['no n-grams', { charWeight: 0 }],
    ['a small table', { bucketBits: 12 }],
  ])('extracts what the plain computation over strings does, with %s', (_, overrides: Partial<FeatureConfig>) => {
    const config = { ...DEFAULT_FEATURE_CONFIG, ...overrides };
    const extractor = new FeatureExtractor(config);
    let compared = 0;
    for (const text of texts) {
      extractor.accumulate(text);
      const n = extractor.drain();
      const expected = [...referenceFeatures(config, text)];
      // Element by element, and the whole text only when they differ: toEqual on 28,000 pairs per text is slow.
      let same = n === expected.length;
      for (let i = 0; same && i < n; i++) same = extractor.drainedBuckets[i] === expected[i][0] && extractor.drainedCounts[i] === expected[i][1];
      if (!same) {
        const actual = Array.from({ length: n }, (_, i) => [extractor.drainedBuckets[i], extractor.drainedCounts[i]]);
        expect({ text, features: actual }).toEqual({ text, features: expected });
      }
      compared += n;
    }
    expect(compared).toBeGreaterThan(100_000);
  });

  it('folds Polish with and without diacritics to the same features', () => {
    const extractor = new FeatureExtractor(DEFAULT_FEATURE_CONFIG);
    const features = (text: string) => {
      const v = extractor.extract(text);
      return Array.from(v.indices.subarray(0, v.length)).sort();
    };
    expect(features('Opóźnienie, kurier się spóźnił, ŁÓDŹ')).toEqual(features('opoznienie kurier sie spoznil lodz'));
  });
});
