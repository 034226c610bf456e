import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeysService, AuthenticatedApiKey } from './api-keys.service';
import { IS_PUBLIC } from './public.decorator';

export type ApiRequest = Request & { apiKey?: AuthenticatedApiKey };

/** Global guard of the API app: every route needs `Authorization: Bearer <key>` unless marked @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<ApiRequest>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('Authorization header must be "Bearer <api key>"');
    const key = await this.apiKeys.authenticate(match[1]);
    if (!key) throw new UnauthorizedException('API key is not valid or has been revoked');
    req.apiKey = key;
    return true;
  }
}
