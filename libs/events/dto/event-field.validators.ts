import { ValidationOptions, ValidateBy } from 'class-validator';
import { isTimestampWithOffset } from '@feedloop/core/http/date-param';

export const MAX_ATTRIBUTES_BYTES = 16_384;
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** Unparseable values pass, so they are reported once, by isTimestampWithOffset. */
export function isNotFarInFuture(value: unknown): boolean {
  return !isTimestampWithOffset(value) || Date.parse(value) <= Date.now() + FUTURE_TOLERANCE_MS;
}

export function isSmallJsonObject(value: unknown): boolean {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && Buffer.byteLength(JSON.stringify(value)) <= MAX_ATTRIBUTES_BYTES
  );
}

function decorator(
  name: string,
  validate: (value: unknown) => boolean,
  message: (property: string) => string,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy({ name, validator: { validate, defaultMessage: (args) => message(args?.property ?? '') } }, options);
}

/**
 * A day of tolerance covers senders with a wrong clock or zone; anything later
 * is a bug on their side and would schedule surveys for events that have not happened.
 */
export function IsNotFarInFuture(options?: ValidationOptions): PropertyDecorator {
  return decorator(
    'isNotFarInFuture',
    isNotFarInFuture,
    (p) => `${p} must not be more than 24 hours in the future`,
    options,
  );
}

/** Free metadata, capped so one event cannot carry megabytes into every export and survey job. */
export function IsSmallJsonObject(options?: ValidationOptions): PropertyDecorator {
  return decorator(
    'isSmallJsonObject',
    isSmallJsonObject,
    (p) => `${p} must be an object of at most ${MAX_ATTRIBUTES_BYTES} bytes as JSON`,
    options,
  );
}
