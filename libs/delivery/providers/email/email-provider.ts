export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. from listUnsubscribeHeaders(). */
  headers?: Record<string, string>;
  /**
   * Message-ID the caller chooses (e.g. from the invitation id), so a retry
   * after a crash sends the same id and the receiving side (or the outbox
   * file name) shows it is the same message. Generated when omitted.
   */
  messageId?: string;
}

export interface SentEmail {
  /** The Message-ID header as sent, angle brackets included. */
  messageId: string;
}

/**
 * One way of sending e-mail. Failures are TransientDeliveryError (retry later)
 * or PermanentDeliveryError (never retry, record the reason).
 */
export interface EmailProvider {
  readonly name: 'smtp' | 'outbox';
  send(msg: OutgoingEmail): Promise<SentEmail>;
  /** Checks connectivity and credentials without sending anything. */
  verify?(): Promise<void>;
  close(): Promise<void>;
}

export const EMAIL_PROVIDER = Symbol('EmailProvider');

/**
 * RFC 2369 + RFC 8058 one-click unsubscribe: mail clients show an
 * "Unsubscribe" button that POSTs `List-Unsubscribe=One-Click` to `url`
 * without opening a page, so `url` must accept a bare POST.
 */
export function listUnsubscribeHeaders(url: string, mailto?: string): Record<string, string> {
  const targets = [`<${url}>`, ...(mailto ? [`<mailto:${mailto}>`] : [])];
  return {
    'List-Unsubscribe': targets.join(', '),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/**
 * `<id@domain>` form of a caller-chosen id; the domain of the sender is added
 * when the id has none, as RFC 5322 wants a globally unique left@right.
 */
export function formatMessageId(id: string, from: string): string {
  const bare = id.trim().replace(/^<|>$/g, '');
  if (bare.includes('@')) return `<${bare}>`;
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'feedloop.local';
  return `<${bare}@${domain}>`;
}
