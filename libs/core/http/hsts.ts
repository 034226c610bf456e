import type { NextFunction, Request, Response } from 'express';

/**
 * Strict-Transport-Security on responses that went out over https only
 * (directly, or through a proxy trusted by TRUST_PROXY that says so in
 * X-Forwarded-Proto). Sent over plain http it means nothing to a browser and
 * tells a reader the operator believes the site is https-only.
 */
export function hstsOverHttps(maxAgeSeconds = 31_536_000) {
  const value = `max-age=${maxAgeSeconds}; includeSubDomains`;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.secure) res.setHeader('Strict-Transport-Security', value);
    next();
  };
}
