import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '@feedloop/auth/access-scope';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { parseDateParam } from '@feedloop/core/http/date-param';
import { assertCanWorkChurn } from './churn-cases.service';
import { AnalyticsGroup, ChurnAnalyticsDto, ChurnAnalyticsRowDto } from './dto/churn-case.dto';

/**
 * SQL of each grouping; written into the query, so only these constants.
 * Segment is read live from the customer's attributes (customers is another
 * module's table, joined read-only for one grouped scan instead of a look-up
 * per case).
 */
const GROUP_SQL: Record<AnalyticsGroup, string> = {
  reason: 'k.interview_primary_reason',
  plan: 'k.plan',
  segment: `nullif(btrim(c.attributes->>'segment'), '')`,
  tenureBand: `CASE WHEN k.customer_since IS NULL THEN NULL
                    WHEN k.cancelled_at < k.customer_since + interval '3 months' THEN '<3m'
                    WHEN k.cancelled_at < k.customer_since + interval '12 months' THEN '3-12m'
                    WHEN k.cancelled_at < k.customer_since + interval '24 months' THEN '1-2y'
                    ELSE '2y+' END`,
  // Spelling varies ("Netia", "netia "): one group per name as written, case and spaces aside.
  competitor: `CASE WHEN k.interview_destination = 'competitor' THEN nullif(lower(btrim(k.interview_competitor)), '') END`,
};

interface GroupRow {
  key: string | null;
  count: number;
  value: string;
  won_back: number;
  lost: number;
}

/** Churn by reason, plan, segment, tenure band or competitor: what leaving costs and how much is won back. */
@Injectable()
export class ChurnAnalyticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Cases whose cancellation falls in [from, to), grouped; largest count first, unknown (null) last. */
  async byGroup(scope: AccessScope, query: { from: string; to: string; groupBy?: AnalyticsGroup }): Promise<ChurnAnalyticsDto> {
    assertCanWorkChurn(scope);
    const { from, to } = period(query);
    const groupBy = query.groupBy ?? 'reason';
    const rows: GroupRow[] = await this.dataSource.query(
      `SELECT ${GROUP_SQL[groupBy]} AS key, count(*)::int AS count, coalesce(sum(k.value_at_risk), 0)::text AS value,
              (count(*) FILTER (WHERE k.status = 'won_back'))::int AS won_back, (count(*) FILTER (WHERE k.status = 'lost'))::int AS lost
       FROM churn_cases k JOIN customers c ON c.id = k.customer_id
       WHERE k.cancelled_at >= $1 AND k.cancelled_at < $2
       GROUP BY 1`,
      [from, to],
    );
    // Sorted here, not by the database's collation, so the order is the same on every server.
    const groups = rows.map(toRow).sort((a, b) => b.count - a.count || (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1));
    const total = toRow({
      key: null,
      count: groups.reduce((n, g) => n + g.count, 0),
      value: String(rows.reduce((n, r) => n + Math.round(Number(r.value) * 100), 0) / 100),
      won_back: groups.reduce((n, g) => n + g.wonBack, 0),
      lost: groups.reduce((n, g) => n + g.lost, 0),
    });
    return { from: from.toISOString(), to: to.toISOString(), groupBy, groups, total };
  }

  async summary(scope: AccessScope, query: { from: string; to: string }): Promise<ChurnPeriodSummary> {
    assertCanWorkChurn(scope);
    const { from, to } = period(query);
    const [r] = await this.dataSource.query(
      `SELECT count(*)::int AS count,
              (count(*) FILTER (WHERE status = 'won_back'))::int AS won_back,
              (count(*) FILTER (WHERE status = 'lost'))::int AS lost,
              coalesce(sum(value_at_risk) FILTER (WHERE status = 'won_back'), 0)::text AS saved,
              (count(*) FILTER (WHERE first_contacted_at IS NOT NULL))::int AS contacted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_contacted_at - created_at)) FILTER (WHERE first_contacted_at IS NOT NULL) AS median_s,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_contacted_at - created_at)) FILTER (WHERE first_contacted_at IS NOT NULL) AS p90_s
       FROM churn_cases WHERE cancelled_at >= $1 AND cancelled_at < $2`,
      [from, to],
    );
    const hours = (s: unknown) => (s === null || s === undefined ? null : Math.round((Math.max(0, Number(s)) / 3600) * 10) / 10);
    return {
      count: r.count,
      wonBack: r.won_back,
      lost: r.lost,
      winBackRate: winBackRate(r.won_back, r.lost),
      revenueSaved: Math.round(Number(r.saved) * 100) / 100,
      firstContact: { n: r.contacted, medianHours: hours(r.median_s), p90Hours: hours(r.p90_s) },
    };
  }

  async reasonsByMonth(scope: AccessScope, query: { from: string; to: string }): Promise<ReasonsByMonth> {
    assertCanWorkChurn(scope);
    const { from, to } = period(query);
    const rows: Array<{ month: string; key: string | null; count: number }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', cancelled_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, interview_primary_reason AS key, count(*)::int AS count
       FROM churn_cases WHERE cancelled_at >= $1 AND cancelled_at < $2 GROUP BY 1, 2`,
      [from, to],
    );
    // Every month of the period, empty ones too, so the chart's axis is time.
    const months: string[] = [];
    const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
    while (cursor < to && months.length < 240) {
      months.push(cursor.toISOString().slice(0, 7));
      cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    }
    const keys = [...new Set(rows.map((r) => r.key))].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
    return {
      months,
      series: keys.map((key) => ({ key, counts: months.map((m) => rows.find((r) => r.key === key && r.month === m)?.count ?? 0) })),
    };
  }
}

function period(query: { from: string; to: string }): { from: Date; to: Date } {
  const from = parseDateParam(query.from, 'from');
  const to = parseDateParam(query.to, 'to');
  if (to <= from) throw new InvalidInputError('to must be after from', 'to');
  return { from, to };
}

/** The win-back and first-contact figures of a period's cases: what the retention team achieved, and how fast. */
export interface ChurnPeriodSummary {
  count: number;
  wonBack: number;
  lost: number;
  winBackRate: number | null;
  /** Monthly value of the won-back cases (unknown counts 0). */
  revenueSaved: number;
  /** Hours from opening to the first contact, over the cases contacted; null when none was. */
  firstContact: { n: number; medianHours: number | null; p90Hours: number | null };
}

/** Primary reasons per calendar month (UTC) of the cancellation; `key` null: no interview yet. */
export interface ReasonsByMonth {
  months: string[];
  series: Array<{ key: string | null; counts: number[] }>;
}

/** wonBack / (wonBack + lost) to 3 decimals; null while no case is closed. */
function winBackRate(wonBack: number, lost: number): number | null {
  const closed = wonBack + lost;
  return closed ? Math.round((wonBack / closed) * 1000) / 1000 : null;
}

function toRow(r: GroupRow): ChurnAnalyticsRowDto {
  return {
    key: r.key,
    count: r.count,
    valueAtRisk: Math.round(Number(r.value) * 100) / 100,
    wonBack: r.won_back,
    lost: r.lost,
    winBackRate: winBackRate(r.won_back, r.lost),
  };
}
