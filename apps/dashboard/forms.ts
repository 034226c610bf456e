import { plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import type { Locale } from '@feedloop/auth/roles';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { lookup, translate } from './i18n/translate';

/** One message per field, keyed by the field's name, as the form partials show them. */
export type FieldErrors = Record<string, string>;

export type FormResult<T> = { value: T; errors: null } | { value: null; errors: FieldErrors };

/**
 * Validates a posted form against a class-validator DTO, like the API's
 * ValidationPipe does for JSON, but returns the errors for the page to show
 * next to each field instead of answering 400 JSON. Unknown fields are
 * dropped (a browser form has no reason to be strict about them).
 */
export async function readForm<T extends object>(
  cls: new () => T,
  body: unknown,
  locale: Locale,
  opts: FormOptions = {},
): Promise<FormResult<T>> {
  const plain = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  const value = plainToInstance(cls, plain);
  const errors = await validate(value, { whitelist: true, forbidUnknownValues: true });
  if (errors.length === 0) return { value, errors: null };
  return { value: null, errors: fieldErrors(errors, locale, opts.fieldOf ?? ((path) => path)) };
}

export interface FormOptions {
  /**
   * The form field a DTO property path belongs to, for forms whose flat
   * fields make up a nested DTO (`question.pl` → `questionPl`); the field
   * name is also the key of its texts (fields.*, validation.*).
   */
  fieldOf?: (path: string) => string;
}

function fieldErrors(errors: ValidationError[], locale: Locale, fieldOf: (path: string) => string, parent = '', out: FieldErrors = {}): FieldErrors {
  for (const e of errors) {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const field = fieldOf(path);
    // A type rule (isInt, isString...) before a range rule: "soon" is not a whole number, rather than too large.
    const [constraint, fallback] = Object.entries(e.constraints ?? {}).sort(([a], [b]) => Number(!a.startsWith('is')) - Number(!b.startsWith('is')))[0] ?? [];
    // The first problem of a field is the one shown.
    if (constraint && !out[field]) {
      out[field] =
        lookup(locale, `validation.${field}.${constraint}`) ??
        (lookup(locale, `validation.${constraint}`) !== undefined
          ? translate(locale, `validation.${constraint}`, { field: lookup(locale, `fields.${field}`) ?? field })
          : fallback);
    }
    if (e.children?.length) fieldErrors(e.children, locale, fieldOf, path, out);
    else if (!constraint) out[field] ??= `${path} is not valid`;
  }
  return out;
}

/**
 * A domain error about one field (EMAIL_TAKEN on email, INVALID_INPUT on
 * departmentId...) as a form error, in the page's language when there is a
 * text for its code. Anything else is not a form problem: null.
 */
export function fieldErrorOf(err: unknown, locale: Locale): FieldErrors | null {
  if (!(err instanceof DomainError) || !err.field) return null;
  return { [err.field]: messageOf(err, locale) };
}

export function messageOf(err: DomainError, locale: Locale): string {
  return lookup(locale, `errors.${err.code}`) ?? err.message;
}

/** What the user typed, to fill the form in again; never a password. */
export function formValues(body: unknown, omit: string[] = ['password']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body)) if (!omit.includes(k) && typeof v === 'string') out[k] = v;
  return out;
}

/** 409 when the form collided with existing data (a taken e-mail or key), else 400. */
export function formErrorStatus(err: unknown): number {
  return err instanceof DomainError && err.code.endsWith('_TAKEN') ? 409 : 400;
}
