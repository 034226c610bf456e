import { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  /** Exactly the bytes that arrived, as a receiver must verify them. */
  rawBody: string;
  receivedAt: number;
}

/** How a request is answered: an HTTP status, or `reset` to drop the connection without an answer. */
export type ReceiverAnswer = number | 'reset';

/**
 * A real HTTP server on 127.0.0.1 standing in for a customer's webhook
 * receiver. Every request is recorded, whatever the answer.
 */
export class LoopbackWebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Decides the answer to the n-th request (0-based). */
  answer: (index: number) => ReceiverAnswer = () => 204;
  /** How long the answer is held back after the request arrived. */
  delayMs = 0;
  private waiters: Array<{ done: () => boolean; resolve: () => void }> = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(path = '/hooks/feedloop'): Promise<LoopbackWebhookReceiver> {
    let receiver!: LoopbackWebhookReceiver;
    const server = createServer((req, res) => receiver.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver = new LoopbackWebhookReceiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    return receiver;
  }

  /** Resolves when `condition` holds, checked after every request. */
  until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`webhook receiver: condition not met in ${timeoutMs} ms (${this.received.length} received)`)), timeoutMs);
      this.waiters.push({
        done: condition,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Bodies of what arrived, parsed. */
  events(): Array<{ id: string; type: string; occurredAt: string; [key: string]: any }> {
    return this.received.map((r) => JSON.parse(r.rawBody));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const index = this.received.length;
      this.received.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() });
      const answer = this.answer(index);
      setTimeout(() => {
        if (answer === 'reset') req.socket.destroy();
        else res.writeHead(answer, { 'Content-Type': 'text/plain' }).end(answer >= 300 ? `receiver says ${answer}` : '');
      }, this.delayMs);
      this.waiters = this.waiters.filter((w) => {
        if (!w.done()) return true;
        w.resolve();
        return false;
      });
    });
  }
}
