import { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedEmail {
  from: string | null;
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpCaptureOptions {
  /** 0 (default) picks a free port; a fixed one lets a test bring a server back where a provider expects it. */
  port?: number;
  /** Reply code and text to refuse a recipient with, e.g. [550, '5.1.1 mailbox unavailable']. */
  rejectRecipient?: (address: string) => [number, string] | null;
  /** Offer STARTTLS with smtp-server's built-in self-signed certificate. */
  starttls?: boolean;
  /** Milliseconds to wait after a message is kept before answering 250, as a slow receiving server does. */
  acceptDelayMs?: number;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps every accepted message, parsed
 * with mailparser, for tests of anything that sends e-mail.
 */
export class SmtpCapture {
  readonly messages: CapturedEmail[] = [];
  connections = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  static async start(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
    let capture: SmtpCapture | undefined;
    const server = new SMTPServer({
      logger: false,
      authOptional: true,
      disableReverseLookup: true,
      disabledCommands: options.starttls ? [] : ['STARTTLS'],
      onConnect(_session, callback) {
        if (capture) capture.connections += 1;
        callback();
      },
      onRcptTo(address, _session, callback) {
        const rejection = options.rejectRecipient?.(address.address);
        if (!rejection) return callback();
        callback(Object.assign(new Error(rejection[1]), { responseCode: rejection[0] }));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (parsed) => {
              capture!.record({
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                to: session.envelope.rcptTo.map((r) => r.address),
                raw,
                parsed,
              });
              if (options.acceptDelayMs) setTimeout(() => callback(), options.acceptDelayMs);
              else callback();
            },
            (err: Error) => callback(err),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    capture = new SmtpCapture(server, (server.server.address() as AddressInfo).port);
    return capture;
  }

  /** Resolves once `count` messages have arrived in total. */
  waitFor(count: number): Promise<void> {
    if (this.messages.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(mail: CapturedEmail): void {
    this.messages.push(mail);
    this.waiters = this.waiters.filter((w) => {
      if (this.messages.length < w.count) return true;
      w.resolve();
      return false;
    });
  }
}
