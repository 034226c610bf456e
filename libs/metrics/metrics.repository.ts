import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { planRollupRead, rollupDays } from './period-plan';

export type MetricName = 'nps' | 'csat' | 'ces';
export type MetricsInterval = 'day' | 'week' | 'month' | 'none';
export type MetricsGroupBy = 'survey' | 'contactChannel' | 'team' | 'channel' | 'none';
export type RollupKind = 'response' | 'invitation';

export interface MetricsFilters {
  surveyId?: string;
  contactChannel?: string;
  team?: string;
  channel?: 'email' | 'sms';
}

export interface SeriesQuery {
  metric: MetricName;
  groupBy: MetricsGroupBy;
  filters: MetricsFilters;
  /** b0 < b1 < ... < bk; bucket i (1..k) is [b(i-1), b(i)). */
  bounds: Date[];
}

/** Sums of one bucket and group, from responses and invitations together. */
export interface SeriesRow {
  /** 1-based. */
  bucket: number;
  /** '' for none. */
  group: string;
  n: number;
  scoreSum: number;
  /** Sum of squared scores: a mean's sample variance (CES). */
  scoreSqSum: number;
  promoters: number;
  detractors: number;
  satisfied: number;
  delivered: number;
  answered: number;
}

export interface PeriodBuckets {
  from: Date;
  to: Date;
  bounds: Date[];
  /** Local calendar date (YYYY-MM-DD) each bucket's period starts on; null when there is no interval. */
  labels: Array<string | null>;
}

const RESPONSE_SUMS = `
  count(*) AS n, sum(r.score) AS score_sum, sum(r.score * r.score) AS score_sq_sum,
  count(*) FILTER (WHERE r.metric = 'nps' AND r.score >= 9) AS promoters,
  count(*) FILTER (WHERE r.metric = 'nps' AND r.score <= 6) AS detractors,
  count(*) FILTER (WHERE r.metric = 'csat' AND r.score >= 4) AS satisfied`;

/**
 * Delivered: sent, and neither failed nor bounced (e-mail gets no delivery
 * report, so "sent" is all it can show); an answer proves delivery whatever
 * the status says. Answered: delivered with a response.
 */
const INVITATION_SUMS = `
  count(*) FILTER (WHERE i.status NOT IN ('failed', 'bounced') OR a.answered IS NOT NULL) AS delivered,
  count(a.answered) AS answered`;
/**
 * Per invitation, an index probe. Written as EXISTS the planner may hash
 * every response instead, which costs a second on millions of rows.
 */
const ANSWERED_JOIN = `LEFT JOIN LATERAL (SELECT true AS answered FROM responses r WHERE r.invitation_id = i.id LIMIT 1) a ON true`;

const ROLLUP_RESPONSE_SUMS = `sum(n) AS n, sum(score_sum) AS score_sum, sum(score_sq_sum) AS score_sq_sum, sum(promoters) AS promoters, sum(detractors) AS detractors, sum(satisfied) AS satisfied`;
const ROLLUP_INVITATION_SUMS = `sum(delivered) AS delivered, sum(answered) AS answered`;

const GROUP_COLUMN: Record<MetricsGroupBy, string | null> = {
  survey: 'survey_id',
  contactChannel: 'contact_channel',
  team: 'team',
  channel: 'channel',
  none: null,
};
/**
 * Which rollup rows answer a query: the total per metric, the rows of its
 * one dimension, or the full cube when it groups or filters by more than one.
 */
function rollupGrouping(groupBy: MetricsGroupBy, filters: MetricsFilters): string {
  const dims = new Set<string>(Object.keys(filters).filter((k) => filters[k as keyof MetricsFilters] !== undefined));
  if (groupBy !== 'none') dims.add(groupBy === 'survey' ? 'surveyId' : groupBy);
  if (dims.size === 0) return 'none';
  if (dims.size > 1) return 'full';
  return [...dims][0];
}

const FILTER_COLUMN: Record<keyof MetricsFilters, string> = {
  surveyId: 'survey_id',
  contactChannel: 'contact_channel',
  team: 'team',
  channel: 'channel',
};

/** Advisory-lock classes shared with the triggers of migration 1763900003000. */
const LOCK_CLASS: Record<RollupKind, number> = { response: 15985, invitation: 15986 };
/** Taken by the refresh alone, so two refreshes never rebuild one day's rows at once. */
const REFRESH_DAY_LOCK_CLASS = 15987;
// Listed so deletes by hour or day can use the primary key's leading columns.
const METRICS_SQL = `('nps', 'csat', 'ces')`;
const GROUPINGS_SQL = `('full', 'none', 'surveyId', 'contactChannel', 'team', 'channel')`;

