import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError } from '@feedloop/core/errors/domain-error';

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
  }
}

export class CsrfTokenError extends DomainError {
  readonly code = 'CSRF_TOKEN_INVALID';

  constructor() {
    super('the form is missing a valid _csrf token');
  }
}

export const CSRF_FIELD = '_csrf';
/** For scripts (fetch) on dashboard pages that post without a form. */
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session's synchronizer token, created on first use. Lazily, so that
 * only pages that render a form (the login page for visitors) start a
 * session; a 404 for a crawler does not write a session row.
 */
export function csrfToken(req: Request): string {
  req.session.csrfToken ??= randomBytes(32).toString('base64url');
  return req.session.csrfToken;
}

/**
 * Synchronizer-token CSRF check on every state-changing request, before
 * routing, so no route (including /login and routes added later) can miss
 * it. SameSite=Lax cookies already stop most cross-site posts; the token also
 * covers older browsers and same-site subdomains.
 */
export function csrfProtection(): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const expected = req.session?.csrfToken;
    const body = req.body as Record<string, unknown> | undefined;
    const sent = (body && typeof body === 'object' ? body[CSRF_FIELD] : undefined) ?? req.get(CSRF_HEADER);
    if (!expected || typeof sent !== 'string' || !sameToken(sent, expected)) return next(new CsrfTokenError());
    // The token is not a form field of any DTO.
    if (body && typeof body === 'object') delete body[CSRF_FIELD];
    next();
  };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
