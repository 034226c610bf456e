import { randomInt } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { SmppConfig } from '@feedloop/core/config/app-config';
import * as smpp from 'smpp';
import { PermanentDeliveryError, TransientDeliveryError } from '../../delivery.errors';
import { analyzeSms, splitSms } from '../../sms-encoding';
import { OutgoingSms, SentSms, SmsDeliveryStatus, SmsInboundEvent, SmsInboundHandler, SmsProvider, SmsReplyEvent } from './sms-provider';

const ESME = {
  ROK: 0x0000,
  RSYSERR: 0x0008,
  RINVBNDSTS: 0x0004,
  RMSGQFUL: 0x0014,
  RSUBMITFAIL: 0x0045,
  RTHROTTLED: 0x0058,
  RX_T_APPN: 0x0064,
  RX_P_APPN: 0x0065,
  RUNKNOWNERR: 0x00ff,
} as const;

/** SMSC answers that say "not now" rather than "not this message". */
const TRANSIENT_STATUSES = new Set<number>([
  ESME.RSYSERR,
  ESME.RINVBNDSTS,
  ESME.RMSGQFUL,
  ESME.RSUBMITFAIL,
  ESME.RTHROTTLED,
  ESME.RX_T_APPN,
  ESME.RUNKNOWNERR,
]);

const STATUS_NAMES = new Map(Object.entries(smpp.errors).map(([name, code]) => [code, name]));

const DATA_CODING = { 'GSM-7': 0x00, 'UCS-2': 0x08 } as const;
const ESM_MESSAGE_TYPE_MASK = 0x3c;
/** MC delivery receipt, SME delivery acknowledgement, intermediate delivery notification. */
const RECEIPT_MESSAGE_TYPES = new Set([0x04, 0x08, 0x20]);
const REGISTERED_DELIVERY_FINAL = 0x01;
const INTERFACE_VERSION_3_4 = 0x34;
const FRAGMENT_TTL_MS = 5 * 60_000;

interface Waiter {
  resolve(): void;
  reject(err: Error): void;
}

interface Fragments {
  from: string;
  to: string;
  total: number;
  parts: Map<number, string>;
  timer: NodeJS.Timeout;
}

/**
 * SMPP 3.4 ESME over one transceiver bind, so submits, delivery receipts and
 * replies share a connection. The bind is kept up for the life of the process:
 * enquire_link detects a dead link, and every loss is followed by a reconnect
 * with exponential backoff. A send waits up to responseTimeoutMs for a bind,
 * then fails as transient.
 *
 * Nothing connects until the first send or onInbound(): SMSC accounts allow
 * few binds, and processes that never text (dashboard, API-only) need none.
 */
export class SmppSmsProvider implements SmsProvider {
  readonly name = 'smpp';
  private readonly logger = new Logger(SmppSmsProvider.name);
  private session: smpp.Session | null = null;
  private bound = false;
  private closing = false;
  private failures = 0;
  private lastError: string | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private keepaliveTimer: NodeJS.Timeout | null = null;
  private keepaliveDeadline: NodeJS.Timeout | null = null;
  private readonly boundWaiters = new Set<Waiter>();
  private readonly inFlight = new Set<(err: Error) => void>();
  private readonly fragments = new Map<string, Fragments>();
  private handler: SmsInboundHandler | null = null;
  private concatRef = randomInt(256);

  constructor(
    private readonly cfg: SmppConfig,
    private readonly from: string,
  ) {}

  get isBound(): boolean {
    return this.bound;
  }

  /** Connects and binds in the background; a refused or lost connection is retried until close(). */
  start(): void {
    if (this.session || this.reconnectTimer || this.closing) return;
    this.connect();
  }

  /** Registering a handler binds at once: replies and receipts arrive whether or not this process sends. */
  onInbound(handler: SmsInboundHandler): void {
    this.handler = handler;
    this.start();
  }

