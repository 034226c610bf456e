/**
 * Locale rules for figures people read: plural forms (Polish has one, few
 * and many: 1 minuta, 2 minuty, 5 minut, 22 minuty), numbers with the
 * locale's separators (pl: 1 234,5), dates in the locale's words, and one
 * rounding rule for every figure shown in a page, a CSV or an API answer.
 * Intl objects are cached: building one costs more than formatting with it
 * (a trend's 30 date labels took 15 ms a page).
 */

/** A text with a form per plural category; `other` is the fallback every locale has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The form for `count`: `pluralForm('pl', 2, { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' })` → 'minuty'. */
export function pluralForm(locale: string, count: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}

export function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `formatDate('pl', d, { day: 'numeric', month: 'short', timeZone: 'UTC' })` → '2 gru'; Intl.DateTimeFormat's options. */
export function formatDate(locale: string, date: Date, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** `formatNumber('pl', 1234.5)` → '1234,5' (Polish groups from five digits: '12 345,5'); at most `maxDecimals` decimals. */
export function formatNumber(locale: string, value: number, maxDecimals = 1): string {
  const key = `${locale}|${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals });
    numberFormats.set(key, format);
  }
  // -0 reads as "-0" in some locales; a rounded tiny negative is zero to a reader.
  return format.format(roundTo(value, maxDecimals) || 0);
}

/**
 * Half away from zero at `decimals` places, without the binary drift that
 * made an NPS of 15 read 15.000000000000002 (the scaled value is nudged by
 * its own epsilon before rounding, so 1.005 rounds to 1.01 as a reader expects).
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(scaled * (1 + Number.EPSILON)) / factor;
  return Math.sign(value) * rounded || 0;
}

/**
 * How many decimals each kind of figure is rounded to, in pages, CSV and the
 * API alike: "NPS 15 ±4.2", not 15.000000000000002. CES lives on a 1–7
 * scale, so a tenth is too coarse for it and its margin.
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

export function roundOrNull(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : roundTo(value, decimals);
}

/** Part of a whole in %, at DECIMALS.percent; null without a whole. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : roundTo((part / whole) * 100, DECIMALS.percent);
}
