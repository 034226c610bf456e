/**
 * Scores whose answer goes to a department even without a comment (SPEC,
 * "Metrics, exactly"): NPS 0–6, CSAT 1–2, CES 1–3 (7 = very easy).
 */
export function isDissatisfied(metric: 'csat' | 'nps' | 'ces', score: number): boolean {
  if (metric === 'nps') return score <= 6;
  if (metric === 'csat') return score <= 2;
  return score <= 3;
}
