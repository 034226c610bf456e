export interface OutgoingSms {
  /** E.164, e.g. +48601234567. */
  to: string;
  text: string;
  /**
   * Our id for this send (e.g. the invitation id). Carried to the provider
   * where it can be (status callback URL, idempotency key), so a delivery
   * report that arrives before the provider id is stored still finds its invitation.
   */
  reference: string;
}

export interface SentSms {
  /** The provider's id of the message (the first part's id for a concatenated SMPP message). */
  externalId: string;
  /** Segments billed, as the provider reported it or as sent. */
  segments: number;
  /** Every part's id when an SMPP message went out as several submit_sm; receipts come per part. */
  partIds?: string[];
}

/** pending: accepted or on its way; delivered: the handset has it; failed: undeliverable, rejected or expired. */
export type SmsDeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface SmsReplyEvent {
  kind: 'reply';
  /** Sender as the network gave it; E.164 with "+" when the provider marked it international. */
  from: string;
  to: string;
  text: string;
  receivedAt: Date;
  /** Provider's id of the inbound message, where it gives one (dedupe of webhook retries). */
  externalId: string | null;
}

export interface SmsReceiptEvent {
  kind: 'receipt';
  externalId: string;
  status: SmsDeliveryStatus;
  /** The provider's own status word (DELIVRD, UNDELIV, undelivered...). */
  providerStatus: string;
  errorCode: string | null;
  /** Our reference, when the provider echoes it (HTTP status callbacks carry it in the URL). */
  reference: string | null;
  at: Date;
}

export type SmsInboundEvent = SmsReplyEvent | SmsReceiptEvent;

/**
 * Resolve once the event is stored: providers that can (SMPP) only
 * acknowledge it then, so an event whose handling failed is delivered again.
 */
export type SmsInboundHandler = (event: SmsInboundEvent) => Promise<void>;

/**
 * One way of sending SMS. Failures are TransientDeliveryError (retry later) or
 * PermanentDeliveryError (never retry, record the reason).
 */
export interface SmsProvider {
  readonly name: 'outbox' | 'http' | 'smpp';
  send(msg: OutgoingSms): Promise<SentSms>;
  /**
   * For providers that push replies and delivery receipts over their own
   * connection (SMPP deliver_sm). HTTP providers post them to our webhooks
   * instead; see http.sms-webhook.ts.
   */
  onInbound?(handler: SmsInboundHandler): void;
  close(): Promise<void>;
}

export const SMS_PROVIDER = Symbol('SmsProvider');
