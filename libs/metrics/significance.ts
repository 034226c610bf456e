import { LOW_SAMPLE_N, Z95, ScoreCounts, marginDecimals, metricDecimals, metricValue, sampleVariance } from './metric-values';
import type { MetricName } from './metric-series';
import { roundTo } from '@feedloop/core/i18n/locale-format';

/**
 * Whether a metric moved between two periods more than chance would move it:
 * a two-sample z-test at 95% on independent samples (the responses of two
 * periods).
 * - NPS: difference of two NPS values, SE = sqrt(se₁² + se₂²) with
 *   seᵢ = sqrt((p₊ + p₋ − (p₊ − p₋)²)/nᵢ)·100, the SE behind the spec's margin;
 * - CSAT: difference of two proportions, SE = sqrt(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂)·100
 *   (unpooled, like the margins shown next to each value);
 * - CES: difference of two means, SE = sqrt(s₁²/n₁ + s₂²/n₂), sᵢ² the sample variances.
 * The change is significant when |difference| > 1.96·SE. With fewer than
 * LOW_SAMPLE_N responses in either period no verdict is given (SPEC: values
 * below n = 30 are flagged), and none without responses.
 */
export interface MetricChange {
  /** current − previous, rounded as the metric; null when either period has no responses. */
  difference: number | null;
  /** 1.96·SE of the difference, rounded as the metric's margin; null as above. */
  margin: number | null;
  /** difference / SE, unrounded; null as above or when SE = 0. */
  z: number | null;
  /** 'up' | 'down' | 'flat' by the rounded difference. */
  direction: 'up' | 'down' | 'flat' | null;
  /** true/false when both periods have n ≥ 30; null when there are too few responses to tell. */
  significant: boolean | null;
  lowSample: boolean;
}

/** The standard error of a metric's estimate from one period's counts (NPS/CSAT in points). */
export function standardError(metric: MetricName, c: ScoreCounts): number {
  if (c.n === 0) return 0;
  switch (metric) {
    case 'nps': {
      const pp = c.promoters / c.n;
      const pd = c.detractors / c.n;
      return Math.sqrt(Math.max(0, pp + pd - (pp - pd) ** 2) / c.n) * 100;
    }
    case 'csat': {
      const p = c.satisfied / c.n;
      return Math.sqrt((p * (1 - p)) / c.n) * 100;
    }
    case 'ces':
      return Math.sqrt(sampleVariance(c) / c.n);
  }
}

export function compareMetric(metric: MetricName, current: ScoreCounts, previous: ScoreCounts): MetricChange {
  const lowSample = current.n < LOW_SAMPLE_N || previous.n < LOW_SAMPLE_N;
  const a = metricValue(metric, current).value;
  const b = metricValue(metric, previous).value;
  if (a === null || b === null) return { difference: null, margin: null, z: null, direction: null, significant: null, lowSample: true };
  const diff = a - b;
  const se = Math.sqrt(standardError(metric, current) ** 2 + standardError(metric, previous) ** 2);
  const difference = roundTo(diff, metricDecimals(metric));
  const margin = roundTo(Z95 * se, marginDecimals(metric));
  const z = se > 0 ? diff / se : null;
  // Both samples without spread (all promoters, say): any difference is certain, none is none.
  const beyondChance = se > 0 ? Math.abs(diff) > Z95 * se : diff !== 0;
  return {
    difference,
    margin,
    z,
    direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'flat',
    significant: lowSample ? null : beyondChance,
    lowSample,
  };
}
