import type { MetricName } from './metrics.repository';

/** Below this many responses a value is shown flagged (SPEC: "hidden or flagged when n < 30"). */
export const LOW_SAMPLE_N = 30;
/** Two-sided 95% normal quantile. */
const Z95 = 1.96;

export interface ScoreCounts {
  n: number;
  scoreSum: number;
  promoters: number;
  detractors: number;
  satisfied: number;
}

export interface MetricValue {
  value: number | null;
  marginOfError: number | null;
}

/**
 * SPEC "Metrics, exactly". NPS = %promoters (9–10) − %detractors (0–6), with
 * margin 1.96·sqrt((p₊ + p₋ − (p₊ − p₋)²)/n)·100; CSAT = % of 4–5 answers,
 * margin 1.96·sqrt(p(1 − p)/n)·100; CES = mean score (no margin: the spec
 * defines none). Unrounded; null without responses.
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
    case 'ces':
      return { value: c.scoreSum / c.n, marginOfError: null };
  }
}

/** Answered / delivered invitations in %, null when none was delivered. */
export function responseRate(delivered: number, answered: number): number | null {
  return delivered === 0 ? null : (answered / delivered) * 100;
}
