import { createTransport, type NodemailerError, type SMTPPoolOptions, type SMTPPoolSentMessageInfo, type Transporter } from 'nodemailer';
import type { SmtpConfig } from '@feedloop/core/config/app-config';
import { PermanentDeliveryError, TransientDeliveryError } from '../../delivery.errors';
import { EmailProvider, formatMessageId, OutgoingEmail, SentEmail } from './email-provider';

/**
 * Sends through an SMTP relay over a pool of kept-open connections, so a
 * batch of invitations does not pay a TCP + TLS + AUTH handshake per message.
 */
export class SmtpEmailProvider implements EmailProvider {
  readonly name = 'smtp';
  private readonly transport: Transporter<SMTPPoolSentMessageInfo, SMTPPoolOptions>;

  constructor(private readonly cfg: SmtpConfig & { url: string }) {
    const options: SMTPPoolOptions & { pool: true } = {
      url: cfg.url,
      pool: true,
      maxConnections: cfg.poolSize,
      connectionTimeout: cfg.timeoutMs,
      greetingTimeout: cfg.timeoutMs,
      socketTimeout: cfg.timeoutMs,
      tls: { rejectUnauthorized: cfg.tlsRejectUnauthorized, minVersion: 'TLSv1.2' },
    };
    this.transport = createTransport(options, { from: cfg.from });
  }

  async send(msg: OutgoingEmail): Promise<SentEmail> {
    try {
      const info = await this.transport.sendMail({
        to: msg.to,
        subject: msg.subject,
        html: msg.html,
        text: msg.text,
        headers: msg.headers,
        messageId: msg.messageId ? formatMessageId(msg.messageId, this.cfg.from) : undefined,
      });
      // A relay may accept the envelope yet refuse our only recipient; that is a refusal, not a success.
      if (info.rejected.length > 0 && info.accepted.length === 0) {
        const rejection = info.rejectedErrors?.[0];
        throw rejection ?? Object.assign(new Error(`recipient ${msg.to} rejected`), { code: 'EENVELOPE', responseCode: 550 });
      }
      return { messageId: info.messageId };
    } catch (err) {
      throw classifySmtpError(err);
    }
  }

  async verify(): Promise<void> {
    try {
      await this.transport.verify();
    } catch (err) {
      throw classifySmtpError(err);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/**
 * RFC 5321: a 5yz reply refuses the message for good, a 4yz reply asks to try
 * later (nodemailer marks this as `permanent`). Failures without a reply
 * (refused or dropped connection, timeout, TLS) say nothing about the message
 * and are transient. Authentication failures are transient too although 535
 * is a 5yz reply: the credentials are ours to fix, and the message should go
 * out once they are, not be recorded as refused.
 */
export function classifySmtpError(err: unknown): TransientDeliveryError | PermanentDeliveryError {
  if (err instanceof TransientDeliveryError || err instanceof PermanentDeliveryError) return err;
  const e = (err ?? {}) as NodemailerError;
  const reason = e.response?.trim() || e.message || String(err);
  const providerCode = e.responseCode ?? e.code;
  const failure = { provider: 'smtp' as const, reason, providerCode, cause: err };
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return new TransientDeliveryError(failure);
  if (typeof e.responseCode === 'number') {
    const permanent = e.permanent ?? (e.responseCode >= 500 && e.responseCode < 600 && e.responseCode !== 503);
    return permanent ? new PermanentDeliveryError(failure) : new TransientDeliveryError(failure);
  }
  // Without a reply, EENVELOPE means nodemailer itself found no usable recipient address.
  if (e.code === 'EENVELOPE') return new PermanentDeliveryError(failure);
  return new TransientDeliveryError(failure);
}
