import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { OutboundConfig } from '@feedloop/core/config/app-config';
import { OutboundAddressRefusedError, guardedLookup, literalHostRefusal } from '@feedloop/core/http/outbound-url';

export interface PostOutcome {
  /** null when no response arrived (refused, reset, timed out, DNS). */
  statusCode: number | null;
  /** Why the attempt failed, short enough for the log; null on 2xx. */
  error: string | null;
  durationMs: number;
}

/** Enough of a receiver's error page to recognise it, not a copy of it. */
const MAX_ERROR_BODY = 200;

/**
 * POSTs `body` once. Redirects are not followed (a 3xx is a failure like any
 * other non-2xx: the configured URL is the one the secret was given to), and
 * the whole exchange up to the response headers must finish within
 * `timeoutMs`. A fresh connection per attempt, so a receiver that reset the
 * previous one does not fail this one through a pooled dead socket.
 * The target's addresses pass the outbound guard first, and the socket
 * connects to the addresses that passed (no second DNS answer to trust).
 */
export function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number, outbound: OutboundConfig): Promise<PostOutcome> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, error, durationMs: elapsed() });
    };
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    let req: ReturnType<typeof httpRequest>;
    try {
      // An IP literal is connected to without a lookup, so it is judged here.
      const refused = literalHostRefusal(new URL(url).hostname, outbound);
      if (refused) return finish(null, refused.message);
      req = send(url, {
        method: 'POST',
        agent: false,
        lookup: guardedLookup(outbound),
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      });
    } catch (err) {
      return finish(null, short(err));
    }
    timer = setTimeout(() => {
      finish(null, `timed out after ${timeoutMs} ms`);
      req.destroy();
    }, timeoutMs);
    req.on('error', (err) => finish(null, short(err)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        res.resume();
        return finish(status, null);
      }
      // The start of the body says why; the rest is not waited for.
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (text.length >= MAX_ERROR_BODY) res.destroy();
      });
      const done = () => finish(status, `HTTP ${status}${clean(text) ? `: ${clean(text)}` : ''}`);
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    req.end(body);
  });
}

function short(err: unknown): string {
  // Says itself what was refused and why; the code would only repeat it.
  if (err instanceof OutboundAddressRefusedError) return err.message;
  const e = err as NodeJS.ErrnoException;
  const message = String(e?.message ?? err);
  const text = e?.code && !message.includes(e.code) ? `${e.code}: ${message}` : message;
  return clean(text).slice(0, 300);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_ERROR_BODY);
}