const ROLLUP_TABLES: Record<RollupKind, { hours: string; days: string; columns: string; sums: string }> = {
  response: {
    hours: 'metrics_response_hours',
    days: 'metrics_response_days',
    columns: 'n, score_sum, score_sq_sum, promoters, detractors, satisfied',
    sums: 'sum(n), sum(score_sum), sum(score_sq_sum), sum(promoters), sum(detractors), sum(satisfied)',
  },
  invitation: { hours: 'metrics_invitation_hours', days: 'metrics_invitation_days', columns: 'delivered, answered', sums: 'sum(delivered), sum(answered)' },
};

/**
 * The rollup rows of some hours: the full cube, one set per dimension, and
 * the total (see rollupGrouping). A dimension left out of a set is ''.
 */
const rollupHoursSql = (table: string, columns: string, source: string, sums: string) => `
  INSERT INTO ${table} (start_at, metric, grouping, survey_id, contact_channel, team, channel, ${columns})
  SELECT hour, metric,
    CASE GROUPING(survey_id, contact_channel, team, channel)
      WHEN 0 THEN 'full' WHEN 15 THEN 'none' WHEN 7 THEN 'surveyId' WHEN 11 THEN 'contactChannel' WHEN 13 THEN 'team' ELSE 'channel' END,
    coalesce(survey_id, ''), coalesce(contact_channel, ''), coalesce(team, ''), coalesce(channel, ''),
    ${sums}
  FROM (${source}) x
  GROUP BY GROUPING SETS (
    (hour, metric, survey_id, contact_channel, team, channel), (hour, metric),
    (hour, metric, survey_id), (hour, metric, contact_channel), (hour, metric, team), (hour, metric, channel))`;

/** Recomputes the hourly rows of the hours in $1 (within the day [$2, $3)). */
const RECOMPUTE_HOURS_SQL: Record<RollupKind, string> = {
  response: rollupHoursSql(
    'metrics_response_hours',
    'n, score_sum, score_sq_sum, promoters, detractors, satisfied',
    `SELECT date_trunc('hour', r.created_at, 'UTC') AS hour, r.metric, r.survey_id::text AS survey_id, coalesce(r.contact_channel, '') AS contact_channel,
            coalesce(r.team, '') AS team, coalesce(r.channel, '') AS channel, r.score
     FROM responses r
     WHERE r.created_at >= $2 AND r.created_at < $3 AND date_trunc('hour', r.created_at, 'UTC') = ANY($1::timestamptz[])`,
    RESPONSE_SUMS.replace(/r\./g, 'x.'),
  ),
  invitation: rollupHoursSql(
    'metrics_invitation_hours',
    'delivered, answered',
    `SELECT date_trunc('hour', i.sent_at, 'UTC') AS hour, s.metric, i.survey_id::text AS survey_id, coalesce(i.contact_channel, '') AS contact_channel,
            coalesce(i.team, '') AS team, coalesce(i.channel, '') AS channel, i.status, a.answered
     FROM invitations i JOIN surveys s ON s.id = i.survey_id ${ANSWERED_JOIN}
     -- Exit surveys have no metric (their page asks reasons): their invitations count toward none.
     WHERE s.metric IS NOT NULL AND i.sent_at >= $2 AND i.sent_at < $3 AND date_trunc('hour', i.sent_at, 'UTC') = ANY($1::timestamptz[])`,
    INVITATION_SUMS.replace(/\b[ia]\./g, 'x.'),
  ),
};

