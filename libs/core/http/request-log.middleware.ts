import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpConfig } from '../config/app-config';

/**
 * The route pattern a request matched (`/s/{*path}`, `/api/v1/customers/:id`),
 * never its URL: paths carry survey tokens and ids that do not belong in logs.
 * Requests no route matched (404s, assets) are `null`.
 */
export function routeOf(req: Request): string | null {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : null;
}

/**
 * One line per request once its response is sent (or the client went away):
 * request id, method, matched route, status and duration. With
 * LOG_FORMAT=json it is an info-level record for the log pipeline; the
 * human format prints it only at LOG_LEVEL=debug, so `npm start` stays quiet.
 * Mount it after requestId.
 */
export function requestLog(http: Pick<HttpConfig, 'logFormat'>, context: string): RequestHandler {
  const logger = new Logger(context);
  const json = http.logFormat === 'json';
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const route = routeOf(req);
      const status = res.headersSent ? res.statusCode : null;
      const requestId = res.getHeader('x-request-id');
      if (json) {
        logger.log({ message: 'request', requestId, method: req.method, route, status, durationMs, aborted: !res.writableFinished || undefined });
      } else {
        logger.debug(`${req.method} ${route ?? '(no route)'} ${status ?? 'aborted'} ${durationMs} ms [${requestId}]`);
      }
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
