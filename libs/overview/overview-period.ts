import { formatDate } from '@feedloop/core/i18n/locale-format';

/** Periods the picker offers, in days ending today. */
export const PRESET_DAYS = [7, 30, 90] as const;
/** The longest custom period: a year (and its previous year for the comparison). */
export const MAX_PERIOD_DAYS = 366;
/** Up to this many days a trend is daily, beyond weekly. */
export const DAILY_TREND_MAX_DAYS = 31;

const DAY = 86_400_000;

export interface OverviewPeriod {
  /** Local dates, both inclusive. */
  from: string;
  to: string;
  days: number;
  /** The equal-length period just before, inclusive dates. */
  previousFrom: string;
  previousTo: string;
  interval: 'day' | 'week';
}

/** `YYYY-MM-DD` shifted by whole days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Today's date in `timeZone`. */
export function today(timeZone: string, now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return formatDate('en-CA', now, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** The last `days` days ending today, or a custom [from, to]; with the previous period of the same length. */
export function overviewPeriod(from: string, to: string): OverviewPeriod {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
  return {
    from,
    to,
    days,
    previousFrom: addDays(from, -days),
    previousTo: addDays(from, -1),
    interval: days <= DAILY_TREND_MAX_DAYS ? 'day' : 'week',
  };
}
