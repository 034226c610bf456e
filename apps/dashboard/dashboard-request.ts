import type { Locale } from '@feedloop/auth/roles';
import type { StaffRequest } from '@feedloop/auth/session-data';

/** A dashboard request once the middleware of configure-dashboard.ts ran. */
export type DashboardRequest = StaffRequest & { locale: Locale };
