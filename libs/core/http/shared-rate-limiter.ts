import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '../database/prepared-statement';
import { LimitDecision, RateLimitRule, fits, retryAfterSeconds, windowAt } from './sliding-window-limiter';

/**
 * Counts one attempt if it fits, in one statement: the previous window's
 * count is read, and the current window's row is inserted or incremented
 * only while the weighted sum stays within the limit. ON CONFLICT ... WHERE
 * is evaluated on the locked, latest row, so concurrent attempts from any
 * number of processes cannot together pass the limit. A refused attempt is
 * not counted, so a client that waits gets in again however hard it pushed.
 */
const TAKE = new PreparedStatement<{ taken: number | null; previous: number; current: number }>(
  'rate_limit_take',
  `WITH prev AS (
     SELECT coalesce((SELECT hits FROM rate_limits WHERE key = $1 AND window_index = $2::bigint - 1), 0) AS hits
   ), taken AS (
     INSERT INTO rate_limits AS r (key, window_index, hits, expires_at)
     SELECT $1, $2::bigint, 1, $5::timestamptz FROM prev WHERE prev.hits * $4::float8 + 1 <= $3::int
     ON CONFLICT (key, window_index) DO UPDATE SET hits = r.hits + 1
       WHERE (SELECT hits FROM prev) * $4::float8 + r.hits + 1 <= $3::int
     RETURNING hits
   )
   SELECT (SELECT hits FROM taken) AS taken, (SELECT hits FROM prev) AS previous,
          coalesce((SELECT hits FROM rate_limits WHERE key = $1 AND window_index = $2::bigint), 0) AS current`,
);
/**
 * Two takes in one round trip (the answer path's per-address and
 * per-invitation limits): the second key is counted only if the first was,
 * so a refused attempt counts against neither, as two take() calls would.
 */
const TAKE_BOTH = new PreparedStatement<{ takenA: number | null; previousA: number; currentA: number; takenB: number | null; previousB: number; currentB: number }>(
  'rate_limit_take_both',
  `WITH prev_a AS (
     SELECT coalesce((SELECT hits FROM rate_limits WHERE key = $1 AND window_index = $2::bigint - 1), 0) AS hits
   ), prev_b AS (
     SELECT coalesce((SELECT hits FROM rate_limits WHERE key = $6 AND window_index = $7::bigint - 1), 0) AS hits
   ), fits_b AS (
     -- Whether b would fit, read before a is counted, so a is not counted for an attempt b refuses.
     SELECT (SELECT hits FROM prev_b) * $9::float8
            + coalesce((SELECT hits FROM rate_limits WHERE key = $6 AND window_index = $7::bigint), 0) + 1 <= $8::int AS yes
   ), taken_a AS (
     INSERT INTO rate_limits AS r (key, window_index, hits, expires_at)
     SELECT $1, $2::bigint, 1, $5::timestamptz FROM prev_a WHERE prev_a.hits * $4::float8 + 1 <= $3::int AND (SELECT yes FROM fits_b)
     ON CONFLICT (key, window_index) DO UPDATE SET hits = r.hits + 1
       WHERE (SELECT hits FROM prev_a) * $4::float8 + r.hits + 1 <= $3::int AND (SELECT yes FROM fits_b)
     RETURNING hits
   ), taken_b AS (
     INSERT INTO rate_limits AS r (key, window_index, hits, expires_at)
     SELECT $6, $7::bigint, 1, $10::timestamptz FROM prev_b WHERE EXISTS (SELECT 1 FROM taken_a) AND prev_b.hits * $9::float8 + 1 <= $8::int
     ON CONFLICT (key, window_index) DO UPDATE SET hits = r.hits + 1
       WHERE EXISTS (SELECT 1 FROM taken_a) AND (SELECT hits FROM prev_b) * $9::float8 + r.hits + 1 <= $8::int
     RETURNING hits
   )
   SELECT (SELECT hits FROM taken_a) AS "takenA", (SELECT hits FROM prev_a) AS "previousA",
          coalesce((SELECT hits FROM rate_limits WHERE key = $1 AND window_index = $2::bigint), 0) AS "currentA",
          (SELECT hits FROM taken_b) AS "takenB", (SELECT hits FROM prev_b) AS "previousB",
          coalesce((SELECT hits FROM rate_limits WHERE key = $6 AND window_index = $7::bigint), 0) AS "currentB"`,
);
const GIVE_BACK = new PreparedStatement('rate_limit_give_back', 'UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND window_index = $2::bigint AND hits > 0');
const RESET = new PreparedStatement('rate_limit_reset', 'DELETE FROM rate_limits WHERE key = $1');

