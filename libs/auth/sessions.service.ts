import { Injectable } from '@nestjs/common';
import { SessionsRepository } from './sessions.repository';

@Injectable()
export class SessionsService {
  constructor(private readonly repo: SessionsRepository) {}

  /**
   * connect-pg-simple already ignores expired rows on read; deleting them keeps
   * the table (and the session data of people who never logged out) small.
   */
  purgeExpired(): Promise<number> {
    return this.repo.deleteExpired();
  }

  /** Signs a user out everywhere, e.g. when they are disabled or their password is changed. */
  endAllFor(userId: string): Promise<number> {
    return this.repo.deleteForUser(userId);
  }
}
