import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ANSWERED_JOIN, INVITATION_SUMS, RESPONSE_SUMS, ROLLUP_TABLES, RollupKind } from './metric-sums-sql';

/** Advisory-lock classes shared with the triggers of migration 1763900003000. */
const LOCK_CLASS: Record<RollupKind, number> = { response: 15985, invitation: 15986 };
/** Taken by the refresh alone, so two refreshes never rebuild one day's rows at once. */
const REFRESH_DAY_LOCK_CLASS = 15987;
// Listed so deletes by hour or day can use the primary key's leading columns.
const METRICS_SQL = `('nps', 'csat', 'ces')`;
const GROUPINGS_SQL = `('full', 'none', 'surveyId', 'contactChannel', 'team', 'channel')`;

/**
 * The rollup rows of some hours: the full cube, one set per dimension, and
 * the total (see rollupGrouping, metrics-read.repository.ts). A dimension left out of a set is ''.
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

/** Brings the hourly and daily rollups up to date with the hours writes marked dirty. */
@Injectable()
export class MetricsRollupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