  async send(msg: OutgoingSms): Promise<SentSms> {
    await this.waitUntilBound();
    const analysis = analyzeSms(msg.text);
    const source = smppAddress(this.from);
    const destination = smppAddress(msg.to);
    const common = {
      source_addr_ton: source.ton,
      source_addr_npi: source.npi,
      source_addr: source.addr,
      dest_addr_ton: destination.ton,
      dest_addr_npi: destination.npi,
      destination_addr: destination.addr,
      registered_delivery: REGISTERED_DELIVERY_FINAL,
      data_coding: DATA_CODING[analysis.encoding],
    };

    let submits: Record<string, unknown>[];
    if (analysis.segments === 1) submits = [{ ...common, short_message: msg.text }];
    else if (this.cfg.longMessages === 'payload') submits = [{ ...common, message_payload: msg.text }];
    else {
      // 8-bit concatenation reference (UDH IE 0x00); it only has to differ between
      // long messages to the same handset that are in flight at the same time.
      const ref = (this.concatRef = (this.concatRef + 1) % 256);
      const parts = splitSms(msg.text);
      submits = parts.map((part, i) => ({
        ...common,
        short_message: { udh: Buffer.from([0x05, 0x00, 0x03, ref, parts.length, i + 1]), message: part },
      }));
    }

    const ids: string[] = [];
    for (const fields of submits) {
      try {
        ids.push(await this.submit(fields));
      } catch (err) {
        if (ids.length === 0) throw err;
        // Earlier parts already reached the SMSC: say so, the customer may see a truncated text.
        const e = err as TransientDeliveryError | PermanentDeliveryError;
        const failure = { provider: 'smpp' as const, reason: `part ${ids.length + 1} of ${submits.length}: ${e.reason}`, providerCode: e.providerCode, cause: err };
        throw e instanceof PermanentDeliveryError ? new PermanentDeliveryError(failure) : new TransientDeliveryError(failure);
      }
    }
    return { externalId: ids[0], segments: analysis.segments, ...(ids.length > 1 ? { partIds: ids } : {}) };
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.stopKeepalive();
    for (const waiter of this.boundWaiters) waiter.reject(transient('the SMPP connection is closing'));
    this.boundWaiters.clear();
    for (const f of this.fragments.values()) clearTimeout(f.timer);
    this.fragments.clear();

    const session = this.session;
    if (!session || session.socket.destroyed) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => {
        session.destroy();
        resolve();
      }, 2_000);
      session.socket.once('close', () => {
        clearTimeout(force);
        resolve();
      });
      // A polite unbind lets the SMSC stop routing replies to us before the socket goes.
      if (this.bound) session.unbind({}, () => session.close());
      else session.close();
    });
  }

  private connect(): void {
    this.reconnectTimer = null;
    const { host, port, tls } = this.cfg;
    const session = smpp.connect({ host, port, tls });
    this.session = session;
    session.on(tls ? 'secureConnect' : 'connect', () => this.bind(session));
    session.on('error', (err: Error) => {
      this.lastError = err.message;
    });
    session.on('close', () => this.disconnected(session));
    session.on('deliver_sm', (pdu: smpp.PDU) => void this.deliverSm(session, pdu));
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      this.logger.warn(`SMSC ${host}:${port} unbound us; reconnecting`);
      this.bound = false;
      session.send(pdu.response(), () => session.close());
    });
  }

  private bind(session: smpp.Session): void {
    const deadline = setTimeout(() => {
      this.lastError = `no bind_transceiver_resp within ${this.cfg.responseTimeoutMs} ms`;
      session.destroy();
    }, this.cfg.responseTimeoutMs);
    session.bind_transceiver(
      { system_id: this.cfg.systemId, password: this.cfg.password, interface_version: INTERFACE_VERSION_3_4 },
      (resp) => {
        clearTimeout(deadline);
        if (this.session !== session) return;
        if (resp.command_status !== ESME.ROK) {
          this.lastError = `bind refused: ${statusName(resp.command_status)}`;
          this.logger.error(`SMSC ${this.cfg.host}:${this.cfg.port} refused bind_transceiver as ${this.cfg.systemId}: ${statusName(resp.command_status)}`);
          session.close();
          return;
        }
        this.bound = true;
        this.failures = 0;
        this.lastError = null;
        this.logger.log(`bound to SMSC ${this.cfg.host}:${this.cfg.port} as ${this.cfg.systemId}`);
        this.startKeepalive(session);
        for (const waiter of this.boundWaiters) waiter.resolve();
        this.boundWaiters.clear();
      },
    );
  }

  private disconnected(session: smpp.Session): void {
    if (this.session !== session) return;
    const wasBound = this.bound;
    this.bound = false;
    this.session = null;
    this.stopKeepalive();
    for (const fail of [...this.inFlight]) fail(transient('the connection to the SMSC was lost before it answered'));
    if (this.closing) return;
    const delay = backoff(this.failures++, this.cfg.reconnectMinMs, this.cfg.reconnectMaxMs);
    const message = `${wasBound ? 'lost the connection to' : 'could not bind to'} SMSC ${this.cfg.host}:${this.cfg.port}${this.lastError ? ` (${this.lastError})` : ''}; retrying in ${delay} ms`;
    if (wasBound || this.failures === 1) this.logger.warn(message);
    else this.logger.debug(message);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }

  /** enquire_link both keeps NAT and SMSC idle timers from dropping the bind and finds a dead link early. */
  private startKeepalive(session: smpp.Session): void {
    this.stopKeepalive();
    this.keepaliveTimer = setInterval(() => {
      if (this.keepaliveDeadline) return;
      this.keepaliveDeadline = setTimeout(() => {
        this.keepaliveDeadline = null;
        this.lastError = 'no enquire_link_resp';
        session.destroy();
      }, this.cfg.responseTimeoutMs);
      session.enquire_link({}, () => {
        if (this.keepaliveDeadline) clearTimeout(this.keepaliveDeadline);
        this.keepaliveDeadline = null;
      });
    }, this.cfg.enquireLinkMs);
  }

  private stopKeepalive(): void {
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    if (this.keepaliveDeadline) clearTimeout(this.keepaliveDeadline);
    this.keepaliveTimer = null;
    this.keepaliveDeadline = null;
  }

  private waitUntilBound(): Promise<void> {
    if (this.bound) return Promise.resolve();
    if (this.closing) return Promise.reject(transient('the SMPP connection is closed'));
    this.start();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.boundWaiters.delete(waiter);
        reject(transient(`not bound to the SMSC${this.lastError ? `: ${this.lastError}` : ''}`));
      }, this.cfg.responseTimeoutMs);
      this.boundWaiters.add(waiter);
    });
  }

  private submit(fields: Record<string, unknown>): Promise<string> {
    return new Promise((resolve, reject) => {
      const session = this.session;
      if (!session || !this.bound) return reject(transient('not bound to the SMSC'));
      const settle = () => {
        clearTimeout(timer);
        this.inFlight.delete(fail);
      };
      const fail = (err: Error) => {
        settle();
        reject(err);
      };
      // The SMSC may still have taken a message it did not answer for; a retry can then
      // duplicate it, which is the lesser harm than never sending.
      const timer = setTimeout(() => fail(transient(`no submit_sm_resp within ${this.cfg.responseTimeoutMs} ms`)), this.cfg.responseTimeoutMs);
      this.inFlight.add(fail);
      const written = session.send(new smpp.PDU('submit_sm', fields), (resp) => {
        settle();
        if (resp.command_status === ESME.ROK) resolve(String(resp.message_id));
        else reject(classifySmppStatus(resp.command_status));
      });
      if (!written) fail(transient('the connection to the SMSC is not writable'));
    });
  }

  /**
   * Acknowledges a deliver_sm only once the handler has stored the event; if
   * it fails (or none is registered yet) the SMSC is told to try again later,
   * so no reply or receipt is lost to a database hiccup.
   */
  private async deliverSm(session: smpp.Session, pdu: smpp.PDU): Promise<void> {
    const respond = (status: number) => session.send(pdu.response(status === ESME.ROK ? {} : { command_status: status }));
    let event: SmsInboundEvent | null;
    try {
      event = this.toInboundEvent(pdu);
    } catch (err) {
      this.logger.warn(`unreadable deliver_sm from ${pdu.source_addr}: ${(err as Error).message}`);
      respond(ESME.RX_P_APPN);
      return;
    }
    if (!event) {
      respond(ESME.ROK);
      return;
    }
    if (!this.handler) {
      this.logger.warn(`deliver_sm (${event.kind}) arrived before an inbound handler was registered; the SMSC will redeliver it`);
      respond(ESME.RX_T_APPN);
      return;
    }
    try {
      await this.handler(event);
      respond(ESME.ROK);
    } catch (err) {
      this.logger.error(`inbound ${event.kind} could not be handled, asking the SMSC to redeliver: ${(err as Error).message}`);
      respond(ESME.RX_T_APPN);
    }
  }

  /** null: one part of a concatenated reply, kept until the rest arrives. */
  private toInboundEvent(pdu: smpp.PDU): SmsInboundEvent | null {
    const content = (pdu.message_payload ?? pdu.short_message) as smpp.DecodedMessage | undefined;
    const text = content === undefined ? '' : typeof content.message === 'string' ? content.message : content.message.toString('latin1');

    if (RECEIPT_MESSAGE_TYPES.has((pdu.esm_class ?? 0) & ESM_MESSAGE_TYPE_MASK)) {
      const fields = parseReceiptText(text);
      const externalId = pdu.receipted_message_id || fields.id;
      if (!externalId) throw new Error('delivery receipt without a message id');
      const providerStatus = fields.stat ?? messageStateName(pdu.message_state);
      const errorCode = fields.err ?? (Buffer.isBuffer(pdu.network_error_code) ? pdu.network_error_code.toString('hex') : null);
      return {
        kind: 'receipt',
        externalId: String(externalId),
        status: receiptStatus(providerStatus, pdu.message_state),
        providerStatus,
        errorCode: errorCode && !/^0+$/.test(errorCode) ? errorCode : null,
        reference: null,
        at: new Date(),
      };
    }

    const reply: SmsReplyEvent = {
      kind: 'reply',
      from: pdu.source_addr_ton === smpp.TON.INTERNATIONAL && !String(pdu.source_addr).startsWith('+') ? `+${pdu.source_addr}` : String(pdu.source_addr),
      to: String(pdu.destination_addr ?? ''),
      text,
      receivedAt: new Date(),
      externalId: null,
    };
    const concat = concatInfo(pdu, content);
    return concat && concat.total > 1 ? this.collect(reply, concat) : reply;
  }

  private collect(part: SmsReplyEvent, concat: { ref: number; total: number; seq: number }): SmsReplyEvent | null {
    const key = `${part.from}|${part.to}|${concat.ref}|${concat.total}`;
    let entry = this.fragments.get(key);
    if (!entry) {
      const timer = setTimeout(() => this.expire(key), FRAGMENT_TTL_MS);
      timer.unref();
      entry = { from: part.from, to: part.to, total: concat.total, parts: new Map(), timer };
      this.fragments.set(key, entry);
    }
    entry.parts.set(concat.seq, part.text);
    if (entry.parts.size < entry.total) return null;
    clearTimeout(entry.timer);
    this.fragments.delete(key);
    return { ...part, text: joinParts(entry) };
  }

  /** A part that never came should not cost the customer the rest of their answer. */
  private expire(key: string): void {
    const entry = this.fragments.get(key);
    if (!entry) return;
    this.fragments.delete(key);
    this.logger.warn(`concatenated reply from ${entry.from} incomplete after ${FRAGMENT_TTL_MS / 1000} s (${entry.parts.size}/${entry.total} parts); passing on what arrived`);
    const event: SmsReplyEvent = { kind: 'reply', from: entry.from, to: entry.to, text: joinParts(entry), receivedAt: new Date(), externalId: null };
    this.handler?.(event).catch((err: Error) => this.logger.error(`incomplete reply from ${entry.from} lost: ${err.message}`));
  }
}

