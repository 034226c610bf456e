import { Injectable } from '@nestjs/common';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { LOW_SAMPLE_N, responseRate, roundedMetricValue } from './metric-values';
import type { MetricName, MetricsFilters, MetricsGroupBy, MetricsInterval, SeriesQuery, SeriesRow } from './metric-series';
import { MetricsPeriodsRepository, PeriodBuckets } from './metrics-periods.repository';
import { MetricsReadRepository } from './metrics-read.repository';

/** Enough for daily points over 2.7 years; a longer range asks for weeks or months. */
export const MAX_BUCKETS = 1000;

export interface MetricsQuery {
  metric: MetricName;
  /** YYYY-MM-DD (midnight in timeZone), or an ISO 8601 date-time; without an offset it is a wall time in timeZone. Inclusive. */
  from: string;
  /** As `from`; exclusive. */
  to: string;
  interval?: MetricsInterval;
  /** IANA zone the calendar periods (and `from`/`to` without an offset) are in; default DEFAULT_TIME_ZONE. */
  timeZone?: string;
  groupBy?: MetricsGroupBy;
  filters?: MetricsFilters;
  /** 'raw' skips the rollups (the reference the rollups are tested against). */
  source?: 'rollup' | 'raw';
}

export interface MetricsGroupView {
  /** Survey id, contact channel, team or survey channel; null for "none recorded" and when not grouped. */
  group: string | null;
  n: number;
  value: number | null;
  marginOfError: number | null;
  lowSample: boolean;
  promoters?: number;
  passives?: number;
  detractors?: number;
  satisfied?: number;
  responseRate: { delivered: number; answered: number; rate: number | null };
}

export interface MetricsBucketView {
  /** Local date the calendar period starts on (a Monday for weeks); null without an interval. */
  start: string | null;
  /** The instants the bucket covers, [from, to), clipped to the query's period. */
  from: string;
  to: string;
  groups: MetricsGroupView[];
}

export interface MetricsView {
  metric: MetricName;
  interval: MetricsInterval;
  timeZone: string;
  groupBy: MetricsGroupBy;
  from: string;
  to: string;
  buckets: MetricsBucketView[];
}

@Injectable()
export class MetricsService {
  constructor(
    private readonly periods: MetricsPeriodsRepository,
    private readonly reads: MetricsReadRepository,
    private readonly locale: LocaleConfig,
  ) {}

  /**
   * A metric per calendar period and group. Responses fall in the period of
   * their first answer (responses.created_at; a changed score keeps that
   * time and counts once, with its latest value); invitations in the period
   * they were sent (sent_at), so the response rate is the share of the
   * invitations delivered in a period that were answered, whenever.
   */
  async query(q: MetricsQuery): Promise<MetricsView> {
    const interval = q.interval ?? 'none';
    const timeZone = q.timeZone ?? this.locale.defaultTimeZone;
    const groupBy = q.groupBy ?? 'none';
    const filters = q.filters ?? {};
    const period = await this.period(q.from, q.to, interval, timeZone);

    const series = { metric: q.metric, groupBy, filters, bounds: period.bounds };
    const rows =
      q.source === 'raw'
        ? await this.reads.seriesFromRawRows({ ...series, interval, timeZone, labels: period.labels })
        : await this.reads.series(series);
    return {
      metric: q.metric,
      interval,
      timeZone,
      groupBy,
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      buckets: assemble(q.metric, groupBy, period.bounds, period.labels, rows),
    };
  }

  /**
   * The instants that cut [from, to) into calendar periods of `timeZone`
   * (see MetricsPeriodsRepository.periodBuckets); bad input is an InvalidInputError
   * naming the parameter.
   */
  async period(from: string, to: string, interval: MetricsInterval, timeZone: string = this.locale.defaultTimeZone): Promise<PeriodBuckets> {
    const period = await this.periods.periodBuckets(from, to, interval, timeZone, MAX_BUCKETS).catch((err: { code?: string; message?: string }) => {
      // PostgreSQL's zone list can lag Node's.
      if (err.code === '22023' && /time zone/.test(err.message ?? '')) throw new InvalidInputError('timeZone must be a valid IANA time-zone', 'timeZone');
      if (err.code === '22008' || err.code === '22007') throw new InvalidInputError(`from and to must be valid dates: ${err.message}`, 'from');
      throw err;
    });
    if (period.from.getTime() >= period.to.getTime()) throw new InvalidInputError('to must be later than from', 'to');
    if (period.labels.length > MAX_BUCKETS) {
      throw new InvalidInputError(`interval must give at most ${MAX_BUCKETS} periods between from and to (use a longer interval or a shorter period)`, 'interval');
    }
    return period;
  }

  /**
   * The counts behind the metric per bucket of `bounds` and group, from the
   * rollups: for callers that compute more than a value from them (tests of
   * a change, trends with bands). Buckets and groups without rows are absent.
   */
  sums(q: SeriesQuery): Promise<SeriesRow[]> {
    return this.reads.series(q);
  }

  /** `sums` of several series, in their order, from one snapshot and in one statement (a page of many charts). */
  sumsMany(queries: SeriesQuery[]): Promise<SeriesRow[][]> {
    return this.reads.seriesMany(queries);
  }
}

/** Every bucket lists every group seen anywhere in the series (n = 0 where it had none), so trend lines have no holes. */
function assemble(metric: MetricName, groupBy: MetricsGroupBy, bounds: Date[], labels: Array<string | null>, rows: SeriesRow[]): MetricsBucketView[] {
  const groups = groupBy === 'none' ? [''] : [...new Set(rows.map((r) => r.group))].sort(compareGroups);
  const byKey = new Map(rows.map((r) => [`${r.bucket}\u0000${r.group}`, r]));
  return labels.map((start, i) => ({
    start,
    from: bounds[i].toISOString(),
    to: bounds[i + 1].toISOString(),
    groups: groups.map((group) => view(metric, group, byKey.get(`${i + 1}\u0000${group}`))),
  }));
}

/** Named groups alphabetically, "none recorded" last. */
function compareGroups(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function view(metric: MetricName, group: string, row: SeriesRow | undefined): MetricsGroupView {
  const r = row ?? { n: 0, scoreSum: 0, scoreSqSum: 0, promoters: 0, detractors: 0, satisfied: 0, delivered: 0, answered: 0 };
  return {
    group: group === '' ? null : group,
    n: r.n,
    ...roundedMetricValue(metric, r),
    lowSample: r.n < LOW_SAMPLE_N,
    ...(metric === 'nps' ? { promoters: r.promoters, passives: r.n - r.promoters - r.detractors, detractors: r.detractors } : {}),
    ...(metric === 'csat' ? { satisfied: r.satisfied } : {}),
    responseRate: { delivered: r.delivered, answered: r.answered, rate: responseRate(r.delivered, r.answered) },
  };
}
