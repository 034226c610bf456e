import { InvalidInputError } from '../errors/domain-error';

/**
 * Opaque keyset cursors: base64url of the sort key of the last row returned.
 * Keyset rather than offset so pages stay fast and stable while rows are added.
 */
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
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

/** encodeCursor for an `at` read with exactTimestampSql; decodeCursor reads both. */
export function encodeExactCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/** A row with its exact keyset position, for callers that merge rows of several lists into one order. */
export interface Keyed<T> {
  key: Cursor;
  row: T;
}
