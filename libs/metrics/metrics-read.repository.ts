import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlParams } from '@feedloop/core/database/sql-params';
import type { MetricName, MetricsFilters, MetricsGroupBy, MetricsInterval, SeriesQuery, SeriesRow } from './metric-series';
import { ANSWERED_JOIN, INVITATION_SUMS, RESPONSE_SUMS, ROLLUP_TABLES, RollupKind } from './metric-sums-sql';
import { planRollupRead, rollupDays } from './rollup-read-plan';

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

const toNumber = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** Series of metric sums, from the rollups or straight from responses and invitations. */
@Injectable()
export class MetricsReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Sums per bucket and group from the rollups, with raw rows for dirty and
   * cut hours (see rollup-read-plan.ts). One REPEATABLE READ snapshot for the
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
      const { params, param } = sqlParams();
      const parts = groups.flatMap((g, i) => seriesParts(g, i, { response: dirtyOf('response'), invitation: dirtyOf('invitation') }, param));
      const rows: Array<RawSeriesRow & { q: number; metric: MetricName }> = await runner.query(parts.join('\nUNION ALL\n'), params);
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
    const { params, param } = sqlParams();
    const metric = param(q.metric);
    const from = param(q.bounds[0]);
    const to = param(q.bounds[q.bounds.length - 1]);
    const zoned = q.interval === 'none' ? null : { tz: param(q.timeZone), unit: param(q.interval) };
    const filters = (Object.keys(FILTER_COLUMN) as Array<keyof MetricsFilters>).filter((k) => q.filters[k] !== undefined);
    const where = (alias: string) => filters.map((k) => ` AND ${alias}.${FILTER_COLUMN[k]}::text = ${param(q.filters[k])}`).join('');
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
      params,
    );
    const index = new Map(q.labels.map((l, i) => [l, i + 1]));
    return mergeRows(
      rows.map((r) => ({ ...r, bucket: index.get(r.label) ?? 0 })),
      q.bounds.length - 1,
    );
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
 * the plan of rollup-read-plan.ts. `dirty`: the dirty hours of each rollup;
 * `param` keeps each value and gives its placeholder (see sqlParams).
 */
function seriesParts(q: SeriesGroup, index: number, dirty: Record<RollupKind, Date[]>, param: (value: unknown) => string): string[] {
  const plans = { response: planRollupRead(q.bounds, dirty.response), invitation: planRollupRead(q.bounds, dirty.invitation) };
  const bounds = `${param(q.bounds)}::timestamptz[]`;
  const metrics = `ANY(${param(q.metrics)}::text[])`;
  const filterValues = Object.fromEntries(
    (Object.keys(FILTER_COLUMN) as Array<keyof MetricsFilters>).filter((k) => q.filters[k] !== undefined).map((k) => [k, param(q.filters[k])]),
  ) as Partial<Record<keyof MetricsFilters, string>>;
  const where = (alias: string) =>
    Object.entries(filterValues)
      .map(([k, ph]) => ` AND ${alias}.${FILTER_COLUMN[k as keyof MetricsFilters]}::text = ${ph}`)
      .join('');
  const groupCol = GROUP_COLUMN[q.groupBy];
  const group = (alias: string) => (groupCol ? `coalesce(${alias}.${groupCol}::text, '')` : `''`);
  const grouping = param(rollupGrouping(q.groupBy, q.filters));

  // Raw ranges are read through LATERAL ... OFFSET 0: one index range scan per range. Flattened, the
  // planner cannot see how narrow the ranges are and may scan all ten million invitations instead.
  const parts: string[] = [];
  for (const kind of ['response', 'invitation'] as const) {
    const plan = plans[kind];
    const t = ROLLUP_TABLES[kind];
    const pad = kind === 'response' ? `, 0 AS delivered, 0 AS answered` : ``;
    const lead = kind === 'response' ? `` : `0 AS n, 0 AS score_sum, 0 AS score_sq_sum, 0 AS promoters, 0 AS detractors, 0 AS satisfied, `;
    parts.push(`
      SELECT ${index} AS q, '${kind}' AS kind, d.metric, width_bucket(d.start_at + interval '12 hours', ${bounds}) AS bucket, ${group('d')} AS grp, ${lead}${t.sums}${pad}
      FROM ${t.days} d
      WHERE d.metric = ${metrics} AND d.grouping = ${grouping} AND d.start_at >= ${param(plan.dayFrom)} AND d.start_at < ${param(plan.dayTo)}${where('d')}
      GROUP BY 3, 4, 5`);
    if (plan.corrections.length) {
      const coefSums =
        kind === 'response'
          ? `sum(c.coef * h.n) AS n, sum(c.coef * h.score_sum) AS score_sum, sum(c.coef * h.score_sq_sum) AS score_sq_sum, sum(c.coef * h.promoters) AS promoters,
             sum(c.coef * h.detractors) AS detractors, sum(c.coef * h.satisfied) AS satisfied, 0 AS delivered, 0 AS answered`
          : `0 AS n, 0 AS score_sum, 0 AS score_sq_sum, 0 AS promoters, 0 AS detractors, 0 AS satisfied, sum(c.coef * h.delivered) AS delivered, sum(c.coef * h.answered) AS answered`;
      parts.push(`
        SELECT ${index}, '${kind}', h.metric, c.bucket, ${group('h')}, ${coefSums}
        FROM unnest(${param(plan.corrections.map((c) => c.hour))}::timestamptz[], ${param(plan.corrections.map((c) => c.bucket))}::int[],
                    ${param(plan.corrections.map((c) => c.coef))}::int[]) AS c(hour, bucket, coef)
        CROSS JOIN LATERAL (SELECT * FROM ${t.hours} h WHERE h.metric = ${metrics} AND h.grouping = ${grouping} AND h.start_at = c.hour${where('h')}) h
        GROUP BY 3, 4, 5`);
    }
    if (plan.raw.length) {
      const ranges = `unnest(${param(plan.raw.map((r) => r.from))}::timestamptz[], ${param(plan.raw.map((r) => r.to))}::timestamptz[]) AS w(lo, hi)`;
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
