import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from '../errors/domain-error';

/**
 * Opaque keyset cursors: base64url of the sort key of the last row returned.
 * Keyset rather than offset so pages stay fast and stable while rows are added.
 */
export interface Cursor {
  at: string;
  id: string;
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at))) throw new Error();
    return { at, id };
  } catch {
    throw new InvalidInputError('cursor must be a cursor returned by a previous page', 'cursor');
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
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