export function classifySmppStatus(status: number): TransientDeliveryError | PermanentDeliveryError {
  const failure = { provider: 'smpp' as const, reason: statusName(status), providerCode: status };
  return TRANSIENT_STATUSES.has(status) ? new TransientDeliveryError(failure) : new PermanentDeliveryError(failure);
}

function transient(reason: string): TransientDeliveryError {
  return new TransientDeliveryError({ provider: 'smpp', reason });
}

function statusName(status: number): string {
  return `${STATUS_NAMES.get(status) ?? 'ESME_UNKNOWN'} (0x${status.toString(16).padStart(8, '0')})`;
}

function backoff(failures: number, min: number, max: number): number {
  const base = Math.min(max, min * 2 ** Math.min(failures, 20));
  // Jitter, so a fleet of workers does not reconnect to a recovering SMSC in lockstep.
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** "+48601..." international, all digits unknown-TON ISDN, anything else an alphanumeric sender id. */
function smppAddress(value: string): { ton: number; npi: number; addr: string } {
  if (/^\+\d+$/.test(value)) return { ton: smpp.TON.INTERNATIONAL, npi: smpp.NPI.ISDN, addr: value.slice(1) };
  if (/^\d+$/.test(value)) return { ton: smpp.TON.UNKNOWN, npi: smpp.NPI.ISDN, addr: value };
  return { ton: smpp.TON.ALPHANUMERIC, npi: smpp.NPI.UNKNOWN, addr: value };
}

/** Concatenation from a UDH (IE 0x00 8-bit or 0x08 16-bit reference) or from the sar_* TLVs. */
function concatInfo(pdu: smpp.PDU, content: smpp.DecodedMessage | undefined): { ref: number; total: number; seq: number } | null {
  for (const ie of content?.udh ?? []) {
    if (ie[0] === 0x00 && ie.length >= 5) return { ref: ie[2], total: ie[3], seq: ie[4] };
    if (ie[0] === 0x08 && ie.length >= 6) return { ref: ie.readUInt16BE(2), total: ie[4], seq: ie[5] };
  }
  if (pdu.sar_total_segments) return { ref: pdu.sar_msg_ref_num ?? 0, total: pdu.sar_total_segments, seq: pdu.sar_segment_seqnum ?? 1 };
  return null;
}

function joinParts(entry: Fragments): string {
  return [...entry.parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, text]) => text)
    .join('');
}