/** Builds $n placeholders as values are added, so optional filters need no fixed numbering. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const toNumber = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The instants that cut [from, to) into calendar days, weeks (Monday) or
   * months of `timeZone`, computed by PostgreSQL's own zone rules so they
   * agree with the raw path. `from` and `to` without an offset are wall
   * times in `timeZone`. At most `maxBuckets` + 1 are generated.
   */
  async periodBuckets(from: string, to: string, interval: MetricsInterval, timeZone: string, maxBuckets: number): Promise<PeriodBuckets> {
    const hasOffset = (s: string) => /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(s) && s.includes('T');
    const period = `SELECT CASE WHEN $3 THEN $1::timestamptz ELSE $1::timestamp AT TIME ZONE $5 END AS f,
                           CASE WHEN $4 THEN $2::timestamptz ELSE $2::timestamp AT TIME ZONE $5 END AS t`;
    const params = [from, to, hasOffset(from), hasOffset(to), timeZone];
    const rows: Array<{ f: Date; t: Date; label: string | null; at: Date | null }> =
      interval === 'none'
        ? await this.dataSource.query(`SELECT f, t, NULL AS label, NULL AS at FROM (${period}) p`, params)
        : await this.dataSource.query(
            `SELECT p.f, p.t, to_char(g, 'YYYY-MM-DD') AS label, g AT TIME ZONE $5 AS at
             FROM (${period}) p, generate_series(date_trunc($6, p.f AT TIME ZONE $5), p.t AT TIME ZONE $5, ('1 ' || $6)::interval) g
             ORDER BY g
             LIMIT $7`,
            [...params, interval, maxBuckets + 2],
          );
    // A `to` before the week or month `from` falls in generates nothing.
    const [{ f, t }] = rows.length ? rows : await this.dataSource.query(`SELECT f, t FROM (${period}) p`, params);
    if (interval === 'none' || f.getTime() >= t.getTime()) return { from: f, to: t, bounds: [f, t], labels: [null] };
    const bounds = [f];
    const labels: Array<string | null> = [];
    for (const row of rows) {
      if (!row.at || !row.label) continue;
      if (row.at.getTime() <= f.getTime()) labels[0] = row.label;
      else if (row.at.getTime() < t.getTime()) {
        bounds.push(row.at);
        labels.push(row.label);
      }
    }
    bounds.push(t);
    return { from: f, to: t, bounds, labels };
  }

  /**
   * Sums per bucket and group from the rollups, with raw rows for dirty and
   * cut hours (see period-plan.ts). One REPEATABLE READ snapshot for the
   * marks and every table, so a refresh committing in between cannot make a
   * write count twice or not at all.
   */
  async series(q: SeriesQuery): Promise<SeriesRow[]> {
    return (await this.seriesMany([q]))[0];
  }

  /**
   * Several series at once, each exactly as `series` gives it: one snapshot,
   * one read of the dirty marks and one statement for all of them, so a page
   * showing a dozen series (the overview) costs a few round trips, not sixty.
   * Series that differ only in their metric read the same rollup rows in one
   * pass (fewer parts for PostgreSQL to plan).
   */
  async seriesMany(queries: SeriesQuery[]): Promise<SeriesRow[][]> {
    if (!queries.length) return [];
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      // The plan is a few index probes; compiling it (JIT) would take longer than running it.
      await runner.query('SET LOCAL jit = off');
      const spans = queries.map((q) => rollupDays(q.bounds));
      const dirty: Array<{ kind: RollupKind; hour: Date }> = await runner.query(
        `SELECT kind, hour FROM metrics_dirty_hours WHERE hour >= $1 AND hour < $2`,
        [new Date(Math.min(...spans.map((s) => s.dayFrom.getTime()))), new Date(Math.max(...spans.map((s) => s.dayTo.getTime())))],
      );
      const dirtyOf = (kind: RollupKind) => dirty.filter((d) => d.kind === kind).map((d) => d.hour);
      const groups: SeriesGroup[] = [];
      const keys = new Map<string, number>();
      const groupOf = queries.map((q) => {
        const key = JSON.stringify([q.bounds, q.groupBy, (Object.keys(FILTER_COLUMN) as Array<keyof MetricsFilters>).map((k) => q.filters[k] ?? null)]);
        let g = keys.get(key);
        if (g === undefined) {
          g = groups.push({ bounds: q.bounds, groupBy: q.groupBy, filters: q.filters, metrics: [] }) - 1;
          keys.set(key, g);
        }
        if (!groups[g].metrics.includes(q.metric)) groups[g].metrics.push(q.metric);
        return g;
      });
      const p = new Params();
      const parts = groups.flatMap((g, i) => seriesParts(g, i, { response: dirtyOf('response'), invitation: dirtyOf('invitation') }, p));
      const rows: Array<RawSeriesRow & { q: number; metric: MetricName }> = await runner.query(parts.join('\nUNION ALL\n'), p.values);
      await runner.commitTransaction();
      return queries.map((q, i) => mergeRows(rows.filter((r) => Number(r.q) === groupOf[i] && r.metric === q.metric), q.bounds.length - 1));
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }

  /**
   * The same sums straight from responses and invitations, bucketed by
   * PostgreSQL's date_trunc in the zone: no rollup, no boundary arithmetic.
   * The reference the rollup path is tested against; slow on big data.
   */
  async seriesFromRawRows(q: SeriesQuery & { interval: MetricsInterval; timeZone: string; labels: Array<string | null> }): Promise<SeriesRow[]> {
    const p = new Params();
    const metric = p.add(q.metric);
    const from = p.add(q.bounds[0]);
    const to = p.add(q.bounds[q.bounds.length - 1]);
    const zoned = q.interval === 'none' ? null : { tz: p.add(q.timeZone), unit: p.add(q.interval) };
    const filters = (Object.keys(FILTER_COLUMN) as Array<keyof MetricsFilters>).filter((k) => q.filters[k] !== undefined);
    const where = (alias: string) => filters.map((k) => ` AND ${alias}.${FILTER_COLUMN[k]}::text = ${p.add(q.filters[k])}`).join('');
    const groupCol = GROUP_COLUMN[q.groupBy];
    const group = (alias: string) => (groupCol ? `coalesce(${alias}.${groupCol}::text, '')` : `''`);
    const label = (col: string) => (zoned ? `to_char(date_trunc(${zoned.unit}, ${col} AT TIME ZONE ${zoned.tz}), 'YYYY-MM-DD')` : `NULL::text`);
    const rows: Array<RawSeriesRow & { label: string | null }> = await this.dataSource.query(
      `SELECT 'response' AS kind, ${label('r.created_at')} AS label, ${group('r')} AS grp, ${RESPONSE_SUMS}, 0 AS delivered, 0 AS answered
       FROM responses r WHERE r.metric = ${metric} AND r.created_at >= ${from} AND r.created_at < ${to}${where('r')}
       GROUP BY 2, 3
       UNION ALL
       SELECT 'invitation', ${label('i.sent_at')}, ${group('i')}, 0, 0, 0, 0, 0, 0, ${INVITATION_SUMS}
       FROM invitations i JOIN surveys s ON s.id = i.survey_id AND s.metric = ${metric} ${ANSWERED_JOIN}
       WHERE i.sent_at >= ${from} AND i.sent_at < ${to}${where('i')}
       GROUP BY 2, 3`,
      p.values,
    );
    const index = new Map(q.labels.map((l, i) => [l, i + 1]));
    return mergeRows(
      rows.map((r) => ({ ...r, bucket: index.get(r.label) ?? 0 })),
      q.bounds.length - 1,
    );
  }

  /** Days with dirty hours, oldest first, with their hours. */
  async dirtyDays(limit: number): Promise<Array<{ kind: RollupKind; day: Date; hours: Date[] }>> {
    return this.dataSource.query(
      `SELECT kind, date_trunc('day', hour, 'UTC') AS day, array_agg(hour ORDER BY hour) AS hours
       FROM metrics_dirty_hours GROUP BY 1, 2 ORDER BY 2, 1 LIMIT $1`,
      [limit],
    );
  }

  /**
   * Rolls up the dirty hours of one UTC day and rebuilds the day's row from
   * its hours. Waits for the writers of the first hour to commit (its
   * exclusive lock); of the others, takes only those nobody is writing now,
   * so it never waits while holding a lock a writer wants. Returns the hours
   * recomputed.
   */
  async refreshDay(kind: RollupKind, day: Date, hours: Date[]): Promise<number> {
    const dayEnd = new Date(day.getTime() + 86_400_000);
    const key = (h: Date) => Math.floor(h.getTime() / 3_600_000);
    return this.dataSource.transaction(async (m: EntityManager) => {
      // A day's statements are short; JIT compilation would cost more than it saves.
      await m.query('SET LOCAL jit = off');
      await m.query('SELECT pg_advisory_xact_lock($1, $2)', [REFRESH_DAY_LOCK_CLASS, Math.floor(day.getTime() / 86_400_000)]);
      await m.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS[kind], key(hours[0])]);
      const others: Array<{ k: number }> = hours.length > 1
        ? await m.query(`SELECT k FROM unnest($2::int[]) k WHERE pg_try_advisory_xact_lock($1, k)`, [LOCK_CLASS[kind], hours.slice(1).map(key)])
        : [];
      const locked = [hours[0], ...others.map((o) => new Date(o.k * 3_600_000))];
      const taken: Array<{ hour: Date }> = await m.query(
        // As a CTE: TypeORM hands back [rows, count] for a bare DELETE ... RETURNING.
        `WITH taken AS (DELETE FROM metrics_dirty_hours WHERE kind = $1 AND hour = ANY($2::timestamptz[]) RETURNING hour) SELECT hour FROM taken`,
        [kind, locked],
      );
      if (!taken.length) return 0;
      const todo = taken.map((t) => t.hour);
      const t = ROLLUP_TABLES[kind];
      await m.query(`DELETE FROM ${t.hours} WHERE metric IN ${METRICS_SQL} AND grouping IN ${GROUPINGS_SQL} AND start_at = ANY($1::timestamptz[])`, [todo]);
      await m.query(RECOMPUTE_HOURS_SQL[kind], [todo, day, dayEnd]);
      await m.query(`DELETE FROM ${t.days} WHERE metric IN ${METRICS_SQL} AND grouping IN ${GROUPINGS_SQL} AND start_at = $1`, [day]);
      await m.query(
        `INSERT INTO ${t.days} (start_at, metric, grouping, survey_id, contact_channel, team, channel, ${t.columns})
         SELECT $1::timestamptz, metric, grouping, survey_id, contact_channel, team, channel, ${t.sums}
         FROM ${t.hours} WHERE metric IN ${METRICS_SQL} AND grouping IN ${GROUPINGS_SQL} AND start_at >= $1 AND start_at < $2
         GROUP BY metric, grouping, survey_id, contact_channel, team, channel`,
        [day, dayEnd],
      );
      return todo.length;
    });
  }
}

