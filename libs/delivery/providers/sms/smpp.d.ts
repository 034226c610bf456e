/**
 * The part of the `smpp` package (0.5.x, plain JavaScript, no published
 * types) that Feedloop uses. PDU fields are named as in the SMPP
 * specification; decoded message fields arrive as { message, udh? }.
 */
declare module 'smpp' {
  import { EventEmitter } from 'node:events';
  import { Server as NetServer, Socket } from 'node:net';

  export interface DecodedMessage {
    message: string | Buffer;
    udh?: Buffer[];
  }

  export interface PDU {
    command: string;
    command_id: number;
    command_status: number;
    sequence_number: number;
    [field: string]: any;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): PDU;
    toBuffer(): Buffer;
  }

  export const PDU: {
    new (command: string, options?: Record<string, unknown>): PDU;
    prototype: PDU;
  };

  type ResponseCallback = (pdu: PDU) => void;
  type Shortcut = (options?: Record<string, unknown>, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback) => boolean;

  export class Session extends EventEmitter {
    socket: Socket;
    server?: Server;
    send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transceiver: Shortcut;
    submit_sm: Shortcut;
    deliver_sm: Shortcut;
    enquire_link: Shortcut;
    unbind: Shortcut;
  }

  export interface ConnectOptions {
    host: string;
    port: number;
    tls?: boolean;
    rejectUnauthorized?: boolean;
    auto_enquire_link_period?: number;
  }

  export function connect(options: ConnectOptions, listener?: () => void): Session;

  export class Server extends NetServer {
    sessions: Session[];
  }

  export function createServer(listener?: (session: Session) => void): Server;
  export function createServer(options: Record<string, unknown>, listener?: (session: Session) => void): Server;

  export const errors: Record<string, number>;
  export const ESM_CLASS: Record<string, number>;
  export const REGISTERED_DELIVERY: Record<string, number>;
  export const MESSAGE_STATE: Record<string, number>;
  export const ENCODING: Record<string, number>;
  export const TON: Record<string, number>;
  export const NPI: Record<string, number>;
}
