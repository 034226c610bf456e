import { roundTo } from '@feedloop/core/format/rounding';
import { Z95, marginDecimals, metricDecimals } from './metric-values';
import type { MetricName } from './metrics.repository';

/** How many responses gave each score (score → count). */
export type ScoreHistogram = ReadonlyMap<number, number>;

export interface ThemeDriverInput {
  key: string;
  /** Scores of the responses whose comment carries this complaint theme (each response once). */
  tagged: ScoreHistogram;
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
 * Cheap (a few cells per score) and deterministic, unlike a bootstrap.
 *
 * Ranked by impact, largest first; a theme tagging every response has no
 * "rest" to compare with and is left out.
 */
export function themeDrivers(metric: MetricName, all: ScoreHistogram, themes: ThemeDriverInput[]): ThemeDriver[] {
  let n = 0;
  let sum = 0;
  for (const [score, count] of all) {
    n += count;
    sum += count * contribution(metric, score);
  }
  if (n === 0) return [];
  const m = sum / n;
  const out: Array<ThemeDriver & { raw: number }> = [];
  for (const theme of themes) {
    let nT = 0;
    let sumT = 0;
    for (const [score, count] of theme.tagged) {
      nT += count;
      sumT += count * contribution(metric, score);
    }
    const nU = n - nT;
    if (nT === 0 || nU <= 0) continue;
    const mU = (sum - sumT) / nU;
    const b = nU / n;
    let ifSquares = 0;
    for (const [score, count] of all) {
      const x = contribution(metric, score);
      const tagged = theme.tagged.get(score) ?? 0;
      ifSquares += tagged * (x - m) ** 2 + (count - tagged) * ((x - mU) / b - (x - m)) ** 2;
    }
    const se = Math.sqrt(ifSquares) / n;
    const impact = mU - m;
    const d = metricDecimals(metric);
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
