import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '@feedloop/core/database/postgres-errors';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { routeOf } from '@feedloop/core/http/request-log.middleware';

/**
 * The one place domain error codes become HTTP statuses. Codes not listed are
 * 422 (a well-formed request that breaks a business rule).
 */
const STATUS_BY_CODE: Record<string, number> = {
  INVALID_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CUSTOMER_NOT_FOUND: HttpStatus.NOT_FOUND,
  UNKNOWN_CUSTOMER: HttpStatus.UNPROCESSABLE_ENTITY,
  EVENT_NOT_FOUND: HttpStatus.NOT_FOUND,
  IDEMPOTENCY_KEY_REUSED: HttpStatus.CONFLICT,
  SURVEY_NOT_FOUND: HttpStatus.NOT_FOUND,
  RESPONSE_NOT_FOUND: HttpStatus.NOT_FOUND,
  WEBHOOK_NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  THEME_NOT_FOUND: HttpStatus.NOT_FOUND,
  THEME_KEY_TAKEN: HttpStatus.CONFLICT,
  KEYWORD_RULE_NOT_FOUND: HttpStatus.NOT_FOUND,
  FEEDBACK_ITEM_NOT_FOUND: HttpStatus.NOT_FOUND,
  ILLEGAL_STATUS_CHANGE: HttpStatus.CONFLICT,
  CUSTOMER_UNREACHABLE: HttpStatus.UNPROCESSABLE_ENTITY,
  CUSTOMER_ERASED: HttpStatus.GONE,
  CUSTOMER_EXTERNAL_ID_TAKEN: HttpStatus.CONFLICT,
  USER_NOT_FOUND: HttpStatus.NOT_FOUND,
  DEPARTMENT_NOT_FOUND: HttpStatus.NOT_FOUND,
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  DEPARTMENT_KEY_TAKEN: HttpStatus.CONFLICT,
  LAST_ADMIN: HttpStatus.CONFLICT,
  ACCESS_DENIED: HttpStatus.FORBIDDEN,
  NOT_SIGNED_IN: HttpStatus.UNAUTHORIZED,
  CHURN_CASE_NOT_FOUND: HttpStatus.NOT_FOUND,
  CHURN_OFFER_NOT_FOUND: HttpStatus.NOT_FOUND,
  CHURN_OFFER_TYPE_NOT_FOUND: HttpStatus.NOT_FOUND,
  CHURN_OFFER_TYPE_KEY_TAKEN: HttpStatus.CONFLICT,
  CHURN_CASE_CLOSED: HttpStatus.CONFLICT,
};

/** Seconds a client is asked to wait while the database is unreachable or restarting. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? HttpStatus.UNPROCESSABLE_ENTITY;
}

@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const requestId = String(res.getHeader('x-request-id') ?? '');

    if (exception instanceof DomainError) {
      const status = statusForCode(exception.code);
      res.status(status).json({
        statusCode: status,
        error: HttpStatus[status] ?? 'Error',
        code: exception.code,
        message: [exception.message],
        ...(exception.field ? { field: exception.field } : {}),
        requestId,
      });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const payload = typeof body === 'string' ? { statusCode: status, message: [body] } : (body as object);
      const message = (payload as { message?: unknown }).message;
      res.status(status).json({
        ...payload,
        message: Array.isArray(message) ? message : message === undefined ? [] : [message],
        requestId,
      });
      return;
    }
    // body-parser errors (malformed JSON, oversized bodies) carry their own 4xx status.
    const bodyError = exception as { status?: number; type?: string; message?: string };
    if (typeof bodyError?.status === 'number' && bodyError.status >= 400 && bodyError.status < 500) {
      const message =
        bodyError.type === 'entity.too.large'
          ? 'body is larger than the limit (BODY_LIMIT)'
          : bodyError.type === 'entity.parse.failed'
            ? 'body must be valid JSON'
            : (bodyError.message ?? 'bad request');
      res.status(bodyError.status).json({ statusCode: bodyError.status, error: HttpStatus[bodyError.status], message: [message], requestId });
      return;
    }
    // Nothing was wrong with the request and nothing of it was stored: the caller may send it again (events are idempotent by key).
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`${req.method} ${routeOf(req) ?? '(no route)'} answered 503, database unavailable [${requestId}]: ${(exception as Error).message}`);
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ statusCode: 503, error: 'Service Unavailable', message: ['the database is unavailable; try again shortly'], requestId });
      return;
    }
    this.logger.error(
      `${req.method} ${routeOf(req) ?? '(no route)'} failed [${requestId}]`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    res.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: ['internal error'], requestId });
  }
}
