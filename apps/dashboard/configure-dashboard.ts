import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { sessionUser } from '@feedloop/auth/session-user.middleware';
import { UsersService } from '@feedloop/auth/users.service';
import { AppConfig } from '@feedloop/core/config/app-config';
import { SafeParamsPipe, rejectHostileInput } from '@feedloop/core/http/hostile-input';
import { hstsOverHttps } from '@feedloop/core/http/hsts';
import { requestId } from '@feedloop/core/http/request-id.middleware';
import { requestLog } from '@feedloop/core/http/request-log.middleware';
import { csrfProtection } from './csrf';
import { DashboardErrorFilter } from './dashboard-error.filter';
import { CHART_JS_FILE, CHART_JS_PATH, PUBLIC_DIR, VIEWS_DIR } from './paths';
import { SessionStore } from './session-store';
import { viewLocals } from './view-locals';
import { createViewEngine } from './views';

export const SESSION_COOKIE = 'feedloop.sid';

/** Options of the session cookie, also needed to clear it on sign-out. */
export function sessionCookieOptions(config: AppConfig) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.auth.cookieSecure,
    path: '/',
  };
}

/**
 * Everything the dashboard's main and the tests both apply. Order matters:
 * assets before the session (no session lookup per stylesheet), the session
 * user before the view locals and CSRF check (error pages know who is signed
 * in), the body parser before the CSRF check (the token is a form field).
 */
export function configureDashboard(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // Behind a reverse proxy named by TRUST_PROXY, X-Forwarded-Proto decides whether the request was https and X-Forwarded-For whose it was.
  app.set('trust proxy', config.http.trustProxy);
  app.use(requestId);
  app.use(requestLog(config.http, 'Dashboard'));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // chart.js and page scripts are served from /assets; no inline script, no CDN.
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          // Only when served over https: on plain http it would send form posts to an https port that is not there.
          ...(config.auth.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  app.use(hstsOverHttps());
  const assetMaxAge = config.env === 'production' ? '1h' : 0;
  app.useStaticAssets(PUBLIC_DIR, { prefix: '/assets/', index: false, maxAge: assetMaxAge });
  // The one file of chart.js the charts need, from node_modules: no copy in the tree to keep in step with package.json.
  app.use(CHART_JS_PATH, (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    res.sendFile(CHART_JS_FILE, { maxAge: assetMaxAge }, (err) => err && next(err));
  });

  app.use(
    session({
      name: SESSION_COOKIE,
      secret: config.auth.sessionSecret,
      store: app.get(SessionStore).store,
      resave: false,
      // No row for a visitor until something (the CSRF token of the login form) is stored.
      saveUninitialized: false,
      rolling: false,
      cookie: { ...sessionCookieOptions(config), maxAge: config.auth.sessionTtlHours * 3600 * 1000 },
    }),
  );
  app.use(sessionUser(app.get(UsersService)));
  app.use(viewLocals({ cookieSecure: config.auth.cookieSecure, defaultLocale: config.locale.defaultLocale }));
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  // Before the CSRF check, so a NUL in any field (the token included) is a 400 naming it, signed in or not.
  app.use(rejectHostileInput);
  app.use(csrfProtection());

  app.engine('hbs', createViewEngine({ viewsDir: VIEWS_DIR, cache: config.env !== 'development' }));
  app.setBaseViewsDir(VIEWS_DIR);
  app.setViewEngine('hbs');
  app.useGlobalPipes(new SafeParamsPipe());
  app.useGlobalFilters(new DashboardErrorFilter());
}
