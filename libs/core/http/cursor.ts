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
