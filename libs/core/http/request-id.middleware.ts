import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { withLogContext } from '../logging/log-context';

/**
 * Every response carries X-Request-Id (the caller's if it sent a sane one),
 * which error bodies and logs quote; whatever is logged while the request is
 * handled carries it too (LOG_FORMAT=json).
 */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  withLogContext({ requestId: id }, next);
}
