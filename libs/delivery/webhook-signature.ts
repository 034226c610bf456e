import { createHmac, timingSafeEqual } from 'node:crypto';

export type WebhookParams = Record<string, string | string[] | undefined>;

/**
 * X-Twilio-Signature: base64 HMAC-SHA1, keyed with the auth token, of the full
 * URL the provider called (query string included) followed by every POST
 * parameter as name+value, sorted by name.
 */
export function twilioSignature(secret: string, url: string, params: WebhookParams): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? [...value].sort() : [value]) data += name + v;
  }
  return createHmac('sha1', secret).update(data, 'utf8').digest('base64');
}

/**
 * Behind a proxy the URL we rebuild may differ from the one the provider
 * signed only by an explicit default port, so both forms are accepted (as
 * Twilio's own helper libraries do).
 */
export function verifyTwilioSignature(secret: string, url: string, params: WebhookParams, signature: string | undefined): boolean {
  if (!signature) return false;
  return urlVariants(url).some((candidate) => safeEqual(twilioSignature(secret, candidate, params), signature));
}

export function hmacSha256(secret: string, payload: string | Buffer, encoding: 'hex' | 'base64' = 'hex'): string {
  return createHmac('sha256', secret).update(payload).digest(encoding);
}

/**
 * Checks a generic HMAC-SHA256 signature of a raw body. Accepts hex or base64
 * and an optional "sha256=" prefix, the forms providers commonly send.
 */
export function verifyHmacSha256(secret: string, payload: string | Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const given = signature.trim().replace(/^sha256=/i, '');
  return safeEqual(hmacSha256(secret, payload, 'hex'), given.toLowerCase()) || safeEqual(hmacSha256(secret, payload, 'base64'), given);
}

/** Constant-time for equal lengths; a length mismatch says nothing about the secret. */
function safeEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function urlVariants(url: string): string[] {
  const match = /^(https?):\/\/([^/?#]+?)(?::(\d+))?([/?#].*)?$/i.exec(url);
  if (!match) return [url];
  const [, scheme, host, port, rest = ''] = match;
  const defaultPort = scheme.toLowerCase() === 'https' ? '443' : '80';
  if (port !== undefined && port !== defaultPort) return [url];
  return [url, `${scheme}://${host}${rest}`, `${scheme}://${host}:${defaultPort}${rest}`].filter((v, i, all) => all.indexOf(v) === i);
}
