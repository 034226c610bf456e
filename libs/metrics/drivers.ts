import { roundTo } from '@feedloop/core/i18n/locale-format';
import { ScoreCounts, Z95, marginDecimals, metricDecimals } from './metric-values';
import type { MetricName } from './metric-series';

/** How many responses gave each score (score → count). */
export type ScoreHistogram = ReadonlyMap<number, number>;

/** n, Σx and Σx² of the responses' contributions x (see `contribution`): all the drivers need. */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

export interface ThemeDriverInput {
  key: string;
  /** The responses whose comment carries this complaint theme (each response once). */
  tagged: Moments;
}

export interface ThemeDriver {
  key: string;
  /** Responses tagged with the theme. */
  n: number;
  /** The metric over every response, rounded as the metric. */
  current: number;
  /** The metric if the tagged responses scored like the rest. */
  without: number;
  /** without − current: how much the metric would gain; rounded as the metric. */
  impact: number;
  /** 95% interval of the impact. */
  low: number;
  high: number;
  /** 1.96·SE, rounded as the metric's margin. */
  margin: number;
}

/** A response's part in the metric: NPS and CSAT are means of these (in points), CES the mean score. */
export function contribution(metric: MetricName, score: number): number {
  switch (metric) {
    case 'nps':
      return score >= 9 ? 100 : score <= 6 ? -100 : 0;
    case 'csat':
      return score >= 4 ? 100 : 0;
    case 'ces':
      return score;
  }
}

export function histogramMoments(metric: MetricName, h: ScoreHistogram): Moments {
  const m = { n: 0, sum: 0, sumSq: 0 };
  for (const [score, count] of h) {
    const x = contribution(metric, score);
    m.n += count;
    m.sum += count * x;
    m.sumSq += count * x * x;
  }
  return m;
}

/** The same from a metric's counts (the rollups keep promoters, detractors, satisfied, Σscore and Σscore²). */
export function countsMoments(metric: MetricName, c: ScoreCounts): Moments {
  switch (metric) {
    case 'nps':
      return { n: c.n, sum: 100 * (c.promoters - c.detractors), sumSq: 10_000 * (c.promoters + c.detractors) };
    case 'csat':
      return { n: c.n, sum: 100 * c.satisfied, sumSq: 10_000 * c.satisfied };
    case 'ces':
      return { n: c.n, sum: c.scoreSum, sumSq: c.scoreSqSum };
  }
}

/**
 * What drives the score: for each complaint theme, how much the metric
 * would change if its complaints disappeared.
 *
 * Counterfactual: the responses tagged with the theme score like the
 * period's responses not tagged with it (their mean contribution). NPS, CSAT
 * and CES are means of per-response contributions (+100/0/−100, 100/0, the
 * score), so this equals the metric over the untagged responses alone:
 *   impact = m_U − m = (n_T/n)·(m_U − m_T).
 * "Like the rest" rather than "like a promoter" or "like the happy ones":
 * a customer without this complaint may still have another, and the rest of
 * the period is the evidence of how customers without it answer. A theme
 * mentioned mostly by promoters has an impact near zero or below.
 *
 * Interval: delta method. With tᵢ the tag and xᵢ the contribution, the
 * estimate is a smooth function of three means, and its influence function
 * is IF = −(x − m) for a tagged response and (x − m_U)/b − (x − m) for an
 * untagged one (b = n_U/n); Var ≈ Σ IF²/n², interval impact ± 1.96·SE.
 * Both are linear in x, so Σ IF² needs only n, Σx and Σx² of the tagged and
 * of all responses: the totals come from the rollups, the tagged ones from
 * one query. Deterministic, unlike a bootstrap.
 *
 * Ranked by impact, largest first; a theme tagging every response has no
 * "rest" to compare with and is left out.
 */
export function themeDrivers(metric: MetricName, all: Moments, themes: ThemeDriverInput[]): ThemeDriver[] {
  const { n, sum, sumSq } = all;
  if (n === 0) return [];
  const m = sum / n;
  const d = metricDecimals(metric);
  const out: Array<ThemeDriver & { raw: number }> = [];
  for (const theme of themes) {
    const { n: nT, sum: sumT, sumSq: sqT } = theme.tagged;
    const nU = n - nT;
    if (nT === 0 || nU <= 0) continue;
    const sumU = sum - sumT;
    const sqU = sumSq - sqT;
    const mU = sumU / nU;
    const b = nU / n;
    // Tagged: IF = −(x − m). Untagged: IF = αx + β with α = 1/b − 1, β = m − m_U/b.
    const alpha = 1 / b - 1;
    const beta = m - mU / b;
    const ifSquares = sqT - 2 * m * sumT + nT * m * m + alpha * alpha * sqU + 2 * alpha * beta * sumU + beta * beta * nU;
    const se = Math.sqrt(Math.max(0, ifSquares)) / n;
    const impact = mU - m;
    out.push({
      key: theme.key,
      n: nT,
      current: roundTo(m, d),
      without: roundTo(mU, d),
      impact: roundTo(impact, d),
      low: roundTo(impact - Z95 * se, d),
      high: roundTo(impact + Z95 * se, d),
      margin: roundTo(Z95 * se, marginDecimals(metric)),
      raw: impact,
    });
  }
  return out
    .sort((a, b) => b.raw - a.raw || b.n - a.n || a.key.localeCompare(b.key))
    .map(({ raw: _raw, ...d }) => d);
}
