import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from '../errors/domain-error';
import { isStorableTime } from './date-param';

/**
 * Opaque keyset cursors: base64url of the sort key of the last row returned.
 * Keyset rather than offset so pages stay fast and stable while rows are added.
 */
export interface Cursor {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What exactTimestampSql writes; any other text was not made by us. */
const EXACT_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * The one check of every cursor: a cursor is ours only if it decodes to an
 * exact timestamp PostgreSQL stores and an id of the list's shape (a UUID
 * unless the list merges several, like the timeline's `kind:uuid`). A forged
 * one (valid base64url of year 0 or a non-UUID id) is a 400 naming `cursor`,
 * never a query the database refuses.
 */
export function decodeCursor(raw: string | undefined, idPattern: RegExp = UUID): Cursor | null {
  if (raw === undefined || raw === '') return null;
  const [at, id] = parseCursor(raw) ?? [];
  if (typeof at !== 'string' || typeof id !== 'string' || !EXACT_AT.test(at) || !isStorableTime(Date.parse(at)) || !idPattern.test(id)) {
    throw new InvalidInputError('cursor must be a cursor returned by a previous page', 'cursor');
  }
  return { at, id };
}

function parseCursor(raw: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.length === 2 ? value : null;
  } catch {
    return null;
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The page of a keyset query that read `limit + 1` rows: the extra row only
 * says another page follows, and the cursor points after the last row shown.
 */
export function keysetPage<R, T>(rows: readonly R[], limit: number, cursorAfter: (last: R) => string, toItem: (row: R) => T): Page<T> {
  const shown = rows.slice(0, limit);
  return { items: shown.map(toItem), nextCursor: rows.length > limit ? cursorAfter(shown[shown.length - 1]) : null };
}

/**
 * SQL giving a timestamptz column as text with its microseconds, for cursors:
 * a Date keeps only milliseconds, and a page starting from a cut-off time
 * would repeat or skip rows of the same millisecond.
 */
export function exactTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** The cursor after a row whose `at` was read with exactTimestampSql. */
export function encodeExactCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/** A row with its exact keyset position, for callers that merge rows of several lists into one order. */
export interface Keyed<T> {
  key: Cursor;
  row: T;
}

/**
 * Runs a keyset page query without joins and gives each entity its exact key
 * (`alias.column` with microseconds, and the id) for encodeExactCursor.
 */
export async function getKeyedMany<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, alias: string, column: string): Promise<Keyed<T>[]> {
  const { entities, raw } = await qb.addSelect(exactTimestampSql(`${alias}.${column}`), 'keyset_at').getRawAndEntities();
  const at = new Map<string, string>(raw.map((r: Record<string, string>) => [r[`${alias}_id`], r.keyset_at]));
  return entities.map((row) => ({ key: { at: at.get(row.id)!, id: row.id }, row }));
}
