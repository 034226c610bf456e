import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { InvalidInputError } from '../errors/domain-error';

/** Deeper than any form or document we take; deeper still would exhaust the stack of the code that walks it. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that reach into prototypes when an object is merged or assigned; never a field of ours. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const NUL = '\u0000';
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text no field may hold is refused, or null. PostgreSQL refuses NUL; a lone surrogate would be stored as U+FFFD. */
export function textProblem(text: string): string | null {
  if (text.includes(NUL)) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must not contain unpaired UTF-16 surrogates';
  return null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * The one rule every value from outside meets before any DTO, service or
 * query sees it: no NUL or lone surrogate in any string or key, no prototype
 * key, at most MAX_INPUT_DEPTH levels. Returns the first offence as
 * `{ field, message }` naming the path (`customer.name`, `attributes.tags[2]`),
 * or null. Iterative in spirit: recursion stops at the depth limit, so a
 * document nested a million levels is refused, not a stack overflow.
 */
export function findHostileInput(value: unknown, path: string, depth = 0): { field: string; message: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field: path, message: `${path} ${problem}` } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_INPUT_DEPTH) {
    return { field: path, message: `${path} must not be nested more than ${MAX_INPUT_DEPTH} levels deep` };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findHostileInput(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (Buffer.isBuffer(value)) return null;
  for (const key of Object.keys(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) {
      const field = path || 'body';
      return { field, message: `${field} must not have keys that ${keyProblem.replace('must not ', '')}` };
    }
    const field = join(path, key);
    if (FORBIDDEN_KEYS.has(key)) return { field, message: `${field} is not allowed as a key` };
    const found = findHostileInput((value as Record<string, unknown>)[key], field, depth + 1);
    if (found) return found;
  }
  return null;
}

/** As findHostileInput, thrown as the 400 (API) or form error page (dashboard) naming the field. */
export function assertSafeInput(value: unknown, path: string): void {
  const found = findHostileInput(value, path);
  if (found) throw new InvalidInputError(found.message, found.field || 'body');
}

/**
 * Express middleware, after the body parsers and before anything that reads
 * the request (CSRF check, guards, routes): the query and a parsed body of any
 * type (JSON, form) pass findHostileInput. A raw text body (CSV) is a document
 * its importer reads row by row and reports per row, so it is not refused whole.
 */
export function rejectHostileInput(req: Request, _res: Response, next: NextFunction): void {
  try {
    assertSafeInput(req.query, '');
    const body: unknown = req.body;
    if (body !== null && typeof body === 'object') assertSafeInput(body, Array.isArray(body) ? 'body' : '');
    next();
  } catch (err) {
    next(err);
  }
}

/**
 * Route parameters exist only once a route matched, after every middleware:
 * this global pipe gives them the same rule (`token must not contain NUL characters`).
 */
@Injectable()
export class SafeParamsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'param') assertSafeInput(value, metadata.data ?? '');
    return value;
  }
}
