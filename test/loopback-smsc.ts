import { AddressInfo } from 'node:net';
import * as smpp from 'smpp';

export interface LoopbackSmscOptions {
  port?: number;
  systemId?: string;
  password?: string;
}

/**
 * A real SMPP server (the `smpp` package's) on 127.0.0.1 acting as an SMSC:
 * accepts transceiver binds with the given credentials, records submit_sm,
 * answers enquire_link, and can push deliver_sm (receipts, replies) to the
 * bound client.
 */
export class LoopbackSmsc {
  readonly submits: smpp.PDU[] = [];
  readonly binds: { systemId: string; password: string; interfaceVersion: number }[] = [];
  enquireLinks = 0;
  unbinds = 0;
  /** command_status to answer the n-th submit_sm (0-based) with; 0 accepts it. */
  submitStatus: (pdu: smpp.PDU, index: number) => number = () => 0;
  answerEnquireLink = true;
  private readonly bound: smpp.Session[] = [];
  private nextId = 1;
  private waiters: { done: () => boolean; resolve: () => void }[] = [];

  private constructor(
    private readonly server: smpp.Server,
    readonly port: number,
  ) {}

  get url(): string {
    return `smpp://127.0.0.1:${this.port}`;
  }

  static async start(options: LoopbackSmscOptions = {}): Promise<LoopbackSmsc> {
    const systemId = options.systemId ?? 'feedloop';
    const password = options.password ?? 'secret';
    let smsc!: LoopbackSmsc;
    const server = smpp.createServer((session) => {
      session.on('error', () => undefined);
      session.on('bind_transceiver', (pdu) => {
        smsc.binds.push({ systemId: pdu.system_id, password: pdu.password, interfaceVersion: pdu.interface_version });
        if (pdu.system_id !== systemId || pdu.password !== password) {
          session.send(pdu.response({ command_status: smpp.errors.ESME_RINVPASWD }));
          session.close();
          return;
        }
        session.send(pdu.response({ system_id: 'loopback-smsc' }));
        smsc.bound.push(session);
        smsc.notify();
      });
      session.on('submit_sm', (pdu) => {
        const index = smsc.submits.length;
        smsc.submits.push(pdu);
        const status = smsc.submitStatus(pdu, index);
        session.send(status ? pdu.response({ command_status: status }) : pdu.response({ message_id: `msg-${smsc.nextId++}` }));
        smsc.notify();
      });
      session.on('enquire_link', (pdu) => {
        smsc.enquireLinks += 1;
        if (smsc.answerEnquireLink) session.send(pdu.response());
        smsc.notify();
      });
      session.on('unbind', (pdu) => {
        smsc.unbinds += 1;
        session.send(pdu.response());
        smsc.notify();
      });
      session.socket.on('close', () => {
        const i = smsc.bound.indexOf(session);
        if (i >= 0) smsc.bound.splice(i, 1);
        smsc.notify();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    smsc = new LoopbackSmsc(server, (server.address() as AddressInfo).port);
    return smsc;
  }

  get boundSessions(): number {
    return this.bound.length;
  }

  /** Resolves when `condition` holds, checked after every PDU the SMSC sees. */
  until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('loopback SMSC: condition not met in time')), timeoutMs);
      this.waiters.push({
        done: condition,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Sends a deliver_sm to the bound client; resolves with its deliver_sm_resp. */
  deliver(fields: Record<string, unknown>): Promise<smpp.PDU> {
    const session = this.bound[this.bound.length - 1];
    if (!session) return Promise.reject(new Error('loopback SMSC: no client is bound'));
    return new Promise((resolve) => session.deliver_sm(fields, resolve));
  }

  /** Cuts every client connection, as a network failure or SMSC restart would. */
  dropConnections(): void {
    for (const session of [...this.server.sessions]) session.destroy();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.done()) return true;
      w.resolve();
      return false;
    });
  }
}
