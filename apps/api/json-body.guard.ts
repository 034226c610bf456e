import { CanActivate, ExecutionContext, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

/** Where @ApiConsumes keeps its media types (@nestjs/swagger DECORATORS.API_CONSUMES). */
const API_CONSUMES = 'swagger/apiConsumes';
const DEFAULT_TYPES = ['application/json'];

/**
 * A body of a type the route does not read is a 415, not a request silently
 * read as empty or half-parsed (a urlencoded body to a JSON route used to pass).
 * Routes take JSON unless they declare otherwise with @ApiConsumes, so the
 * OpenAPI document and what the server accepts are the same list.
 */
@Injectable()
export class JsonBodyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (!hasBody(req)) return true;
    const types = this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [context.getHandler(), context.getClass()]) ?? DEFAULT_TYPES;
    if (req.is(types)) return true;
    throw new UnsupportedMediaTypeException(`content-type must be ${types.join(' or ')}`);
  }
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
