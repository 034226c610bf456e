import { ValidateBy, ValidationOptions } from 'class-validator';
import { InvalidInputError } from '../errors/domain-error';

const MIN_DATE = Date.parse('1900-01-01T00:00:00Z');
const MAX_DATE = Date.parse('9999-12-31T23:59:59Z');
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
/** The widest offset any zone has used (Line Islands, +14:00); beyond it the text is a mistake, not a place. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** Whether a millisecond time is one PostgreSQL stores and people mean (1900–9999). */
export function isStorableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_DATE && ms <= MAX_DATE;
}

/** A calendar date, optionally a time of day, optionally a zone: `Z`, `±hh`, `±hhmm` or `±hh:mm`. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/i;

/** What a date field accepts: the API's instants need an offset, periods in a time zone do not. */
export interface DateRule {
  /** `2026-11-01` alone (midnight, read by the caller in its zone). Default false. */
  dateOnly?: boolean;
  /** Whether a date-time must carry `Z` or an offset. Default true. */
  offsetRequired?: boolean;
}

export type DateCheck = 'ok' | 'format' | 'range';

/**
 * The one date rule of every date the API and dashboard accept. Hand-written
 * rather than validator.js's isISO8601 because it runs twice per event on the
 * ingestion path and that one costs several times more. "format": not the
 * shape the field takes (or not a calendar day); "range": well-formed but a
 * year PostgreSQL refuses or nobody means (0000-01-01), or an offset beyond
 * ±14:00 (+23:59), which would otherwise reach the database and fail there.
 */
export function checkDate(value: unknown, rule: DateRule = {}): DateCheck {
  if (typeof value !== 'string') return 'format';
  const m = DATE_TIME.exec(value);
  if (!m) return 'format';
  const hasTime = m[4] !== undefined;
  if (!hasTime && !rule.dateOnly) return 'format';
  if (hasTime && m[7] === undefined && rule.offsetRequired !== false) return 'format';
  const part = (i: number) => Number(m[i] ?? 0);
  const [year, month, day] = [part(1), part(2), part(3)];
  if (month < 1 || month > 12 || day < 1 || part(4) > 23 || part(5) > 59 || part(6) > 59 || part(8) > 23 || part(9) > 59) return 'format';
  // Date.UTC rolls 30 February over to March; a changed month means the day does not exist.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1) return 'format';
  if (year < MIN_YEAR || year > MAX_YEAR) return 'range';
  if (part(8) * 60 + part(9) > MAX_OFFSET_MINUTES) return 'range';
  return 'ok';
}

/** The ingestion path's predicate: a date-time with an offset, in range. */
export function isTimestampWithOffset(value: unknown): value is string {
  return checkDate(value) === 'ok';
}

const RANGE_MESSAGE = 'must be a date between 1900 and 9999 with a time zone offset within ±14:00';

/**
 * `@IsIsoDate()` on every DTO date field, so each one refuses 0000-01-01 and
 * +23:59 with a 400 naming it. `formatMessage` keeps a field's established
 * wording for text that is not a date at all.
 */
export function IsIsoDate(rule: DateRule = {}, formatMessage?: (property: string) => string, options?: ValidationOptions): PropertyDecorator {
  const format =
    formatMessage ??
    (rule.dateOnly
      ? (p: string) => `${p} must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2025-03-01T00:00:00+01:00`
      : (p: string) => `${p} must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z`);
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value) => checkDate(value, rule) === 'ok',
        defaultMessage: (args) => {
          const property = args?.property ?? '';
          return checkDate(args?.value, rule) === 'range' ? `${property} ${RANGE_MESSAGE}` : format(property);
        },
      },
    },
    options,
  );
}

/**
 * An ISO date or date-time from a query or body, already checked by
 * `@IsIsoDate` in its DTO, as a Date. The range check stays as a second line
 * for callers whose input did not come through a DTO.
 */
export function parseDateParam(raw: string, field: string): Date {
  const ms = Date.parse(raw);
  if (checkDate(raw, { dateOnly: true, offsetRequired: false }) !== 'ok' || !Number.isFinite(ms)) {
    throw new InvalidInputError(`${field} ${RANGE_MESSAGE}`, field);
  }
  return new Date(ms);
}
