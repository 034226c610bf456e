import type { Locale } from '@feedloop/auth/roles';
import { formatNumber, isPluralForms, pluralForm } from '@feedloop/core/i18n/locale-format';
import { en } from './en';
import { pl } from './pl';

const MESSAGES: Record<Locale, object> = { en, pl };

export type TranslateParams = Record<string, unknown>;

/**
 * The text at a dotted key (`home.signedInAs`), or undefined when there is
 * none. A key whose value is plural forms (`{ one, few, many, other }`) gives
 * the form for `count` (other when no count is given).
 */
export function lookup(locale: Locale, key: string, count?: number): string | undefined {
  const walk = (root: object) =>
    key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), root);
  const found = walk(MESSAGES[locale] ?? en) ?? walk(en);
  if (typeof found === 'string') return found;
  if (isPluralForms(found)) return typeof count === 'number' ? pluralForm(locale, count, found) : found.other;
  return undefined;
}

/**
 * Text for the key with `{name}` placeholders filled; a `count` parameter
 * picks the plural form. A missing key shows as the key itself, so a
 * forgotten text is visible on the page instead of blank.
 */
export function translate(locale: Locale, key: string, params: TranslateParams = {}): string {
  const count = typeof params.count === 'number' ? params.count : undefined;
  const text = lookup(locale, key, count);
  if (text === undefined) return key;
  return interpolate(text, params, locale);
}

/** Numbers are written in the locale's way (pl: 1234,5), everything else as its string. */
export function interpolate(text: string, params: TranslateParams, locale: Locale = 'en'): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(locale, value, 2) : String(value ?? '');
  });
}
