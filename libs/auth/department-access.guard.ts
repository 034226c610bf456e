import { CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NotSignedInError } from './auth.errors';
import type { StaffRequest } from './session-data';

const DEPARTMENT_PARAM = 'feedloop:department-param';

/**
 * The route is about the department whose id is in route parameter `param`:
 * a department head of another department gets ACCESS_DENIED before the
 * handler runs. Queries inside still take the AccessScope; this guard is for
 * pages addressed by department.
 */
export const RequireDepartmentAccess = (param = 'id') =>
  applyDecorators(SetMetadata(DEPARTMENT_PARAM, param), UseGuards(DepartmentAccessGuard));

@Injectable()
export class DepartmentAccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const param = this.reflector.getAllAndOverride<string>(DEPARTMENT_PARAM, [context.getHandler(), context.getClass()]) ?? 'id';
    const req = context.switchToHttp().getRequest<StaffRequest>();
    if (!req.user || !req.accessScope) throw new NotSignedInError();
    const departmentId = req.params[param];
    if (typeof departmentId !== 'string') throw new Error(`route has no parameter ${param}`);
    req.accessScope.assertCanSeeDepartment(departmentId);
    return true;
  }
}
