import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { analyzeSms } from '../../sms-encoding';
import { OutgoingSms, SentSms, SmsProvider } from './sms-provider';

/**
 * Development stand-in for an SMS gateway: one JSON line per message in
 * <OUTBOX_DIR>/sms.jsonl, and the text in the log, so the survey link or the
 * question can be read without a provider account.
 */
export class OutboxSmsProvider implements SmsProvider {
  readonly name = 'outbox';
  private readonly logger = new Logger(OutboxSmsProvider.name);

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {}

  get file(): string {
    return join(this.dir, 'sms.jsonl');
  }

  async send(msg: OutgoingSms): Promise<SentSms> {
    const { encoding, segments } = analyzeSms(msg.text);
    const externalId = `outbox-${randomUUID()}`;
    const line = { at: new Date().toISOString(), externalId, reference: msg.reference, from: this.from, to: msg.to, encoding, segments, text: msg.text };
    await mkdir(this.dir, { recursive: true });
    // One appendFile call per line: concurrent sends never interleave inside a line.
    await appendFile(this.file, `${JSON.stringify(line)}\n`, 'utf8');
    this.logger.log(`SMS to ${msg.to} (${encoding}, ${segments} segment${segments === 1 ? '' : 's'}): ${msg.text}`);
    return { externalId, segments };
  }

  async close(): Promise<void> {}
}
