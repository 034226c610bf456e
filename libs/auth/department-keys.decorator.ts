import { SetMetadata } from '@nestjs/common';

export const ALLOWS_DEPARTMENT_KEYS = 'feedloop:allows-department-keys';

/**
 * Opens an API route (or a whole controller) to API keys bound to a
 * department. Every other route answers such a key 403 (ApiKeyGuard), so a
 * route added later is closed to them until someone decides otherwise. A
 * route that opts in must scope what it reads and writes with
 * AccessScope.forApiKey.
 */
export const AllowDepartmentKeys = () => SetMetadata(ALLOWS_DEPARTMENT_KEYS, true);
