import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { routeOf } from '@feedloop/core/http/request-log.middleware';
import { SharedRateLimiter } from '@feedloop/core/http/shared-rate-limiter';
import { RateLimitRule } from '@feedloop/core/http/sliding-window-limiter';
import { ApiKeysService, AuthenticatedApiKey } from './api-keys.service';
import { AccessDeniedError } from './auth.errors';
import { ALLOWS_DEPARTMENT_KEYS } from './department-keys.decorator';
import { IS_PUBLIC } from './public.decorator';

export type ApiRequest = Request & { apiKey?: AuthenticatedApiKey };

/**
 * Global guard of the API app: every route needs `Authorization: Bearer <key>`
 * unless marked @Public(), and each key gets API_RATE_LIMIT_PER_MINUTE
 * requests a minute across every API process (429 with Retry-After beyond).
 * Counted after authentication, so made-up keys cannot fill the counters.
 * A key bound to a department gets 403 on every route not marked
 * @AllowDepartmentKeys(): closed unless opened, as for @Public().
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly perKey: RateLimitRule;

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly limiter: SharedRateLimiter,
    http: HttpConfig,
  ) {
    this.perKey = { name: 'api-key', limit: http.apiRateLimitPerMinute, windowMs: 60_000 };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<ApiRequest>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('Authorization header must be "Bearer <api key>"');
    const key = await this.apiKeys.authenticate(match[1]);
    if (!key) throw new UnauthorizedException('API key is not valid or has been revoked');
    const decision = await this.limiter.takeReserved(this.perKey, key.id);
    if (!decision.allowed) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new HttpException(`rate limit of ${this.perKey.limit} requests per minute for this API key exceeded; retry after ${decision.retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
    }
    if (key.departmentId && !this.reflector.getAllAndOverride<boolean>(ALLOWS_DEPARTMENT_KEYS, targets)) {
      throw new AccessDeniedError(
        `this API key is bound to a department: it may read and work its department's feedback items, read the theme catalogue and customer timelines, and post events; ${req.method} ${routeOf(req) ?? req.path} needs a key that is not bound to a department`,
      );
    }
    req.apiKey = key;
    return true;
  }
}
