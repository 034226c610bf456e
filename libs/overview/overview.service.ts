import { Injectable } from '@nestjs/common';
import { AccessScope } from '@feedloop/auth/access-scope';
import { AccessDeniedError } from '@feedloop/auth/auth.errors';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { FeedbackStatsService, SlaComplianceRow } from '@feedloop/feedback/feedback-stats.service';
import { RoutedGroupBy, RoutedScoresService, RoutedSumsRow, TaggedHistogram } from '@feedloop/feedback/routed-scores.service';
import { ThemeDriver, countsMoments, histogramMoments, themeDrivers } from '@feedloop/metrics/drivers';
import { LOW_SAMPLE_N, ScoreCounts, metricDecimals, roundedMetricValue } from '@feedloop/metrics/metric-values';
import { METRIC_NAMES } from '@feedloop/metrics/dto/metrics-query.dto';
import type { MetricName, MetricsFilters, SeriesRow } from '@feedloop/metrics/metric-series';
import { MetricsService } from '@feedloop/metrics/metrics.service';
import { MetricChange, compareMetric } from '@feedloop/metrics/significance';
import { ThemesService } from '@feedloop/themes/themes.service';
import { percentOf, roundTo } from '@feedloop/core/i18n/locale-format';
import { OverviewPeriod, addDays, overviewPeriod } from './overview-period';

type LocalName = { pl?: string; en?: string };
/** One series' counts per bucket and group, from the rollups or from routed responses. */
type ScoreRows = Array<ScoreCounts & { bucket: number; group: string }>;

export interface OverviewQuery {
  /** Local dates in the default time zone, both inclusive. */
  from: string;
  to: string;
  /** The metric the breakdowns and the drivers are about. */
  metric: MetricName;
  filters: Pick<MetricsFilters, 'surveyId' | 'contactChannel' | 'team'>;
  /** Admins and analysts may narrow to one department (a head is always narrowed to theirs). */
  departmentId?: string;
}

/** One value with what is needed to read it: n, its 95% margin, whether n < 30. */
export interface MetricFigure {
  n: number;
  value: number | null;
  margin: number | null;
  lowSample: boolean;
}

export interface HeadlineMetric extends MetricFigure {
  metric: MetricName;
  previous: MetricFigure;
  change: MetricChange;
}

export interface TrendPoint extends MetricFigure {
  /** Band of the 95% interval (value ∓ margin), null without one. */
  low: number | null;
  high: number | null;
}

export interface GroupFigure extends MetricFigure {
  /** '' for none recorded. */
  group: string;
}

export interface ChannelRate {
  channel: string;
  delivered: number;
  answered: number;
  rate: number | null;
}

export interface DepartmentThemeVolume {
  departmentId: string;
  key: string;
  name: string;
  total: number;
  themes: Array<{ key: string; name: LocalName; items: number }>;
  /** Theme mentions per trend bucket. */
  trend: number[];
}

export interface NamedDriver extends ThemeDriver {
  name: LocalName;
}

export interface Overview {
  period: OverviewPeriod & { timeZone: string };
  /** The period as instants: its first local midnight and the one after its last day, in `period.timeZone`. */
  bounds: { from: Date; to: Date };
  metric: MetricName;
  /** The department the scores are narrowed to (a head's own, or the one an admin chose); null: everyone's responses. */
  department: { id: string; key: string; name: string } | null;
  headline: HeadlineMetric[];
  /** Trend buckets: the local date each starts on. */
  trendLabels: string[];
  trend: Record<MetricName, TrendPoint[]>;
  /** Responses / delivered invitations per survey channel; null when narrowed to a department (invitations are not routed). */
  responseRate: ChannelRate[] | null;
  byContactChannel: GroupFigure[];
  byTeam: GroupFigure[];
  themeVolume: DepartmentThemeVolume[];
  sla: SlaComplianceRow[];
  drivers: NamedDriver[];
}

const NO_SCORES: ScoreCounts = { n: 0, scoreSum: 0, scoreSqSum: 0, promoters: 0, detractors: 0, satisfied: 0 };

const figure = (metric: MetricName, c: ScoreCounts | undefined): MetricFigure => {
  const counts = c ?? NO_SCORES;
  const v = roundedMetricValue(metric, counts);
  return { n: counts.n, value: v.value, margin: v.marginOfError, lowSample: counts.n < LOW_SAMPLE_N };
};