/** Rows of windows that no longer count are deleted this often by every process (a cheap indexed delete). */
const PURGE_EVERY_MS = 60_000;

/**
 * Rate limits kept in PostgreSQL (table rate_limits), so every API and
 * dashboard process on one database shares them: a client gets the limit
 * once, not once per process behind the balancer. Uses the process's clock
 * for the window (servers are expected to keep time by NTP; a skew of a
 * second shifts a window by a second).
 */
@Injectable()
export class SharedRateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SharedRateLimiter.name);
  private purgeTimer: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.purgeTimer = setInterval(() => void this.purgeExpired().catch((err) => this.logger.warn(`purging rate limits failed: ${err}`)), PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
  }

  /** Counts an attempt under `key` if it fits the rule; otherwise says how long to wait. */
  async take(rule: RateLimitRule, key: string, now = Date.now()): Promise<LimitDecision> {
    const w = windowAt(rule, now);
    // A row counts for its own window and, weighted, for the next one.
    const expiresAt = new Date(w.start + 2 * rule.windowMs).toISOString();
    const [row] = await TAKE.run(this.dataSource, [`${rule.name}:${key}`, w.index, rule.limit, w.previousWeight, expiresAt]);
    if (row.taken !== null) return { allowed: true, retryAfterSeconds: 0 };
    // Not counted: the current count is the one before this attempt.
    const current = Number(row.current);
    const previous = Number(row.previous);
    return { allowed: false, retryAfterSeconds: fits(rule, w.previousWeight, previous, current) ? 1 : retryAfterSeconds(rule, now, previous, current) };
  }

  /**
   * Two limits in one statement: allowed only if both fit, and then counted
   * under both. If b refused after a was counted (a concurrent attempt took
   * b's last place in between), a is given back.
   */
  async takeBoth(a: { rule: RateLimitRule; key: string }, b: { rule: RateLimitRule; key: string }, now = Date.now()): Promise<LimitDecision> {
    const wa = windowAt(a.rule, now);
    const wb = windowAt(b.rule, now);
    const [row] = await TAKE_BOTH.run(this.dataSource, [
      `${a.rule.name}:${a.key}`, wa.index, a.rule.limit, wa.previousWeight, new Date(wa.start + 2 * a.rule.windowMs).toISOString(),
      `${b.rule.name}:${b.key}`, wb.index, b.rule.limit, wb.previousWeight, new Date(wb.start + 2 * b.rule.windowMs).toISOString(),
    ]);
    if (row.takenA !== null && row.takenB !== null) return { allowed: true, retryAfterSeconds: 0 };
    if (row.takenA !== null) await this.giveBack(a.rule, a.key, now);
    const refusal = (rule: RateLimitRule, w: ReturnType<typeof windowAt>, previous: number, current: number, taken: number | null) =>
      taken !== null || fits(rule, w.previousWeight, previous, current) ? 1 : retryAfterSeconds(rule, now, previous, current);
    return {
      allowed: false,
      retryAfterSeconds: Math.max(
        refusal(a.rule, wa, Number(row.previousA), Number(row.currentA) - (row.takenA !== null ? 1 : 0), row.takenA),
        refusal(b.rule, wb, Number(row.previousB), Number(row.currentB), row.takenB),
      ),
    };
  }

  /** Undoes one counted attempt of this window (e.g. a login that turned out to be right). */
  async giveBack(rule: RateLimitRule, key: string, now = Date.now()): Promise<void> {
    await GIVE_BACK.run(this.dataSource, [`${rule.name}:${key}`, windowAt(rule, now).index]);
  }

  /** Forgets every count of `key` under the rule. */
  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await RESET.run(this.dataSource, [`${rule.name}:${key}`]);
  }

  async purgeExpired(): Promise<number> {
    const rows = await this.dataSource.query('DELETE FROM rate_limits WHERE expires_at < now() RETURNING 1');
    return rows.length;
  }
}
