import type { HttpSmsConfig } from '@feedloop/core/config/app-config';
import { PermanentDeliveryError, TransientDeliveryError } from '../../delivery.errors';
import { analyzeSms } from '../../sms-encoding';
import { OutgoingSms, SentSms, SmsProvider } from './sms-provider';

interface TwilioMessage {
  sid?: string;
  status?: string;
  num_segments?: string | number;
  error_code?: number | null;
  error_message?: string | null;
  code?: number;
  message?: string;
}

/**
 * Twilio's Messages API and the many gateways that copy it:
 * POST {base}/Accounts/{account}/Messages.json, form-encoded, basic auth.
 */
export class HttpSmsProvider implements SmsProvider {
  readonly name = 'http';

  constructor(
    private readonly cfg: HttpSmsConfig,
    private readonly from: string,
  ) {}

  async send(msg: OutgoingSms): Promise<SentSms> {
    const statusCallback = new URL(this.cfg.statusCallbackUrl);
    statusCallback.searchParams.set('reference', msg.reference);
    const form = new URLSearchParams({ To: msg.to, From: this.from, Body: msg.text, StatusCallback: statusCallback.toString() });

    let response: Response;
    try {
      response = await fetch(`${this.cfg.url}/Accounts/${encodeURIComponent(this.cfg.account)}/Messages.json`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${this.cfg.account}:${this.cfg.token}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          // Honoured by gateways that support idempotent sends, ignored by the rest: a retry
          // after a timeout that did reach the provider then does not text the customer twice.
          'idempotency-key': msg.reference,
        },
        body: form,
        signal: AbortSignal.timeout(this.cfg.timeoutMs),
      });
    } catch (err) {
      const reason =
        (err as { name?: string } | null)?.name === 'TimeoutError'
          ? `no answer within ${this.cfg.timeoutMs} ms`
          : `request failed: ${networkReason(err)}`;
      throw new TransientDeliveryError({ provider: 'http-sms', reason, cause: err });
    }

    const raw = await response.text().catch(() => '');
    const body = parseJson(raw);
    if (response.ok) return this.accepted(body, msg.text);

    const reason = body?.message ?? (raw.trim().slice(0, 500) || `HTTP ${response.status} ${response.statusText}`);
    const failure = { provider: 'http-sms' as const, reason, providerCode: body?.code ?? response.status };
    if (isTransientStatus(response.status)) {
      throw new TransientDeliveryError({ ...failure, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) });
    }
    throw new PermanentDeliveryError(failure);
  }

  async close(): Promise<void> {}

  private accepted(body: TwilioMessage | null, text: string): SentSms {
    // Without an id the send cannot be tracked, but the provider may have taken it: retrying could
    // text the customer twice, so it is recorded as failed instead.
    if (!body?.sid) {
      throw new PermanentDeliveryError({ provider: 'http-sms', reason: 'the provider accepted the request but returned no message sid' });
    }
    if (body.status === 'failed' || body.status === 'undelivered') {
      throw new PermanentDeliveryError({
        provider: 'http-sms',
        reason: body.error_message ?? `message ${body.sid} ${body.status}`,
        providerCode: body.error_code ?? undefined,
      });
    }
    const segments = Number(body.num_segments);
    return { externalId: body.sid, segments: Number.isInteger(segments) && segments > 0 ? segments : analyzeSms(text).segments };
  }
}

/**
 * 408/429/5xx: the provider was busy or broken, the same request may pass
 * later. 401/403 too: they say our credentials are wrong, which an operator
 * fixes, not something about this message. Other 4xx refuse the message itself
 * (invalid number, blocked content) and never will pass.
 */
function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429 || status === 401 || status === 403;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function parseJson(raw: string): TwilioMessage | null {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' ? (value as TwilioMessage) : null;
  } catch {
    return null;
  }
}

/**
 * fetch() hides the socket error (ECONNREFUSED, ENOTFOUND...) in `cause`. Duck-typed, because
 * errors from Node's own fetch are not instances of the Error of a test sandbox's realm.
 */
function networkReason(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } } | null;
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}
