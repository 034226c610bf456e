import type { Request, Response } from 'express';

/** A one-time message for the next page, kept in the session across a POST-redirect-GET. */
export interface Flash {
  kind: 'success' | 'error';
  /** Already in the user's language: the locale can not change between the POST and the redirect. */
  text: string;
}

declare module 'express-session' {
  interface SessionData {
    flash?: Flash;
  }
}

export function setFlash(req: Request, kind: Flash['kind'], text: string): void {
  req.session.flash = { kind, text };
}

/** The pending flash, removed so it shows exactly once. */
export function takeFlash(req: Request): Flash | undefined {
  const flash = req.session?.flash;
  if (flash) delete req.session.flash;
  return flash;
}

/**
 * The 303 after a POST that set a flash, sent once the session is stored.
 * express-session saves a changed session while the response is ending but
 * has the status line out already, so a browser can follow the redirect and
 * load the next page before the message is in the store (supertest, which
 * waits for the whole response, never sees this).
 */
export async function redirectAfterFlash(req: Request, res: Response, location: string): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.save((err: unknown) => (err ? reject(err) : resolve())));
  res.redirect(303, location);
}
