import { InvalidInputError } from '../errors/domain-error';

const MIN_DATE = Date.parse('1900-01-01T00:00:00Z');
const MAX_DATE = Date.parse('9999-12-31T23:59:59Z');

/** Whether a millisecond time is one PostgreSQL stores and people mean (1900–9999). */
export function isStorableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_DATE && ms <= MAX_DATE;
}

/**
 * An ISO date or date-time from a query or body, already shape-checked by the
 * DTO: "0000-01-01" or an offset beyond ±14:00 is refused naming the field,
 * not left for PostgreSQL to answer with an error.
 */
export function parseDateParam(raw: string, field: string): Date {
  const ms = Date.parse(raw);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(raw);
  if (!isStorableTime(ms) || (offset && raw.includes('T') && Number(offset[2]) * 60 + Number(offset[3]) > 14 * 60)) {
    throw new InvalidInputError(`${field} must be a date between 1900 and 9999 with an offset within ±14:00`, field);
  }
  return new Date(ms);
}
