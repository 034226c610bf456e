import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createTransport, type StreamSentMessageInfo, type StreamTransportOptions, type Transporter } from 'nodemailer';
import { EmailProvider, formatMessageId, OutgoingEmail, SentEmail } from './email-provider';

/**
 * Development stand-in for SMTP: each message becomes a real RFC 5322 .eml
 * file (open it in any mail client) and the first link of the text part is
 * logged, so a survey can be answered from `npm start` with no mail server.
 */
export class OutboxEmailProvider implements EmailProvider {
  readonly name = 'outbox';
  private readonly logger = new Logger(OutboxEmailProvider.name);
  private readonly composer: Transporter<StreamSentMessageInfo, StreamTransportOptions>;

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    this.composer = createTransport({ streamTransport: true, buffer: true, newline: 'windows' }, { from });
  }

  async send(msg: OutgoingEmail): Promise<SentEmail> {
    const info = await this.composer.sendMail({
      to: msg.to,
      subject: msg.subject,
      html: msg.html,
      text: msg.text,
      headers: msg.headers,
      messageId: msg.messageId ? formatMessageId(msg.messageId, this.from) : undefined,
    });
    await mkdir(this.dir, { recursive: true });
    // Named after the Message-ID: a retry of the same message replaces its file instead of adding one.
    const file = join(this.dir, `${fileNameFor(info.messageId)}.eml`);
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, info.message as Buffer);
    await rename(partial, file);
    const link = /https?:\/\/[^\s<>"')]+/.exec(msg.text)?.[0];
    this.logger.log(`e-mail to ${msg.to} "${msg.subject}" written to ${file}${link ? `; link: ${link}` : ''}`);
    return { messageId: info.messageId };
  }

  async close(): Promise<void> {
    this.composer.close();
  }
}

function fileNameFor(messageId: string): string {
  return messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@+-]/g, '_').slice(0, 200);
}
