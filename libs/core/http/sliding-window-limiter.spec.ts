import { SlidingWindowLimiter, clientKey } from './sliding-window-limiter';

describe(SlidingWindowLimiter.name, () => {
  /** A clock the test moves by hand, starting at a window boundary. */
  function limiter(limit: number, windowMs = 60_000) {
    let now = 1_000 * windowMs;
    const l = new SlidingWindowLimiter(limit, windowMs, () => now);
    return { l, advance: (ms: number) => (now += ms) };
  }

  it('allows `limit` attempts per key and refuses the next with the seconds left in the window', () => {
    const { l, advance } = limiter(3);
    expect([l.take('a'), l.take('a'), l.take('a')].every((d) => d.allowed)).toBe(true);
    advance(15_000);
    expect(l.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(l.take('b').allowed).toBe(true);
  });

  it('does not let twice the limit through around a window boundary', () => {
    const { l, advance } = limiter(10);
    advance(59_000);
    for (let i = 0; i < 10; i++) expect(l.take('a').allowed).toBe(true);
    advance(2_000);
    // 58 s of the previous window still overlap: its 10 attempts weigh about 9.7.
    expect(l.take('a').allowed).toBe(false);
    advance(30_000);
    // 29 s of it overlap now: 10 · 29/60 ≈ 4.8 leaves room for 5 more.
    const allowed = Array.from({ length: 8 }, () => l.take('a').allowed).filter(Boolean).length;
    expect(allowed).toBe(5);
  });

  it('forgets a key after two quiet windows, and does not count refused attempts', () => {
    const { l, advance } = limiter(2);
    l.take('a');
    l.take('a');
    for (let i = 0; i < 50; i++) expect(l.take('a').allowed).toBe(false);
    advance(120_000);
    expect(l.take('a').allowed).toBe(true);
    expect(l.take('a').allowed).toBe(true);
  });
});

describe(clientKey.name, () => {
  it('keys IPv4 (also when mapped into IPv6) by address and IPv6 by its /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(clientKey('2001:db8:aa:bb::99')).toBe('2001:db8:aa:bb::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey(undefined)).toBe('unknown');
  });
});
