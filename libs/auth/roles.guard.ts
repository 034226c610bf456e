import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessDeniedError, NotSignedInError } from './auth.errors';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import type { Role } from './roles';
import type { StaffRequest } from './session-data';

/**
 * Global guard of the dashboard: every route needs a signed-in user unless it
 * is marked @Public(), and @Roles(...) narrows it to some roles. The user was
 * loaded from the session by sessionUser() before routing; a route that
 * forgets a decorator is therefore closed, not open.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<StaffRequest>();
    if (!req.user) throw new NotSignedInError();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(req.user.role)) throw new AccessDeniedError();
    return true;
  }
}
