import type { ResponseMetric } from './response.entity';

/**
 * An unhappy answer someone should follow up: NPS 0–6 (SPEC.md's detractors)
 * or CSAT 1–2. CES has no such cut-off.
 */
export function isDetractor(metric: ResponseMetric, score: number): boolean {
  if (metric === 'nps') return score <= 6;
  if (metric === 'csat') return score <= 2;
  return false;
}
