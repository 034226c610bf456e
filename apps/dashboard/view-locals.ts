import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { LOCALES, type Locale } from '@feedloop/auth/roles';
import { csrfToken } from './csrf';
import type { DashboardRequest } from './dashboard-request';
import { takeFlash } from './flash';
import { headerNavFor } from './nav';

export const LANG_COOKIE = 'feedloop.lang';
const LANG_COOKIE_MAX_AGE = 365 * 24 * 3600 * 1000;

/**
 * Per-request values every view and the layout use (who is signed in, the
 * locale, navigation, the CSRF token), so a page controller passes only its
 * own data. Runs after the session user is loaded.
 */
export function viewLocals(opts: { cookieSecure: boolean; defaultLocale: Locale }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const dreq = req as DashboardRequest;
    dreq.locale = resolveLocale(dreq, res, opts);
    // Pages show personal data; no shared cache or back-button cache may keep them after sign-out.
    res.setHeader('Cache-Control', 'no-store');
    const path = req.path;
    Object.assign(res.locals, {
      locale: dreq.locale,
      currentUser: dreq.user ?? null,
      currentPath: path,
      currentUrl: req.originalUrl,
      nav: dreq.user ? headerNavFor(dreq.user.role, path) : { main: [], admin: [] },
      langLinks: LOCALES.map((locale) => ({ locale, href: withLang(req, locale), current: locale === dreq.locale })),
      // Functions, called by the view helpers only when a page needs them (see csrf.ts for why).
      csrfToken: () => csrfToken(req),
      takeFlash: () => takeFlash(req),
    });
    next();
  };
}

/**
 * A signed-in user's own setting wins; before sign-in `?lang=` (remembered in
 * a cookie), then the cookie, then the browser's Accept-Language.
 */
function resolveLocale(req: DashboardRequest, res: Response, opts: { cookieSecure: boolean; defaultLocale: Locale }): Locale {
  if (req.user) return req.user.locale;
  const asked = req.query.lang;
  if (typeof asked === 'string' && isLocale(asked)) {
    res.cookie(LANG_COOKIE, asked, { httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure, maxAge: LANG_COOKIE_MAX_AGE });
    return asked;
  }
  const fromCookie = /(?:^|;\s*)feedloop\.lang=(\w+)/.exec(req.headers.cookie ?? '')?.[1];
  if (fromCookie && isLocale(fromCookie)) return fromCookie;
  // Without the header Express would answer with the first locale offered, not "no preference".
  const accepted = req.headers['accept-language'] ? req.acceptsLanguages(...LOCALES) : false;
  return accepted && isLocale(accepted) ? accepted : opts.defaultLocale;
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

function withLang(req: Request, locale: Locale): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) if (k !== 'lang' && typeof v === 'string') params.append(k, v);
  params.set('lang', locale);
  return `${req.path}?${params.toString()}`;
}