interface RawSeriesRow {
  kind: RollupKind;
  bucket: number;
  grp: string;
  n: string | number;
  score_sum: string | number | null;
  score_sq_sum: string | number | null;
  promoters: string | number;
  detractors: string | number;
  satisfied: string | number;
  delivered: string | number;
  answered: string | number;
}

function mergeRows(rows: RawSeriesRow[], buckets: number): SeriesRow[] {
  const merged = new Map<string, SeriesRow>();
  for (const r of rows) {
    const bucket = Number(r.bucket);
    if (bucket < 1 || bucket > buckets) continue;
    const k = `${bucket}\u0000${r.grp}`;
    let row = merged.get(k);
    if (!row) {
      row = { bucket, group: r.grp, n: 0, scoreSum: 0, scoreSqSum: 0, promoters: 0, detractors: 0, satisfied: 0, delivered: 0, answered: 0 };
      merged.set(k, row);
    }
    row.n += toNumber(r.n);
    row.scoreSum += toNumber(r.score_sum);
    row.scoreSqSum += toNumber(r.score_sq_sum);
    row.promoters += toNumber(r.promoters);
    row.detractors += toNumber(r.detractors);
    row.satisfied += toNumber(r.satisfied);
    row.delivered += toNumber(r.delivered);
    row.answered += toNumber(r.answered);
  }
  return [...merged.values()];
}

