import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedSms {
  to: string;
  from: string;
  body: string;
  statusCallback: string | undefined;
  idempotencyKey: string | undefined;
}

/** How the next request is answered: `accept` gives it a sid; a number answers with that HTTP status. */
export type LoopbackSmsAnswer = 'accept' | number;

/**
 * A real HTTP server on 127.0.0.1 playing a Twilio-style SMS provider: it
 * accepts `POST /2010-04-01/Accounts/<account>/Messages.json` (form-encoded)
 * and records each message. Point SMS_HTTP_URL at `url`.
 */
export class LoopbackSmsHttp {
  readonly messages: ReceivedSms[] = [];
  /** Decides the answer to the n-th request (0-based). */
  answer: (index: number) => LoopbackSmsAnswer = () => 'accept';
  private requests = 0;
  private waiters: Array<{ done: () => boolean; resolve: () => void }> = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<LoopbackSmsHttp> {
    let sms!: LoopbackSmsHttp;
    const server = createServer((req, res) => sms.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sms = new LoopbackSmsHttp(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/2010-04-01`);
    return sms;
  }

  /** Resolves when `condition` holds, checked after every request. */
  until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('loopback SMS provider: condition not met in time')), timeoutMs);
      this.waiters.push({
        done: condition,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const index = this.requests++;
      const answer = this.answer(index);
      if (answer !== 'accept') {
        res.writeHead(answer, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: answer, message: `loopback provider answered ${answer}` }));
      } else {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        this.messages.push({
          to: form.get('To') ?? '',
          from: form.get('From') ?? '',
          body: form.get('Body') ?? '',
          statusCallback: form.get('StatusCallback') ?? undefined,
          idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        });
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ sid: `SM${String(index + 1).padStart(32, '0')}`, status: 'queued', num_segments: '1' }));
      }
      this.waiters = this.waiters.filter((w) => {
        if (!w.done()) return true;
        w.resolve();
        return false;
      });
    });
  }
}
