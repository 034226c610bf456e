/**
 * How many decimals each kind of figure is shown with, in pages, CSV and the
 * API alike: people read "NPS 15.0 ±4.2", not 15.000000000000002.
 * CES lives on a 1–7 scale, so a tenth is too coarse for it and its margin.
 */
export const DECIMALS = {
  /** NPS (−100..100) and CSAT (%). */
  score: 1,
  /** CES mean (1–7) and its margin. */
  ces: 2,
  /** Margins of error of NPS and CSAT, in points. */
  margin: 1,
  /** Rates in % (response rate, SLA compliance). */
  percent: 1,
} as const;

/**
 * `value` rounded half away from zero at `decimals` places. The product is
 * taken back to 15 significant digits first, so binary noise does not decide
 * the half: 2.675 → 2.68 (toFixed gives 2.67), 15.000000000000002 → 15.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  // `|| 0` turns −0 (a small negative rounded away) into 0.
  return (Math.sign(value) * Math.round(scaled)) / factor || 0;
}

export function roundOrNull(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : roundTo(value, decimals);
}

/** Part of a whole in %, at DECIMALS.percent; null without a whole. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : roundTo((part / whole) * 100, DECIMALS.percent);
}
