import { CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@feedloop/auth/roles';
import type { StaffRequest } from '@feedloop/auth/session-data';
import { NotFoundError } from '@feedloop/core/errors/domain-error';

const HIDDEN_FROM = 'feedloop:hidden-from';

/**
 * Pages that are not there for these roles: a 404, as for an address that
 * does not exist, rather than @Roles' 403 that tells the page is there
 * (customers and retention for a department head). On the controller, so a
 * route added later is hidden too instead of each route remembering a check.
 */
export const HiddenFrom = (...roles: Role[]) => applyDecorators(SetMetadata(HIDDEN_FROM, roles), UseGuards(HiddenFromGuard));

@Injectable()
export class HiddenFromGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(HIDDEN_FROM, [context.getHandler(), context.getClass()]);
    const user = context.switchToHttp().getRequest<StaffRequest>().user;
    if (user && roles?.includes(user.role)) throw new NotFoundError('there is nothing at this address');
    return true;
  }
}
