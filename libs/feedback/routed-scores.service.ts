import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlParams } from '@feedloop/core/database/sql-params';
import type { ScoreCounts } from '@feedloop/metrics/metric-values';
import type { MetricName, MetricsFilters } from '@feedloop/metrics/metric-series';
import { RESPONSE_SUMS } from '@feedloop/metrics/metric-sums-sql';
import { ThemesService } from '@feedloop/themes/themes.service';

export type RoutedGroupBy = 'none' | 'contactChannel' | 'team';

export interface RoutedSumsRow extends ScoreCounts {
  metric: MetricName;
  /** 1-based bucket of `bounds`. */
  bucket: number;
  /** '' for none recorded or not grouped. */
  group: string;
}

/** Score → responses tagged with the theme. */
export interface TaggedHistogram {
  key: string;
  tagged: Map<number, number>;
}

const GROUP_COLUMN: Record<RoutedGroupBy, string> = { none: `''`, contactChannel: `coalesce(r.contact_channel, '')`, team: `coalesce(r.team, '')` };
const FILTER_COLUMN: Record<keyof MetricsFilters, string> = { surveyId: 'r.survey_id::text', contactChannel: 'r.contact_channel', team: 'r.team', channel: 'r.channel' };

/**
 * Scores of the responses routed to departments, and of the responses whose
 * comments carry each complaint theme: what a department's overview and the
 * "what drives the score" analysis are computed from. Reads responses next
 * to this module's items (a read-only join across modules, for speed: the
 * items carry the response id, the responses the score and period).
 * A response belongs to the period of its first answer, as in the metrics.
 */
@Injectable()
export class RoutedScoresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly themes: ThemesService,
  ) {}

  /**
   * Counts per metric and bucket of `bounds` (b0 < … < bk) of the responses
   * routed to `departmentId` (an item there, not withdrawn). An item is
   * created after its response, so the inbox index narrows the items to
   * those from b0 on.
   */
  async sums(departmentId: string, q: { bounds: Date[]; groupBy?: RoutedGroupBy; filters?: MetricsFilters }): Promise<RoutedSumsRow[]> {
    const { params, param } = sqlParams([departmentId, q.bounds, q.bounds[0], q.bounds[q.bounds.length - 1]]);
    // The metrics' own sums, so a department's figures add up as the rollups do.
    const rows: Array<Record<string, string | number>> = await this.dataSource.query(
      `SELECT r.metric, width_bucket(r.created_at, $2::timestamptz[]) AS bucket, ${GROUP_COLUMN[q.groupBy ?? 'none']} AS grp, ${RESPONSE_SUMS}
       FROM feedback_items f JOIN responses r ON r.id = f.response_id
       WHERE f.department_id = $1 AND f.withdrawn_at IS NULL AND f.created_at >= $3
         AND r.created_at >= $3 AND r.created_at < $4${filterSql(q.filters, param)}
       GROUP BY 1, 2, 3`,
      params,
    );
    return rows.map((r) => ({
      metric: r.metric as MetricName,
      bucket: Number(r.bucket),
      group: String(r.grp),
      n: Number(r.n),
      scoreSum: Number(r.score_sum),
      scoreSqSum: Number(r.score_sq_sum),
      promoters: Number(r.promoters),
      detractors: Number(r.detractors),
      satisfied: Number(r.satisfied),
    }));
  }

  /**
   * Per complaint theme of their items (themes as staff last left them), the
   * score histogram of the period's responses to `metric` (each response
   * once). Read from the items' side: the inbox indexes narrow them to those
   * created from `from` on (an item comes after its response). With a
   * department: its items only, and only its own themes.
   */
  async taggedHistograms(q: { metric: MetricName; from: Date; to: Date; filters?: MetricsFilters; departmentId?: string }): Promise<TaggedHistogram[]> {
    const { params, param } = sqlParams([q.metric, q.from, q.to]);
    const filters = filterSql(q.filters, param);
    const department = q.departmentId ? ` AND f.department_id = ${param(q.departmentId)}` : '';
    const [rows, summaries] = await Promise.all([
      this.dataSource.query(
        `SELECT t.theme_key AS key, r.score, count(DISTINCT r.id)::int AS n
         FROM feedback_items f JOIN feedback_item_themes t ON t.item_id = f.id JOIN responses r ON r.id = f.response_id
         WHERE f.withdrawn_at IS NULL AND f.created_at >= $2${department}
           AND r.metric = $1 AND r.created_at >= $2 AND r.created_at < $3${filters}
         GROUP BY 1, 2`,
        params,
      ) as Promise<Array<{ key: string; score: number; n: number }>>,
      this.themes.summaries(),
    ]);
    const themes = new Map<string, Map<number, number>>();
    for (const r of rows) {
      const s = summaries.get(r.key);
      if (!s || s.kind !== 'complaint' || (q.departmentId && s.departmentId !== q.departmentId)) continue;
      if (!themes.has(r.key)) themes.set(r.key, new Map());
      themes.get(r.key)!.set(Number(r.score), Number(r.n));
    }
    return [...themes].map(([key, tagged]) => ({ key, tagged }));
  }
}

/** ` AND r.<column> = $n` per filter given, its value bound with `param`; columns come from code. */
function filterSql(filters: MetricsFilters | undefined, param: (value: unknown) => string): string {
  let sql = '';
  for (const k of Object.keys(FILTER_COLUMN) as Array<keyof MetricsFilters>) {
    const v = filters?.[k];
    if (v !== undefined) sql += ` AND ${FILTER_COLUMN[k]} = ${param(v)}`;
  }
  return sql;
}
