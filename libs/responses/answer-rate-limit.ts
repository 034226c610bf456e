import { Injectable } from '@nestjs/common';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { SharedRateLimiter } from '@feedloop/core/http/shared-rate-limiter';
import { LimitDecision, RateLimitRule, clientKey, windowAt } from '@feedloop/core/http/sliding-window-limiter';
import type { FirstAnswerCount } from './survey-answers.repository';

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

  /** The per-invitation limit alone (the address was counted already). */
  takeForInvitation(invitationId: string): Promise<LimitDecision> {
    return this.limiter.take(this.perInvitation, invitationId);
  }

  /**
   * A first answer: the per-address limit taken now (its own short
   * statement); the per-invitation one is only counted, by the statement
   * that writes the answer (`count`), as a first answer always fits it.
   */
  async takeForFirstAnswer(ip: string | undefined, invitationId: string, now = Date.now()): Promise<{ decision: LimitDecision; count: FirstAnswerCount }> {
    const w = windowAt(this.perInvitation, now);
    return {
      decision: await this.limiter.takeReserved(this.perIp, clientKey(ip), now),
      count: { key: `${this.perInvitation.name}:${invitationId}`, windowIndex: w.index, expiresAt: new Date(w.start + 2 * this.perInvitation.windowMs).toISOString() },
    };
  }
}
