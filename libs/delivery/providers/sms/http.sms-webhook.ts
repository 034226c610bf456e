import { SmsDeliveryStatus, SmsReceiptEvent, SmsReplyEvent } from './sms-provider';

/**
 * Twilio-style webhooks as SmsInboundEvents, for the controller that receives
 * them. Verify the X-Twilio-Signature (webhook-signature.ts) before calling these.
 */
export type TwilioWebhookParams = Record<string, string | undefined>;

/** Inbound message webhook: From, To, Body, MessageSid. */
export function parseTwilioInbound(params: TwilioWebhookParams, receivedAt = new Date()): SmsReplyEvent | null {
  if (!params.From || params.Body === undefined) return null;
  return {
    kind: 'reply',
    from: params.From,
    to: params.To ?? '',
    text: params.Body,
    receivedAt,
    externalId: params.MessageSid ?? params.SmsSid ?? null,
  };
}

const TWILIO_STATUS: Record<string, SmsDeliveryStatus> = {
  accepted: 'pending',
  scheduled: 'pending',
  queued: 'pending',
  sending: 'pending',
  sent: 'pending',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'failed',
  failed: 'failed',
  canceled: 'failed',
};

/**
 * Status callback: MessageSid, MessageStatus, ErrorCode. `reference` is the
 * one HttpSmsProvider put into the callback URL's query string.
 */
export function parseTwilioStatus(params: TwilioWebhookParams, reference: string | null, at = new Date()): SmsReceiptEvent | null {
  const sid = params.MessageSid ?? params.SmsSid;
  const providerStatus = params.MessageStatus ?? params.SmsStatus;
  if (!sid || !providerStatus) return null;
  return {
    kind: 'receipt',
    externalId: sid,
    status: TWILIO_STATUS[providerStatus.toLowerCase()] ?? 'pending',
    providerStatus,
    errorCode: params.ErrorCode || null,
    reference,
    at,
  };
}