/**
 * The overview page's figures for a period, in the caller's scope:
 * - admins and analysts: every response (metrics from the rollups), every
 *   department's items; narrowed to one department when they ask;
 * - a department head, and an admin narrowing to a department: the scores
 *   of the responses routed to that department (an item there), its themes,
 *   items and SLA only; no response rates (invitations belong to no
 *   department);
 * - anyone else: AccessDeniedError.
 * The drivers are computed over the same responses as the scores shown.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly metrics: MetricsService,
    private readonly routed: RoutedScoresService,
    private readonly stats: FeedbackStatsService,
    private readonly themes: ThemesService,
    private readonly departments: DepartmentsService,
    private readonly locale: LocaleConfig,
  ) {}

  async build(scope: AccessScope, q: OverviewQuery): Promise<Overview> {
    const departmentId = scope.seesAllDepartments ? q.departmentId : scope.ownDepartmentId ?? undefined;
    if (!scope.seesAllDepartments && !departmentId) throw new AccessDeniedError('the overview shows department data');
    const timeZone = this.locale.defaultTimeZone;
    const period = overviewPeriod(q.from, q.to);
    const toExclusive = addDays(q.to, 1);
    const [previous, trendPeriod] = await Promise.all([
      this.metrics.period(period.previousFrom, q.from, 'none', timeZone),
      this.metrics.period(q.from, toExclusive, period.interval, timeZone),
    ]);
    // The trend's buckets span exactly the period.
    const current = { from: trendPeriod.from, to: trendPeriod.to };
    const filters: MetricsFilters = { ...q.filters };

    const [scores, themeVolume, sla, tagged, department] = await Promise.all([
      this.scores(departmentId, q.metric, filters, {
        headline: [previous.from, current.from, current.to],
        trend: trendPeriod.bounds,
        current: [current.from, current.to],
      }),
      this.themeVolume(scope, departmentId, trendPeriod.bounds, q.filters),
      this.stats.slaCompliance(scope, { departmentId, from: current.from, to: current.to }),
      this.routed.taggedHistograms({ metric: q.metric, from: current.from, to: current.to, filters, departmentId }),
      departmentId ? this.departments.get(departmentId) : null,
    ]);
    const { headline: headlineRows, trend: trendRows, channel: channelRows, contact: contactRows, team: teamRows } = scores;

    const headline = METRIC_NAMES.map((metric, i) => {
      const rows = headlineRows[i];
      const prev = rows.find((r) => r.bucket === 1);
      const cur = rows.find((r) => r.bucket === 2);
      return { metric, ...figure(metric, cur), previous: figure(metric, prev), change: compareMetric(metric, cur ?? NO_SCORES, prev ?? NO_SCORES) };
    });

    const trend = Object.fromEntries(
      METRIC_NAMES.map((metric, i) => [
        metric,
        trendPeriod.labels.map((_, b) => {
          const f = figure(metric, trendRows[i].find((r) => r.bucket === b + 1));
          const band = f.value !== null && f.margin !== null;
          const d = metricDecimals(metric);
          return { ...f, low: band ? roundTo(f.value! - f.margin!, d) : null, high: band ? roundTo(f.value! + f.margin!, d) : null };
        }),
      ]),
    ) as Record<MetricName, TrendPoint[]>;

    const groups = (rows: Array<ScoreCounts & { group: string }>) =>
      rows.map((r) => ({ group: r.group, ...figure(q.metric, r) })).sort((a, b) => b.n - a.n || a.group.localeCompare(b.group));

    let responseRate: ChannelRate[] | null = null;
    if (channelRows) {
      const byChannel = new Map<string, { delivered: number; answered: number }>();
      for (const r of channelRows.flat()) {
        const c = byChannel.get(r.group) ?? { delivered: 0, answered: 0 };
        c.delivered += r.delivered;
        c.answered += r.answered;
        byChannel.set(r.group, c);
      }
      responseRate = [...byChannel]
        .map(([channel, c]) => ({ channel, ...c, rate: percentOf(c.answered, c.delivered) }))
        .sort((a, b) => a.channel.localeCompare(b.channel));
    }

    return {
      period: { ...period, timeZone },
      bounds: { from: current.from, to: current.to },
      metric: q.metric,
      department: department ? { id: department.id, key: department.key, name: department.name } : null,
      headline,
      trendLabels: trendPeriod.labels.map((l) => l ?? q.from),
      trend,
      responseRate,
      byContactChannel: groups(contactRows),
      byTeam: groups(teamRows),
      themeVolume,
      sla,
      drivers: await this.drivers(q.metric, headlineRows[METRIC_NAMES.indexOf(q.metric)].find((r) => r.bucket === 2), tagged),
    };
  }

  /**
   * The counts behind the scores, per metric in METRIC_NAMES order where there is
   * one per metric: for everyone's responses all from the rollups in one
   * statement; for a department from the responses routed to it (no
   * response rates: invitations are not routed).
   */
  private async scores(
    departmentId: string | undefined,
    metric: MetricName,
    filters: MetricsFilters,
    bounds: { headline: Date[]; trend: Date[]; current: Date[] },
  ): Promise<{ headline: ScoreRows[]; trend: ScoreRows[]; channel: SeriesRow[][] | null; contact: ScoreRows; team: ScoreRows }> {
    if (!departmentId) {
      const rows = await this.metrics.sumsMany([
        ...METRIC_NAMES.map((m) => ({ metric: m, bounds: bounds.headline, groupBy: 'none' as const, filters })),
        ...METRIC_NAMES.map((m) => ({ metric: m, bounds: bounds.trend, groupBy: 'none' as const, filters })),
        ...METRIC_NAMES.map((m) => ({ metric: m, bounds: bounds.current, groupBy: 'channel' as const, filters })),
        { metric, bounds: bounds.current, groupBy: 'contactChannel', filters },
        { metric, bounds: bounds.current, groupBy: 'team', filters },
      ]);
      const n = METRIC_NAMES.length;
      return { headline: rows.slice(0, n), trend: rows.slice(n, 2 * n), channel: rows.slice(2 * n, 3 * n), contact: rows[3 * n], team: rows[3 * n + 1] };
    }
    const routed = (b: Date[], groupBy: RoutedGroupBy = 'none') => this.routed.sums(departmentId, { bounds: b, groupBy, filters });
    const [headline, trend, contact, team] = await Promise.all([
      routed(bounds.headline),
      routed(bounds.trend),
      routed(bounds.current, 'contactChannel'),
      routed(bounds.current, 'team'),
    ]);
    const perMetric = (rows: RoutedSumsRow[]) => METRIC_NAMES.map((m) => rows.filter((r) => r.metric === m));
    return {
      headline: perMetric(headline),
      trend: perMetric(trend),
      channel: null,
      contact: contact.filter((r) => r.metric === metric),
      team: team.filter((r) => r.metric === metric),
    };
  }

  private async themeVolume(
    scope: AccessScope,
    departmentId: string | undefined,
    bounds: Date[],
    filters: OverviewQuery['filters'],
  ): Promise<DepartmentThemeVolume[]> {
    const [rows, summaries, departments] = await Promise.all([
      this.stats.themeVolume(scope, { departmentId, bounds, ...filters }),
      this.themes.summaries(),
      this.departments.listVisible(scope),
    ]);
    const buckets = bounds.length - 1;
    const out = new Map<string, DepartmentThemeVolume>();
    for (const r of rows) {
      if (r.bucket < 1 || r.bucket > buckets) continue;
      const d = departments.find((x) => x.id === r.departmentId);
      if (!d) continue;
      let v = out.get(d.id);
      if (!v) {
        v = { departmentId: d.id, key: d.key, name: d.name, total: 0, themes: [], trend: Array(buckets).fill(0) };
        out.set(d.id, v);
      }
      v.total += r.items;
      v.trend[r.bucket - 1] += r.items;
      let t = v.themes.find((x) => x.key === r.themeKey);
      if (!t) {
        t = { key: r.themeKey, name: summaries.get(r.themeKey)?.name ?? {}, items: 0 };
        v.themes.push(t);
      }
      t.items += r.items;
    }
    for (const v of out.values()) v.themes.sort((a, b) => b.items - a.items || a.key.localeCompare(b.key));
    return [...out.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  }

  /** Drivers over the same responses as the scores shown: their totals, and the tagged ones per theme. */
  private async drivers(metric: MetricName, current: ScoreCounts | undefined, tagged: TaggedHistogram[]): Promise<NamedDriver[]> {
    if (!current) return [];
    const summaries = await this.themes.summaries();
    const themes = tagged.map((t) => ({ key: t.key, tagged: histogramMoments(metric, t.tagged) }));
    return themeDrivers(metric, countsMoments(metric, current), themes).map((d) => ({ ...d, name: summaries.get(d.key)?.name ?? {} }));
  }
}
