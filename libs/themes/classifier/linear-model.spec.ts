import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findRoot } from '@feedloop/core/source-root';
import { EXAMPLES_EN } from '../seed/examples.en';
import { EXAMPLES_PL } from '../seed/examples.pl';
import { FeatureExtractor } from './features';
import { LinearHead } from './linear-head';
import { LinearModelData, LinearThemeModel } from './linear-model';
import { Classification } from './theme-classifier';
import { trainThemeModel } from './train-theme-model';

/**
 * LinearThemeModel.classify scores from a merged per-bucket slot table, in
 * passes, with IDF folded into the weights and the norm applied at the end.
 * This is the same model computed the plain way: the IDF-weighted, normalised
 * vector times each head's rows. Both ways keep department weights at 16 bits
 * (per department scale) and theme weights at 8 bits (per row scale); the
 * reference spells that rounding out instead of hiding it in a layout.
 */
function referenceClassifier(d: LinearModelData, rounding: boolean): (text: string) => Classification {
  const extractor = new FeatureExtractor(d.features, d.idf ?? undefined);
  const department = headRows(d.departmentHead, rounding ? roundedPerColumn(d.departmentHead, d.idf, 32767) : unrounded(d.departmentHead));
  const theme = headRows(d.themeHead, rounding ? roundedPerRow(d.themeHead, d.idf, 127) : unrounded(d.themeHead));
  return (text) => {
    const x = extractor.extract(text);
    const departmentScores = headScores(d.departmentHead, department, x.indices, x.values, x.length);
    const themeScores = headScores(d.themeHead, theme, x.indices, x.values, x.length);
    const top = Math.max(...departmentScores);
    const exps = departmentScores.map((z) => Math.exp(z - top));
    const sum = exps.reduce((a, b) => a + b, 0);
    const departments = d.departments.map((key, k) => ({ key, confidence: exps[k] / sum })).sort((a, b) => b.confidence - a.confidence);
    const themes = d.themes
      .map((key, t) => ({ key, confidence: 1 / (1 + Math.exp(-themeScores[t])) }))
      .filter((t, i) => t.confidence >= d.themeThresholds[i])
      .sort((a, b) => b.confidence - a.confidence);
    return { themes, departments };
  };
}

/** Bucket -> that bucket's weights. */
function headRows(head: LinearHead, weight: (row: number, k: number) => number): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  head.usedBuckets.forEach((bucket, row) => rows.set(bucket, Array.from({ length: head.width }, (_, k) => weight(row, k))));
  return rows;
}

/** bias + Σ value · weight over the vector's buckets that have weights. */
function headScores(head: LinearHead, rows: Map<number, number[]>, indices: Int32Array, values: Float32Array, n: number): number[] {
  const scores = Array.from(head.bias);
  for (let i = 0; i < n; i++) {
    const row = rows.get(indices[i]);
    if (row === undefined) continue;
    for (let k = 0; k < head.width; k++) scores[k] += values[i] * row[k];
  }
  return scores;
}

// The vector's values already carry the IDF, so each weight below is (weight · IDF rounded) / IDF.
function unrounded(head: LinearHead) {
  return (row: number, k: number) => head.weights[row * head.width + k];
}

function roundedPerColumn(head: LinearHead, idf: Float32Array | null, steps: number) {
  const w = head.width;
  const scaled = (row: number, k: number) => head.weights[row * w + k] * idfOf(idf, head.usedBuckets[row]);
  const scale = Array.from({ length: w }, (_, k) => {
    let largest = 0;
    for (let row = 0; row < head.usedBuckets.length; row++) largest = Math.max(largest, Math.abs(scaled(row, k)));
    return largest > 0 ? largest / steps : 1;
  });
  return (row: number, k: number) => (Math.round(scaled(row, k) / scale[k]) * scale[k]) / idfOf(idf, head.usedBuckets[row]);
}

function roundedPerRow(head: LinearHead, idf: Float32Array | null, steps: number) {
  const w = head.width;
  const scaled = (row: number, k: number) => head.weights[row * w + k] * idfOf(idf, head.usedBuckets[row]);
  const scale = Array.from(head.usedBuckets, (_, row) => {
    let largest = 0;
    for (let k = 0; k < w; k++) largest = Math.max(largest, Math.abs(scaled(row, k)));
    // Stored as a 32-bit float, as the model stores it.
    return Math.fround(largest > 0 ? largest / steps : 1);
  });
  return (row: number, k: number) => (Math.round(scaled(row, k) / scale[row]) * scale[row]) / idfOf(idf, head.usedBuckets[row]);
}

function idfOf(idf: Float32Array | null, bucket: number): number {
  return idf ? idf[bucket] : 1;
}

function expectSameClassification(actual: Classification, expected: Classification, tolerance: number): void {
  expect(actual.departments.map((s) => s.key)).toEqual(expected.departments.map((s) => s.key));
  expect(actual.themes.map((s) => s.key)).toEqual(expected.themes.map((s) => s.key));
  const pairs = [...actual.departments.map((s, i) => [s, expected.departments[i]]), ...actual.themes.map((s, i) => [s, expected.themes[i]])];
  for (const [a, e] of pairs) expect(Math.abs(a.confidence - e.confidence)).toBeLessThanOrEqual(tolerance);
}

describe('LinearThemeModel scoring', () => {
  let model: LinearThemeModel;
  let texts: string[];

  beforeAll(() => {
    const seeds = [
      ...EXAMPLES_PL.map((row) => ({ text: row.text, locale: 'pl' as const, themes: row.themes })),
      ...EXAMPLES_EN.map((row) => ({ text: row.text, locale: 'en' as const, themes: row.themes })),
    ];
    const reviews = (
      parse(readFileSync(join(findRoot(), 'libs', 'themes', 'seed', 'allegro-reviews', 'train.csv')), { columns: true }) as {
        text: string;
        department: string;
      }[]
    ).slice(0, 300);
    model = trainThemeModel([...seeds, ...reviews.slice(0, 200).map((r) => ({ text: r.text, department: r.department }))]);
    // Reviews the model was not trained on too: long Polish texts with buckets it has never seen.
    // One text with more features than the kernels' first scratch holds (4,096), before others: memory grows and every view is made again.
    const everyReview = reviews.map((r) => r.text).join(' ');
    texts = [
      ...seeds.map((s) => s.text),
      everyReview,
      ...reviews.map((r) => r.text),
      '',
      '!!!',
      'the courier was late @shop https://example.com/x',
    ];
  });

  it('classifies every text as the plain computation over the same rounded weights does', () => {
    const reference = referenceClassifier(model.data, true);
    for (const text of texts) expectSameClassification(model.classify(text), reference(text), 1e-6);
  });

  it('stays within a hundredth of the unrounded weights', () => {
    const reference = referenceClassifier(model.data, false);
    let largest = 0;
    for (const text of texts) {
      const actual = model.classify(text);
      const exact = reference(text);
      for (const d of exact.departments) largest = Math.max(largest, Math.abs(d.confidence - actual.departments.find((a) => a.key === d.key)!.confidence));
    }
    expect(largest).toBeLessThan(0.01);
  });
});
