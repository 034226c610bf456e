import type { Locale } from '@feedloop/auth/roles';
import { en } from './en';
import { pl } from './pl';

const MESSAGES: Record<Locale, object> = { en, pl };

export type TranslateParams = Record<string, unknown>;

/** The text at a dotted key (`home.signedInAs`), or undefined when there is none. */
export function lookup(locale: Locale, key: string): string | undefined {
  const walk = (root: object) =>
    key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), root);
  const found = walk(MESSAGES[locale] ?? en) ?? walk(en);
  return typeof found === 'string' ? found : undefined;
}

/**
 * Text for the key with `{name}` placeholders filled. A missing key shows as
 * the key itself, so a forgotten text is visible on the page instead of blank.
 */
export function translate(locale: Locale, key: string, params: TranslateParams = {}): string {
  const text = lookup(locale, key);
  if (text === undefined) return key;
  return interpolate(text, params);
}

export function interpolate(text: string, params: TranslateParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name] ?? '') : whole));
}
