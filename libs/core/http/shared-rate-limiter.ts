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
