/**
 * Field names whose values never go into the audit log: passwords and their
 * hashes, API keys and webhook secrets (sealed or not), tokens. Services pass
 * snapshots without them already; this is the net under that.
 */
const SECRET_FIELD = /passw|secret|token|hash|credential|^apikey$/i;
/** Harmless neighbours of those names: the last characters of a webhook secret and when it was set. */
const NOT_SECRET = new Set(['secretHint', 'secretRotatedAt']);

export const REDACTED = '[redacted]';

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = SECRET_FIELD.test(k) && !NOT_SECRET.has(k) ? REDACTED : redact(v, depth + 1);
  }
  return out;
}
