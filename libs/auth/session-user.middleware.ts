import type { NextFunction, RequestHandler, Response } from 'express';
import { AccessScope } from './access-scope';
import type { StaffRequest } from './session-data';
import { UsersService } from './users.service';

/**
 * Express middleware (after express-session) that turns the session's user id
 * into `req.user` and `req.accessScope`. It runs before routing, so error and
 * 404 pages know who is signed in too. A session whose user was disabled or
 * deleted is signed out here.
 */
export function sessionUser(users: UsersService): RequestHandler {
  return (req, _res: Response, next: NextFunction) => {
    const staffReq = req as StaffRequest;
    const userId = req.session?.userId;
    if (!userId) return next();
    users
      .findActiveById(userId)
      .then((user) => {
        if (user) {
          staffReq.user = user;
          staffReq.accessScope = AccessScope.of(user);
          return next();
        }
        // A fresh, empty session: the old row goes, and nothing is stored again unless the visitor signs in.
        req.session.regenerate((err) => next(err));
      })
      .catch(next);
  };
}
