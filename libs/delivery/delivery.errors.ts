import { DomainError } from '@feedloop/core/errors/domain-error';

export type DeliveryChannelProvider = 'smtp' | 'outbox' | 'http-sms' | 'smpp';

interface DeliveryFailure {
  provider: DeliveryChannelProvider;
  /** The provider's own words (SMTP reply, API message, SMPP status name), kept for the invitation record. */
  reason: string;
  /** SMTP reply code, HTTP status, provider error code or SMPP command_status, when there is one. */
  providerCode?: string | number;
  cause?: unknown;
}

/**
 * The message may go through if sent again later: the server was unreachable,
 * slow, throttling, or answered with a temporary (4xx-class) refusal. Job
 * handlers retry these with backoff; nothing else is retried.
 */
export class TransientDeliveryError extends DomainError {
  readonly code = 'DELIVERY_TRANSIENT';
  readonly provider: DeliveryChannelProvider;
  readonly reason: string;
  readonly providerCode?: string | number;
  /** Set when the provider said how long to wait (HTTP Retry-After). */
  readonly retryAfterMs?: number;

  constructor(failure: DeliveryFailure & { retryAfterMs?: number }) {
    super(`${failure.provider}: temporary delivery failure: ${failure.reason}`);
    this.provider = failure.provider;
    this.reason = failure.reason;
    this.providerCode = failure.providerCode;
    this.retryAfterMs = failure.retryAfterMs;
    if (failure.cause !== undefined) this.cause = failure.cause;
  }
}

/**
 * The provider refused this message for good (unknown mailbox, invalid number,
 * rejected content): sending it again would get the same answer, so the
 * invitation is marked failed with `reason`.
 */
export class PermanentDeliveryError extends DomainError {
  readonly code = 'DELIVERY_PERMANENT';
  readonly provider: DeliveryChannelProvider;
  readonly reason: string;
  readonly providerCode?: string | number;

  constructor(failure: DeliveryFailure) {
    super(`${failure.provider}: delivery refused: ${failure.reason}`);
    this.provider = failure.provider;
    this.reason = failure.reason;
    this.providerCode = failure.providerCode;
    if (failure.cause !== undefined) this.cause = failure.cause;
  }
}
