import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { NotSignedInError } from './auth.errors';
import type { StaffRequest } from './session-data';

/** The signed-in user (a UserEntity without its password hash). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const user = ctx.switchToHttp().getRequest<StaffRequest>().user;
  if (!user) throw new NotSignedInError();
  return user;
});

/** The AccessScope of the signed-in user, to pass to every query of department-owned data. */
export const Scope = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const scope = ctx.switchToHttp().getRequest<StaffRequest>().accessScope;
  if (!scope) throw new NotSignedInError();
  return scope;
});
