import { Injectable } from '@nestjs/common';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { SharedRateLimiter } from '@feedloop/core/http/shared-rate-limiter';
import { LimitDecision, RateLimitRule, clientKey, fits, retryAfterSeconds, windowAt } from '@feedloop/core/http/sliding-window-limiter';

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

  /**
   * The per-address limit as parameters of the statement that writes a first
   * answer (SurveyAnswersRepository takes it there, in the same round trip),
   * and how to answer when that statement refused.
   */
  forFirstAnswer(ip: string | undefined, invitationId: string, now = Date.now()) {
    const rule = this.perIp;
    const w = windowAt(rule, now);
    const wi = windowAt(this.perInvitation, now);
    return {
      params: {
        perAddress: {
          key: `${rule.name}:${clientKey(ip)}`,
          windowIndex: w.index,
          limit: rule.limit,
          previousWeight: w.previousWeight,
          expiresAt: new Date(w.start + 2 * rule.windowMs).toISOString(),
        },
        perInvitation: {
          key: `${this.perInvitation.name}:${invitationId}`,
          windowIndex: wi.index,
          expiresAt: new Date(wi.start + 2 * this.perInvitation.windowMs).toISOString(),
        },
      },
      refusal: (previous: number, current: number): LimitDecision => ({
        allowed: false,
        retryAfterSeconds: fits(rule, w.previousWeight, previous, current) ? 1 : retryAfterSeconds(rule, now, previous, current),
      }),
    };
  }
}