/** Series with the same buckets, grouping and filters, for one or more metrics. */
type SeriesGroup = Omit<SeriesQuery, 'metric'> & { metrics: MetricName[] };

/**
 * The SELECTs answering a group of series (`index` tags its rows, `metric`
 * tells them apart): daily rollup rows, hourly corrections and raw rows per
 * the plan of period-plan.ts. `dirty`: the dirty hours of each rollup;
 * placeholders are added to `p`.
 */
function seriesParts(q: SeriesGroup, index: number, dirty: Record<RollupKind, Date[]>, p: Params): string[] {
  const plans = { response: planRollupRead(q.bounds, dirty.response), invitation: planRollupRead(q.bounds, dirty.invitation) };
  const bounds = `${p.add(q.bounds)}::timestamptz[]`;
  const metrics = `ANY(${p.add(q.metrics)}::text[])`;
  const filterValues = Object.fromEntries(
    (Object.keys(FILTER_COLUMN) as Array<keyof MetricsFilters>).filter((k) => q.filters[k] !== undefined).map((k) => [k, p.add(q.filters[k])]),
  ) as Partial<Record<keyof MetricsFilters, string>>;
  const where = (alias: string) =>
    Object.entries(filterValues)
      .map(([k, ph]) => ` AND ${alias}.${FILTER_COLUMN[k as keyof MetricsFilters]}::text = ${ph}`)
      .join('');
  const groupCol = GROUP_COLUMN[q.groupBy];
  const group = (alias: string) => (groupCol ? `coalesce(${alias}.${groupCol}::text, '')` : `''`);
  const grouping = p.add(rollupGrouping(q.groupBy, q.filters));

  // Raw ranges are read through LATERAL ... OFFSET 0: one index range scan per range. Flattened, the
  // planner cannot see how narrow the ranges are and may scan all ten million invitations instead.
  const parts: string[] = [];
  for (const kind of ['response', 'invitation'] as const) {
    const plan = plans[kind];
    const t = ROLLUP_TABLES[kind];
    const sums = kind === 'response' ? ROLLUP_RESPONSE_SUMS : ROLLUP_INVITATION_SUMS;
    const pad = kind === 'response' ? `, 0 AS delivered, 0 AS answered` : ``;
    const lead = kind === 'response' ? `` : `0 AS n, 0 AS score_sum, 0 AS score_sq_sum, 0 AS promoters, 0 AS detractors, 0 AS satisfied, `;
    parts.push(`
      SELECT ${index} AS q, '${kind}' AS kind, d.metric, width_bucket(d.start_at + interval '12 hours', ${bounds}) AS bucket, ${group('d')} AS grp, ${lead}${sums}${pad}
      FROM ${t.days} d
      WHERE d.metric = ${metrics} AND d.grouping = ${grouping} AND d.start_at >= ${p.add(plan.dayFrom)} AND d.start_at < ${p.add(plan.dayTo)}${where('d')}
      GROUP BY 3, 4, 5`);
    if (plan.corrections.length) {
      const coefSums =
        kind === 'response'
          ? `sum(c.coef * h.n) AS n, sum(c.coef * h.score_sum) AS score_sum, sum(c.coef * h.score_sq_sum) AS score_sq_sum, sum(c.coef * h.promoters) AS promoters,
             sum(c.coef * h.detractors) AS detractors, sum(c.coef * h.satisfied) AS satisfied, 0 AS delivered, 0 AS answered`
          : `0 AS n, 0 AS score_sum, 0 AS score_sq_sum, 0 AS promoters, 0 AS detractors, 0 AS satisfied, sum(c.coef * h.delivered) AS delivered, sum(c.coef * h.answered) AS answered`;
      parts.push(`
        SELECT ${index}, '${kind}', h.metric, c.bucket, ${group('h')}, ${coefSums}
        FROM unnest(${p.add(plan.corrections.map((c) => c.hour))}::timestamptz[], ${p.add(plan.corrections.map((c) => c.bucket))}::int[],
                    ${p.add(plan.corrections.map((c) => c.coef))}::int[]) AS c(hour, bucket, coef)
        CROSS JOIN LATERAL (SELECT * FROM ${t.hours} h WHERE h.metric = ${metrics} AND h.grouping = ${grouping} AND h.start_at = c.hour${where('h')}) h
        GROUP BY 3, 4, 5`);
    }
    if (plan.raw.length) {
      const ranges = `unnest(${p.add(plan.raw.map((r) => r.from))}::timestamptz[], ${p.add(plan.raw.map((r) => r.to))}::timestamptz[]) AS w(lo, hi)`;
      parts.push(
        kind === 'response'
          ? `
        SELECT ${index}, 'response', r.metric, width_bucket(r.created_at, ${bounds}), ${group('r')}, ${RESPONSE_SUMS}, 0, 0
        FROM ${ranges} CROSS JOIN LATERAL (SELECT * FROM responses r WHERE r.created_at >= w.lo AND r.created_at < w.hi OFFSET 0) r
        WHERE r.metric = ${metrics}${where('r')}
        GROUP BY 3, 4, 5`
          : `
        SELECT ${index}, 'invitation', s.metric, width_bucket(i.sent_at, ${bounds}), ${group('i')}, 0, 0, 0, 0, 0, 0, ${INVITATION_SUMS}
        FROM ${ranges} CROSS JOIN LATERAL (SELECT * FROM invitations i WHERE i.sent_at >= w.lo AND i.sent_at < w.hi OFFSET 0) i
          JOIN surveys s ON s.id = i.survey_id AND s.metric = ${metrics}
          ${ANSWERED_JOIN}
        WHERE true${where('i')}
        GROUP BY 3, 4, 5`,
      );
    }
  }
  return parts;
}
