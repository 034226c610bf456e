import { plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import { findHostileInput } from './http/hostile-input';

type Ctor<T> = new () => T;

/** class-validator errors flattened to "parent.child must be ..." messages, as the global pipe reports them. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      parent && m.startsWith(e.property) ? `${parent}.${m}` : m,
    );
    return [...own, ...flattenValidationErrors(e.children ?? [], path)];
  });
}

export const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/**
 * Validates one row of a batch the way the global ValidationPipe validates a
 * body, so a bad row gets the same messages a single request would.
 */
export async function validateRow<T extends object>(
  cls: Ctor<T>,
  plain: unknown,
): Promise<{ value: T; errors: null } | { value: null; errors: string[] }> {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { value: null, errors: ['row must be an object'] };
  }
  // Rows of a CSV file never passed the request's edge rule as fields: the same rule, per row.
  const hostile = findHostileInput(plain, '');
  if (hostile) return { value: null, errors: [hostile.message] };
  const value = plainToInstance(cls, plain);
  const errors = await validate(value, VALIDATOR_OPTIONS);
  return errors.length ? { value: null, errors: flattenValidationErrors(errors) } : { value, errors: null };
}

/** `@Transform(trimString)`: strings trimmed before validation; anything else left for the type rule to refuse. */
export const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `@Transform(blankAsUndefined)` on optional filters: a form's empty field means "no filter", not a value to refuse; other strings trimmed. */
export const blankAsUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

/**
 * The text form of a uuid, any version and either case: ids are checked with it
 * before a look-up, so a malformed one is "not found" or a 400, never a query
 * PostgreSQL refuses. (class-validator's isUUID is stricter: versions 1 to 5 only.)
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
