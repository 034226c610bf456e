import { createHmac } from 'node:crypto';

/**
 * `Feedloop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * "<t>.<raw body>", keyed with the endpoint's secret exactly as shown on
 * creation (the whole `whsec_…` string, as UTF-8).
 *
 * A receiver verifies it by: splitting the header on "," into key=value
 * pairs; rejecting the request when t is more than 5 minutes from its own
 * clock (a replayed request carries an old t, and t can not be changed
 * without breaking the HMAC); computing HMAC-SHA256(secret, t + "." + raw
 * body bytes, before any JSON parsing) and comparing its hex form with v1 in
 * constant time. During a secret rotation the receiver may try both secrets.
 */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
