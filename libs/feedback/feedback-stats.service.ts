import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AccessScope } from '@feedloop/auth/access-scope';
import { sqlParams } from '@feedloop/core/database/sql-params';
import { percentOf } from '@feedloop/core/i18n/locale-format';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { ThemesService } from '@feedloop/themes/themes.service';

export interface WeeklyThemeSeries {
  weeks: string[];
  series: Array<{ key: string; name: { pl?: string; en?: string }; counts: number[] }>;
}

export interface SlaComplianceRow {
  department: { key: string; name: string };
  items: number;
  acknowledgedOnTime: number;
  resolvedOnTime: number;
  breachedOpen: number;
  /** Percent (0–100, one decimal) of items acknowledged by their deadline, of those whose deadline has passed or that were acknowledged; null when none. */
  ackRate: number | null;
  resolveRate: number | null;
}

/** The item's own copies of its response's filters; columns come from code. */
const ITEM_FILTER_COLUMN = { surveyId: 'f.survey_id::text', contactChannel: 'f.contact_channel', team: 'f.team' } as const;

/** Theme mentions on items of one department, theme and bucket. */
export interface ThemeVolumeRow {
  departmentId: string;
  themeKey: string;
  /** 1-based bucket of the bounds asked for. */
  bucket: number;
  items: number;
}

