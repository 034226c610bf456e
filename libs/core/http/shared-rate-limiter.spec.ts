import { DataSource } from 'typeorm';
import { TestServices, startTestServices } from '../../../test/services';
import { SharedRateLimiter } from './shared-rate-limiter';
import { RateLimitRule, clientKey } from './sliding-window-limiter';

describe(SharedRateLimiter.name, () => {
  let t: TestServices;
  let limiter: SharedRateLimiter;
  let db: DataSource;
  let rules = 0;

  beforeAll(async () => {
    t = await startTestServices([]);
    limiter = t.module.get(SharedRateLimiter);
    db = t.dataSource;
  });
  afterAll(() => t.close());

  /** A rule of its own per test, and a clock the test moves by hand, starting at a window boundary. */
  function limited(limit: number, windowMs = 60_000) {
    const rule: RateLimitRule = { name: `test-${++rules}`, limit, windowMs };
    let now = 1_000_000 * windowMs;
    return {
      take: (key: string) => limiter.take(rule, key, now),
      allowed: async (key: string, n: number) => {
        let count = 0;
        for (let i = 0; i < n; i++) if ((await limiter.take(rule, key, now)).allowed) count++;
        return count;
      },
      giveBack: (key: string) => limiter.giveBack(rule, key, now),
      advance: (ms: number) => (now += ms),
    };
  }

  it('allows `limit` attempts per key and refuses the next with the seconds left in the window', async () => {
    const l = limited(3);
    expect(await l.allowed('a', 3)).toBe(3);
    l.advance(15_000);
    expect(await l.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect((await l.take('b')).allowed).toBe(true);
  });

  it('does not let twice the limit through around a window boundary', async () => {
    const l = limited(10);
    l.advance(59_000);
    expect(await l.allowed('a', 10)).toBe(10);
    l.advance(2_000);
    // 58 s of the previous window still overlap: its 10 attempts weigh about 9.7.
    expect((await l.take('a')).allowed).toBe(false);
    l.advance(30_000);
    // 29 s of it overlap now: 10 · 29/60 ≈ 4.8 leaves room for 5 more.
    expect(await l.allowed('a', 8)).toBe(5);
  });

  it('forgets a key after two quiet windows, and does not count refused attempts', async () => {
    const l = limited(2);
    expect(await l.allowed('a', 52)).toBe(2);
    l.advance(120_000);
    expect(await l.allowed('a', 2)).toBe(2);
  });

  it('lets exactly `limit` of a burst of parallel attempts through', async () => {
    const l = limited(10);
    const decisions = await Promise.all(Array.from({ length: 40 }, () => l.take('burst')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds >= 1)).toBe(true);
  });

  it('gives back one attempt of the current window', async () => {
    const l = limited(2);
    expect(await l.allowed('a', 3)).toBe(2);
    await l.giveBack('a');
    expect(await l.allowed('a', 2)).toBe(1);
  });

  it('deletes the rows of windows that no longer count', async () => {
    const rule: RateLimitRule = { name: `test-${++rules}`, limit: 5, windowMs: 1000 };
    await limiter.take(rule, 'old', Date.now() - 10_000);
    await limiter.take(rule, 'fresh');
    await limiter.purgeExpired();
    const keys = (await db.query(`SELECT key FROM rate_limits WHERE key LIKE $1`, [`${rule.name}:%`])).map((r: { key: string }) => r.key);
    expect(keys).toEqual([`${rule.name}:fresh`]);
  });

  it('hands out reserved places a block at a time, never more than the limit across two processes, with one round trip per block', async () => {
    const rule: RateLimitRule = { name: `test-${++rules}`, limit: 200, windowMs: 60_000 };
    const now = 1_000_000 * rule.windowMs;
    // A second limiter on its own connection pool stands for another API process.
    const other = new SharedRateLimiter(db);
    const attempts = await Promise.all(
      Array.from({ length: 300 }, (_, i) => (i % 2 ? other : limiter).takeReserved(rule, '198.51.100.7', now + i)),
    );
    const allowed = attempts.filter((a) => a.allowed).length;
    expect(allowed).toBeGreaterThan(180);
    expect(allowed).toBeLessThanOrEqual(200);
    const [row] = await db.query(`SELECT hits FROM rate_limits WHERE key = $1`, [`${rule.name}:198.51.100.7`]);
    // Every place handed out was counted first; places reserved but unused may remain.
    expect(row.hits).toBeGreaterThanOrEqual(allowed);
    expect(row.hits).toBeLessThanOrEqual(200);
    const refused = attempts.find((a) => !a.allowed)!;
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('takes small limits one place at a time, exactly as take()', async () => {
    const rule: RateLimitRule = { name: `test-${++rules}`, limit: 8, windowMs: 60_000 };
    const now = 1_000_000 * rule.windowMs;
    let allowed = 0;
    for (let i = 0; i < 10; i++) if ((await limiter.takeReserved(rule, 'k', now)).allowed) allowed++;
    expect(allowed).toBe(8);
    const [row] = await db.query(`SELECT hits FROM rate_limits WHERE key = $1`, [`${rule.name}:k`]);
    expect(row.hits).toBe(8);
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
