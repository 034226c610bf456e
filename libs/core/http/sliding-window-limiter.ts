import { isIPv4, isIPv6 } from 'node:net';

export interface LimitDecision {
  allowed: boolean;
  /** Whole seconds until an attempt would be allowed again; 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * At most `limit` attempts per key in any `windowMs`, estimated the usual
 * cheap way: the current fixed window's count plus the previous window's,
 * weighted by how much of it still overlaps the sliding window. Unlike a
 * plain fixed window it does not let twice the limit through around a
 * window boundary. Refused attempts are not counted, so a client that waits
 * gets in again however hard it pushed before.
 *
 * Two maps per limiter, swapped each window: memory is bounded by the keys
 * seen in two windows, and there is no timer to clean up.
 */
export class SlidingWindowLimiter {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();
  private windowStart = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): LimitDecision {
    const now = this.now();
    this.rotate(now);
    const elapsed = (now - this.windowStart) / this.windowMs;
    const inCurrent = this.current.get(key) ?? 0;
    const inPrevious = this.previous.get(key) ?? 0;
    if (inPrevious * (1 - elapsed) + inCurrent + 1 <= this.limit) {
      this.current.set(key, inCurrent + 1);
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: this.retryAfter(now, inPrevious, inCurrent) };
  }

  private rotate(now: number): void {
    const start = now - (now % this.windowMs);
    if (start === this.windowStart) return;
    this.previous = start - this.windowStart === this.windowMs ? this.current : new Map();
    this.current = new Map();
    this.windowStart = start;
  }

  /** When the previous window's weight will have shrunk enough, or else when the current window ends. */
  private retryAfter(now: number, inPrevious: number, inCurrent: number): number {
    const windowEnd = this.windowStart + this.windowMs;
    let at = windowEnd;
    if (inPrevious > 0 && inCurrent + 1 <= this.limit) {
      // inPrevious * (1 - t) + inCurrent + 1 <= limit  ⇔  t >= 1 - (limit - inCurrent - 1) / inPrevious
      const fraction = 1 - (this.limit - inCurrent - 1) / inPrevious;
      at = Math.min(windowEnd, this.windowStart + fraction * this.windowMs);
    }
    return Math.max(1, Math.ceil((at - now) / 1000));
  }
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