/** Counts behind the inbox charts, within the caller's scope (a head sees their department's only). */
@Injectable()
export class FeedbackStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly themes: ThemesService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Items per ISO week (Monday, UTC) and theme over the last `weeks` weeks; items without a theme count as "none". */
  async weeklyByTheme(scope: AccessScope, opts: { departmentId?: string; weeks: number }): Promise<WeeklyThemeSeries> {
    const { where, params } = scoped(scope, opts.departmentId);
    params.push(Math.max(1, Math.min(opts.weeks, 104)));
    const rows: Array<{ week: string; key: string; n: number }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('week', f.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, coalesce(t.theme_key, 'none') AS key, count(*)::int AS n
       FROM feedback_items f LEFT JOIN feedback_item_themes t ON t.item_id = f.id
       WHERE ${where} AND f.created_at >= date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - make_interval(weeks => $${params.length} - 1)
       GROUP BY 1, 2`,
      params,
    );
    const weeks: string[] = [];
    const monday = startOfIsoWeek(new Date());
    for (let i = opts.weeks - 1; i >= 0; i--) weeks.push(new Date(monday.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10));
    const summaries = await this.themes.summaries();
    const keys = [...new Set(rows.map((r) => r.key))].sort();
    return {
      weeks,
      series: keys.map((key) => ({
        key,
        name: summaries.get(key)?.name ?? { pl: 'bez tematu', en: 'no theme' },
        counts: weeks.map((w) => rows.find((r) => r.week === w && r.key === key)?.n ?? 0),
      })),
    };
  }

  async topThemes(scope: AccessScope, opts: { departmentId?: string; from: Date; to: Date; limit?: number }): Promise<Array<{ key: string; name: { pl?: string; en?: string }; count: number }>> {
    const { where, params } = scoped(scope, opts.departmentId);
    params.push(opts.from, opts.to, opts.limit ?? 10);
    const rows: Array<{ key: string; n: number }> = await this.dataSource.query(
      `SELECT t.theme_key AS key, count(*)::int AS n FROM feedback_items f JOIN feedback_item_themes t ON t.item_id = f.id
       WHERE ${where} AND f.created_at >= $${params.length - 2} AND f.created_at < $${params.length - 1}
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $${params.length}`,
      params,
    );
    const summaries = await this.themes.summaries();
    return rows.map((r) => ({ key: r.key, name: summaries.get(r.key)?.name ?? {}, count: r.n }));
  }

  /**
   * Praise found in comments, per praise theme, for the departments the
   * scope sees (a theme's owner: praise of delivery is Logistics'). Praise is
   * never routed as an item, so it is counted from the routing records.
   */
  async praise(scope: AccessScope, opts: { departmentId?: string; from: Date; to: Date }): Promise<Array<{ key: string; name: { pl?: string; en?: string }; count: number }>> {
    const rows: Array<{ key: string; n: number }> = await this.dataSource.query(
      `SELECT t.value->>'key' AS key, count(*)::int AS n
       FROM feedback_response_routings r CROSS JOIN LATERAL jsonb_array_elements(r.themes) AS t(value)
       WHERE r.routed_at >= $1 AND r.routed_at < $2 AND t.value->>'key' LIKE 'praise%'
       GROUP BY 1`,
      [opts.from, opts.to],
    );
    const summaries = await this.themes.summaries();
    const own = scope.seesAllDepartments ? null : scope.ownDepartmentId;
    return rows
      .map((r) => ({ r, s: summaries.get(r.key) }))
      .filter(({ s }) => s?.kind === 'praise' && (scope.seesAllDepartments || s.departmentId === own) && (!opts.departmentId || s.departmentId === opts.departmentId))
      .map(({ r, s }) => ({ key: r.key, name: s!.name, count: r.n }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }

  /**
   * Items per department, theme and bucket of `bounds` (by creation), in the
   * scope; an item with two themes counts once under each. Filters are the
   * item's own survey, contact channel and team.
   */
  async themeVolume(
    scope: AccessScope,
    opts: { departmentId?: string; bounds: Date[]; surveyId?: string; contactChannel?: string; team?: string },
  ): Promise<ThemeVolumeRow[]> {
    const visible = scoped(scope, opts.departmentId);
    const { params, param } = sqlParams(visible.params);
    const bounds = param(opts.bounds);
    const range = `f.created_at >= ${param(opts.bounds[0])} AND f.created_at < ${param(opts.bounds[opts.bounds.length - 1])}`;
    const extra = (Object.keys(ITEM_FILTER_COLUMN) as Array<keyof typeof ITEM_FILTER_COLUMN>)
      .filter((k) => opts[k] !== undefined)
      .map((k) => ` AND ${ITEM_FILTER_COLUMN[k]} = ${param(opts[k])}`)
      .join('');
    const rows: Array<{ departmentId: string; themeKey: string; bucket: number; items: number }> = await this.dataSource.query(
      `SELECT f.department_id AS "departmentId", t.theme_key AS "themeKey", width_bucket(f.created_at, ${bounds}::timestamptz[]) AS bucket, count(*)::int AS items
       FROM feedback_items f JOIN feedback_item_themes t ON t.item_id = f.id
       WHERE ${visible.where} AND ${range}${extra}
       GROUP BY 1, 2, 3`,
      params,
    );
    return rows.map((r) => ({ ...r, bucket: Number(r.bucket) }));
  }

  async slaCompliance(scope: AccessScope, opts: { departmentId?: string; from: Date; to: Date }): Promise<SlaComplianceRow[]> {
    const { where, params } = scoped(scope, opts.departmentId);
    params.push(opts.from, opts.to);
    const rows: Array<{ departmentId: string; items: number; ackDue: number; ackOnTime: number; resolveDue: number; resolveOnTime: number; breachedOpen: number }> =
      await this.dataSource.query(
        `SELECT f.department_id AS "departmentId", count(*)::int AS items,
           count(*) FILTER (WHERE f.acknowledged_at IS NOT NULL OR f.acknowledge_by < now())::int AS "ackDue",
           count(*) FILTER (WHERE f.acknowledged_at IS NOT NULL AND f.acknowledged_at <= f.acknowledge_by)::int AS "ackOnTime",
           count(*) FILTER (WHERE f.resolved_at IS NOT NULL OR f.resolve_by < now())::int AS "resolveDue",
           count(*) FILTER (WHERE f.resolved_at IS NOT NULL AND f.resolved_at <= f.resolve_by)::int AS "resolveOnTime",
           count(*) FILTER (WHERE f.status <> 'resolved' AND (f.resolve_by < now() OR (f.status = 'new' AND f.acknowledge_by < now())))::int AS "breachedOpen"
         FROM feedback_items f
         WHERE ${where} AND f.created_at >= $${params.length - 1} AND f.created_at < $${params.length}
         GROUP BY 1`,
        params,
      );
    const departments = new Map((await this.departments.list()).map((d) => [d.id, d]));
    return rows
      .map((r) => ({
        department: { key: departments.get(r.departmentId)?.key ?? '', name: departments.get(r.departmentId)?.name ?? '' },
        items: r.items,
        acknowledgedOnTime: r.ackOnTime,
        resolvedOnTime: r.resolveOnTime,
        breachedOpen: r.breachedOpen,
        ackRate: percentOf(r.ackOnTime, r.ackDue),
        resolveRate: percentOf(r.resolveOnTime, r.resolveDue),
      }))
      .sort((a, b) => a.department.name.localeCompare(b.department.name));
  }
}

function scoped(scope: AccessScope, departmentId?: string): { where: string; params: unknown[] } {
  const where = ['f.withdrawn_at IS NULL'];
  const params: unknown[] = [];
  if (!scope.seesAllDepartments) {
    const own = scope.ownDepartmentId;
    if (!own) return { where: 'false', params };
    params.push(own);
    where.push(`f.department_id = $${params.length}`);
  }
  if (departmentId) {
    params.push(departmentId);
    where.push(`f.department_id = $${params.length}`);
  }
  return { where: where.join(' AND '), params };
}

function startOfIsoWeek(d: Date): Date {
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
}
