import { DECIMALS, percentOf, roundOrNull } from '@feedloop/core/i18n/locale-format';
import type { MetricName, ScoreCounts } from './metric-series';

/** Below this many responses a value is shown flagged (SPEC: "hidden or flagged when n < 30"). */
export const LOW_SAMPLE_N = 30;
/** Two-sided 95% normal quantile. */
export const Z95 = 1.96;

// Defined beside the series rows it is a part of; values are computed here.
export type { ScoreCounts } from './metric-series';

export interface MetricValue {
  value: number | null;
  marginOfError: number | null;
}

/**
 * SPEC "Metrics, exactly". NPS = %promoters (9–10) − %detractors (0–6), with
 * margin 1.96·sqrt((p₊ + p₋ − (p₊ − p₋)²)/n)·100; CSAT = % of 4–5 answers,
 * margin 1.96·sqrt(p(1 − p)/n)·100; CES = mean score, margin 1.96·s/√n with
 * s² the sample variance (the spec defines none; null below 2 responses).
 * Unrounded; null without responses.
 */
export function metricValue(metric: MetricName, c: ScoreCounts): MetricValue {
  if (c.n === 0) return { value: null, marginOfError: null };
  switch (metric) {
    case 'nps': {
      const pp = c.promoters / c.n;
      const pd = c.detractors / c.n;
      return { value: (pp - pd) * 100, marginOfError: Z95 * Math.sqrt((pp + pd - (pp - pd) ** 2) / c.n) * 100 };
    }
    case 'csat': {
      const p = c.satisfied / c.n;
      return { value: p * 100, marginOfError: Z95 * Math.sqrt((p * (1 - p)) / c.n) * 100 };
    }
    case 'ces': {
      const mean = c.scoreSum / c.n;
      return { value: mean, marginOfError: c.n < 2 ? null : Z95 * Math.sqrt(sampleVariance(c) / c.n) };
    }
  }
}

/** Unbiased sample variance of the scores (n − 1 in the denominator); 0 below 2 responses. */
export function sampleVariance(c: Pick<ScoreCounts, 'n' | 'scoreSum' | 'scoreSqSum'>): number {
  if (c.n < 2) return 0;
  // Integer sums, so the subtraction is exact; max() guards a float rounding below zero.
  return Math.max(0, (c.scoreSqSum - (c.scoreSum * c.scoreSum) / c.n) / (c.n - 1));
}

/** Decimals a metric's value is shown with: NPS and CSAT a tenth of a point, CES (1–7) a hundredth. */
export function metricDecimals(metric: MetricName): number {
  return metric === 'ces' ? DECIMALS.ces : DECIMALS.score;
}

/** Decimals of a metric's margin of error (and of a change in it). */
export function marginDecimals(metric: MetricName): number {
  return metric === 'ces' ? DECIMALS.ces : DECIMALS.margin;
}

/** metricValue as people read it (see DECIMALS in libs/core/i18n/locale-format.ts). */
export function roundedMetricValue(metric: MetricName, c: ScoreCounts): MetricValue {
  const v = metricValue(metric, c);
  return { value: roundOrNull(v.value, metricDecimals(metric)), marginOfError: roundOrNull(v.marginOfError, marginDecimals(metric)) };
}

/** Answered / delivered invitations in %, one decimal; null when none was delivered. */
export function responseRate(delivered: number, answered: number): number | null {
  return percentOf(answered, delivered);
}
