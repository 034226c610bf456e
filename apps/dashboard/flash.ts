import type { Request } from 'express';

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
