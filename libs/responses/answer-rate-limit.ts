import { Injectable } from '@nestjs/common';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { SharedRateLimiter } from '@feedloop/core/http/shared-rate-limiter';
import { LimitDecision, RateLimitRule, clientKey } from '@feedloop/core/http/sliding-window-limiter';

/**
 * Limits answers (form posts and score links, which write) per client
 * address and per invitation. A token cannot be guessed, so this is not
 * about brute force: it keeps one client from flooding the database with
 * writes and one invitation's history with changes.
 *
 * Counted in PostgreSQL (SharedRateLimiter), so N API processes behind a
 * balancer give a client the limit once, not N times. Each check is one
 * prepared statement on an unlogged table: about a tenth of a millisecond
 * on the answer path.
 */
@Injectable()
export class AnswerRateLimit {
  private readonly perIp: RateLimitRule;
  private readonly perInvitation: RateLimitRule;

  constructor(
    http: HttpConfig,
    private readonly limiter: SharedRateLimiter,
  ) {
    const { windowSeconds, perIp, perToken } = http.surveyRateLimit;
    this.perIp = { name: 'answer-ip', limit: perIp, windowMs: windowSeconds * 1000 };
    this.perInvitation = { name: 'answer-invitation', limit: perToken, windowMs: windowSeconds * 1000 };
  }

  /**
   * One attempt to write an answer, counted per client address and per
   * invitation in one statement. Taken once the token is known to lead to
   * an answerable invitation: an unknown token costs one indexed read and
   * writes nothing, and keys are never made-up tokens.
   */
  take(ip: string | undefined, invitationId: string): Promise<LimitDecision> {
    return this.limiter.takeBoth({ rule: this.perIp, key: clientKey(ip) }, { rule: this.perInvitation, key: invitationId });
  }
}
