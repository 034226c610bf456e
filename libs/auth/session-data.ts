import type {} from 'express-session';
import type { Request } from 'express';
import type { AccessScope } from './access-scope';
import type { UserEntity } from './user.entity';

/**
 * What the dashboard keeps in a session row (user_sessions.sess). Only the
 * user's id: role, department and the disabled flag are read from `users` on
 * every request, so a change by an admin takes effect on the next click.
 */
declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

/** Key of the user id inside user_sessions.sess, for queries on the session table. */
export const SESSION_USER_ID_KEY = 'userId';

/** A dashboard request after the session user was loaded (see session-user.middleware.ts). */
export type StaffRequest = Request & { user?: UserEntity; accessScope?: AccessScope };
