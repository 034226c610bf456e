import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { NotSignedInError } from '@feedloop/auth/auth.errors';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { routeOf } from '@feedloop/core/http/request-log.middleware';
import type { DashboardRequest } from './dashboard-request';
import { messageOf } from './forms';

/**
 * Domain error codes as dashboard pages, the counterpart of the API's
 * DomainErrorFilter. `*_NOT_FOUND` codes are 404 without being listed, and
 * other codes are 422 (a rule was broken).
 */
const STATUS_BY_CODE: Record<string, number> = {
  INVALID_INPUT: HttpStatus.BAD_REQUEST,
  ACCESS_DENIED: HttpStatus.FORBIDDEN,
  CSRF_TOKEN_INVALID: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  // Also what a department head gets for another department's item (the services do not tell the two apart).
  FEEDBACK_ITEM_NOT_FOUND: HttpStatus.NOT_FOUND,
  CHURN_CASE_NOT_FOUND: HttpStatus.NOT_FOUND,
  CHURN_OFFER_NOT_FOUND: HttpStatus.NOT_FOUND,
  CHURN_OFFER_TYPE_NOT_FOUND: HttpStatus.NOT_FOUND,
  CHURN_OFFER_TYPE_KEY_TAKEN: HttpStatus.CONFLICT,
  CHURN_CASE_CLOSED: HttpStatus.CONFLICT,
  ILLEGAL_STATUS_CHANGE: HttpStatus.CONFLICT,
};

const PAGES = new Set([400, 403, 404, 409, 413, 422, 500]);

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? (code.endsWith('_NOT_FOUND') ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY);
}

@Catch()
export class DashboardErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Dashboard');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>() as DashboardRequest;
    const res = ctx.getResponse<Response>();
    const requestId = String(res.getHeader('x-request-id') ?? '');
    if (res.headersSent) {
      this.logger.error(`${req.method} ${routeOf(req) ?? '(no route)'} failed after the response started [${requestId}]`, stack(exception));
      res.end();
      return;
    }

    if (exception instanceof NotSignedInError) {
      // Only a GET can be repeated after signing in; `next` is a path on this site (see safeNext).
      const target = req.method === 'GET' && req.originalUrl !== '/' ? `/login?next=${encodeURIComponent(req.originalUrl)}` : '/login';
      res.redirect(req.method === 'GET' ? HttpStatus.FOUND : HttpStatus.SEE_OTHER, target);
      return;
    }

    let status: number;
    let message: string | null = null;
    if (exception instanceof DomainError) {
      status = statusForCode(exception.code);
      message = messageOf(exception, req.locale ?? 'en');
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
    } else if (isClientBodyError(exception)) {
      // body-parser: malformed or oversized form bodies.
      status = exception.status;
    } else {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
      this.logger.error(`${req.method} ${routeOf(req) ?? '(no route)'} failed [${requestId}]`, stack(exception));
    }

    const page = PAGES.has(status) ? status : status >= 500 ? 500 : 400;
    res.status(status);
    res.render(
      'errors/error',
      {
        titleKey: `errorPages.${page}.title`,
        textKey: `errorPages.${page}.text`,
        message,
        status,
        requestId: status >= 500 ? requestId : null,
        signInLink: status === 403 && !req.user,
        errorPage: true,
      },
      (err: Error | null, html?: string) => {
        if (err) {
          // The error page itself failed (e.g. a broken layout): plain text, still without internals.
          this.logger.error(`error page failed [${requestId}]`, err.stack);
          res.type('text/plain').send(`Error ${status}. Request id: ${requestId}`);
          return;
        }
        res.send(html);
      },
    );
  }
}

function isClientBodyError(err: unknown): err is { status: number } {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function stack(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
