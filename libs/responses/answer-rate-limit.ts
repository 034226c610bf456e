import { Injectable } from '@nestjs/common';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { LimitDecision, SlidingWindowLimiter, clientKey } from '@feedloop/core/http/sliding-window-limiter';

/**
 * Limits answers (form posts and score links, which write) per client
 * address and per invitation. A token cannot be guessed, so this is not
 * about brute force: it keeps one client from flooding the database with
 * writes and one invitation's history with changes.
 *
 * Counted in this process's memory, not in PostgreSQL: a shared counter
 * would add a write on a hot row (one per address) to every answer, the
 * path that must stay fast when a campaign's answers arrive together. With
 * N API processes behind a balancer a client may get up to N times the
 * limit, which still bounds it; the limits are meant as a ceiling on abuse,
 * not as a quota.
 */
@Injectable()
export class AnswerRateLimit {
  private readonly perIp: SlidingWindowLimiter;
  private readonly perInvitation: SlidingWindowLimiter;

  constructor(http: HttpConfig) {
    const { windowSeconds, perIp, perToken } = http.surveyRateLimit;
    this.perIp = new SlidingWindowLimiter(perIp, windowSeconds * 1000);
    this.perInvitation = new SlidingWindowLimiter(perToken, windowSeconds * 1000);
  }

  /** Checked before the token is looked up, so unknown tokens count too. */
  takeForClient(ip: string | undefined): LimitDecision {
    return this.perIp.take(clientKey(ip));
  }

  /** Keyed by the invitation found, so made-up tokens cannot fill the map. */
  takeForInvitation(invitationId: string): LimitDecision {
    return this.perInvitation.take(invitationId);
  }
}
