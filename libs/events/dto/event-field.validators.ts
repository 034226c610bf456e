import { ValidationOptions, ValidateBy } from 'class-validator';

/** Date, time of day, and a zone: `Z`, `±hh`, `±hhmm` or `±hh:mm`. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)$/i;

export const MAX_ATTRIBUTES_BYTES = 16_384;
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/**
 * Hand-written rather than validator.js's isISO8601 because it runs twice per
 * event on the ingestion path and that one costs several times more. Without an
 * offset the same text means different instants on different servers, so an
 * offset is required.
 */
export function isTimestampWithOffset(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const part = (i: number) => Number(m[i] ?? 0);
  const month = part(2);
  const day = part(3);
  if (month < 1 || month > 12 || day < 1 || part(4) > 23 || part(5) > 59 || part(6) > 59 || part(7) > 23 || part(8) > 59) return false;
  // Date.UTC rolls 30 February over to March; a changed month means the day does not exist.
  return new Date(Date.UTC(part(1), month - 1, day)).getUTCMonth() === month - 1;
}

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

/** `occurredAt must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z`. */
export function IsTimestampWithOffset(options?: ValidationOptions): PropertyDecorator {
  return decorator(
    'isTimestampWithOffset',
    isTimestampWithOffset,
    (p) => `${p} must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z`,
    options,
  );
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
