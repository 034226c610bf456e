import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles';

export const ROLES_KEY = 'feedloop:roles';

/** Only these roles may use the route (on top of being signed in), e.g. `@Roles('admin')`. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
