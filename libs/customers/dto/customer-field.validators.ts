import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { isValidTimeZone } from '@feedloop/core/time-zones';

export type CustomerAttributeValue = string | number | boolean | null;
export type CustomerAttributes = Record<string, CustomerAttributeValue>;

export const ATTRIBUTE_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
export const MAX_ATTRIBUTES = 50;
export const MAX_ATTRIBUTE_STRING = 500;

/**
 * Like @IsOptional but only for a missing property: an explicit null is still
 * validated, so `"locale": null` gets "locale must be one of..." instead of
 * reaching a NOT NULL column.
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

/** `timeZone must be an IANA time zone such as Europe/Warsaw`. */
export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIanaTimeZone',
      validator: {
        // Intl also accepts offsets such as "+01:00" on newer Node versions; those have no DST rules, so only names pass.
        validate: (value: unknown) =>
          typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value) && isValidTimeZone(value),
        defaultMessage: (args) => `${args?.property} must be an IANA time zone such as Europe/Warsaw`,
      },
    },
    options,
  );
}

/** First rule an attributes value breaks, or null when it is acceptable. */
export function attributesProblem(property: string, value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${property} must be an object`;
  const entries = Object.entries(value);
  if (entries.length > MAX_ATTRIBUTES) return `${property} must have at most ${MAX_ATTRIBUTES} keys`;
  for (const [key, v] of entries) {
    if (!ATTRIBUTE_KEY_PATTERN.test(key)) {
      return `${property} key "${key.slice(0, 80)}" must start with a letter and contain only letters, digits and _ (at most 64 characters)`;
    }
    const ok =
      v === null ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (typeof v === 'string' && v.length <= MAX_ATTRIBUTE_STRING);
    if (!ok) {
      return `${property}.${key} must be a string of at most ${MAX_ATTRIBUTE_STRING} characters, a number, a boolean or null`;
    }
  }
  return null;
}

/** Flat key/value attributes, so they can be filtered with jsonb containment and shown as columns. */
export function IsCustomerAttributes(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCustomerAttributes',
      validator: {
        validate: (value: unknown, args) => attributesProblem(args?.property ?? 'attributes', value) === null,
        defaultMessage: (args) => attributesProblem(args?.property ?? 'attributes', args?.value) ?? '',
      },
    },
    options,
  );
}
