import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '../database/prepared-statement';
import { LimitDecision, RateLimitRule, fits, retryAfterSeconds, windowAt } from './sliding-window-limiter';
import { changedRows } from '../database/changed-rows';

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
/**
 * Up to $6 places of a key's current window at once, as many as fit. The
 * count is read, the places that fit computed, and the row written only if
 * its count is still the one read (optimistic: on a race nothing is written,
 * `ok` is false, and the caller reads again). `granted` is then exact.
 */
const RESERVE = new PreparedStatement<{ ok: boolean; granted: number; previous: number; current: number }>(
  'rate_limit_reserve',
  `WITH prev AS (
     SELECT coalesce((SELECT hits FROM rate_limits WHERE key = $1 AND window_index = $2::bigint - 1), 0) AS hits
   ), cur AS (
     SELECT coalesce((SELECT hits FROM rate_limits WHERE key = $1 AND window_index = $2::bigint), 0) AS hits
   ), want AS (
     SELECT LEAST($6::int, GREATEST(0, floor($3::int - prev.hits * $4::float8)::int - cur.hits)) AS n FROM prev, cur
   ), taken AS (
     INSERT INTO rate_limits AS r (key, window_index, hits, expires_at)
     SELECT $1, $2::bigint, want.n, $5::timestamptz FROM want WHERE want.n > 0
     ON CONFLICT (key, window_index) DO UPDATE SET hits = r.hits + (SELECT n FROM want)
       WHERE r.hits = (SELECT hits FROM cur)
     RETURNING hits
   )
   SELECT EXISTS (SELECT 1 FROM taken) OR (SELECT n FROM want) = 0 AS ok, (SELECT n FROM want) AS granted,
          (SELECT hits FROM prev) AS previous, (SELECT hits FROM cur) AS current`,
);
const GIVE_BACK = new PreparedStatement('rate_limit_give_back', 'UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND window_index = $2::bigint AND hits > 0');
const RESET = new PreparedStatement('rate_limit_reset', 'DELETE FROM rate_limits WHERE key = $1');
const RESET_PREFIX = new PreparedStatement('rate_limit_reset_prefix', 'DELETE FROM rate_limits WHERE starts_with(key, $1)');

/** takeReserved: a block is a twentieth of the limit, at most 50 places. */
const BLOCK_DIVISOR = 20;
const MAX_BLOCK = 50;
/** Keys this process holds places for; beyond it the held places are forgotten (they lapse anyway). */
const MAX_RESERVATIONS = 10_000;

interface Reservation {
  window: number;
  left: number;
  pending: Promise<void> | null;
}

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
  private readonly reserved = new Map<string, Reservation>();

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

  /**
   * Like take(), for limits far larger than one client's normal use (per
   * address): places are reserved from the shared counter a block at a time
   * and handed out here, so most attempts cost no round trip and none can
   * pass the limit (every place handed out was counted first). A process
   * may hold a few unused places while another is refused; they lapse with
   * their window. Small limits take one place at a time, exactly as take().
   */
  async takeReserved(rule: RateLimitRule, key: string, now = Date.now()): Promise<LimitDecision> {
    const block = Math.min(MAX_BLOCK, Math.floor(rule.limit / BLOCK_DIVISOR));
    if (block <= 1) return this.take(rule, key, now);
    const w = windowAt(rule, now);
    const id = `${rule.name}:${key}`;
    for (let attempt = 0; ; attempt++) {
      const held = this.reserved.get(id);
      if (held && held.window === w.index) {
        if (held.left > 0) {
          held.left--;
          return { allowed: true, retryAfterSeconds: 0 };
        }
        if (held.pending) {
          await held.pending;
          continue;
        }
      }
      if (attempt > 20) return this.take(rule, key, now);
      if (this.reserved.size >= MAX_RESERVATIONS) this.reserved.clear();
      const entry: Reservation = { window: w.index, left: 0, pending: null };
      this.reserved.set(id, entry);
      const expiresAt = new Date(w.start + 2 * rule.windowMs).toISOString();
      let refusal: LimitDecision | null = null;
      entry.pending = RESERVE.run(this.dataSource, [id, w.index, rule.limit, w.previousWeight, expiresAt, block])
        .then(([row]) => {
          if (!row.ok) return; // Another process wrote in between: read again.
          entry.left = Number(row.granted);
          if (entry.left === 0) refusal = { allowed: false, retryAfterSeconds: retryAfterSeconds(rule, now, Number(row.previous), Number(row.current)) };
        })
        .finally(() => (entry.pending = null));
      await entry.pending;
      if (refusal) {
        this.reserved.delete(id);
        return refusal;
      }
    }
  }

  /** Undoes one counted attempt of this window (e.g. a login that turned out to be right). */
  async giveBack(rule: RateLimitRule, key: string, now = Date.now()): Promise<void> {
    await GIVE_BACK.run(this.dataSource, [`${rule.name}:${key}`, windowAt(rule, now).index]);
  }

  /** Forgets every count of `key` under the rule. */
  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await RESET.run(this.dataSource, [`${rule.name}:${key}`]);
  }

  /** Forgets every count under the rule whose key starts with `prefix` (a scan: for rare administrative resets). */
  async resetPrefix(rule: RateLimitRule, prefix: string): Promise<void> {
    await RESET_PREFIX.run(this.dataSource, [`${rule.name}:${prefix}`]);
  }

  async purgeExpired(): Promise<number> {
    return changedRows(this.dataSource, 'DELETE FROM rate_limits WHERE expires_at < now()');
  }
}