/** The de-facto receipt text of SMPP 3.4 Appendix B: "id:… sub:… dlvr:… submit date:… done date:… stat:DELIVRD err:000 text:…". */
export function parseReceiptText(text: string): { id?: string; stat?: string; err?: string } {
  const fields: Record<string, string> = {};
  for (const m of text.matchAll(/\b(id|stat|err):\s*(\S+)/gi)) {
    const key = m[1].toLowerCase();
    if (!(key in fields)) fields[key] = m[2];
  }
  return fields;
}

const MESSAGE_STATE_NAMES: Record<number, string> = {
  0: 'SCHEDULED',
  1: 'ENROUTE',
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  6: 'ACCEPTD',
  7: 'UNKNOWN',
  8: 'REJECTD',
  9: 'SKIPPED',
};

function messageStateName(state: unknown): string {
  return typeof state === 'number' ? (MESSAGE_STATE_NAMES[state] ?? `STATE_${state}`) : 'UNKNOWN';
}

function receiptStatus(stat: string, state: unknown): SmsDeliveryStatus {
  const word = stat.toUpperCase();
  if (word.startsWith('DELIV') || state === 2) return 'delivered';
  if (['EXPIRED', 'DELETED', 'UNDELIV', 'UNDELIVERABLE', 'REJECTD', 'REJECTED', 'FAILED'].includes(word) || [3, 4, 5, 8].includes(state as number)) {
    return 'failed';
  }
  return 'pending';
}
