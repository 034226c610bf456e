import { isIPv4, isIPv6 } from 'node:net';

export interface LimitDecision {
  allowed: boolean;
  /** Whole seconds until an attempt would be allowed again; 0 when allowed. */
  retryAfterSeconds: number;
}

/** A limit: at most `limit` attempts per key in any `windowMs`, under its own name. */
export interface RateLimitRule {
  /** Prefix of the keys, so rules never share a counter. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Where `now` falls for a rule: the fixed window it is in, and how much of
 * the previous window still overlaps the sliding window ending now. The
 * estimate is the usual cheap one: the previous window's count weighted by
 * that overlap plus the current window's count. Unlike a plain fixed window
 * it does not let twice the limit through around a window boundary.
 */
export function windowAt(rule: RateLimitRule, now: number): { index: number; start: number; previousWeight: number } {
  const index = Math.floor(now / rule.windowMs);
  const start = index * rule.windowMs;
  return { index, start, previousWeight: 1 - (now - start) / rule.windowMs };
}

/** Whether one more attempt fits, given the counts of the previous and current windows. */
export function fits(rule: RateLimitRule, previousWeight: number, inPrevious: number, inCurrent: number): boolean {
  return inPrevious * previousWeight + inCurrent + 1 <= rule.limit;
}

/**
 * Seconds until one more attempt would fit: when the previous window's
 * weight has shrunk enough, or else when the current window ends.
 */
export function retryAfterSeconds(rule: RateLimitRule, now: number, inPrevious: number, inCurrent: number): number {
  const { start } = windowAt(rule, now);
  const windowEnd = start + rule.windowMs;
  let at = windowEnd;
  if (inPrevious > 0 && inCurrent + 1 <= rule.limit) {
    // inPrevious * (1 - t) + inCurrent + 1 <= limit  ⇔  t >= 1 - (limit - inCurrent - 1) / inPrevious
    const fraction = 1 - (rule.limit - inCurrent - 1) / inPrevious;
    at = Math.min(windowEnd, start + fraction * rule.windowMs);
  }
  return Math.max(1, Math.ceil((at - now) / 1000));
}

/**
 * The key one client is limited by: its IPv4 address, or the /64 of its IPv6
 * address, since one subscriber gets a whole /64 and could otherwise take a
 * fresh address for every attempt.
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
