import type { Locale } from '@feedloop/auth/roles';
import type { ChurnPeriodSummary, ReasonsByMonth } from '@feedloop/churn/churn-analytics.service';
import type { ChurnCaseDto } from '@feedloop/churn/dto/churn-case.dto';
import type { ChurnAnalyticsDto, ChurnAnalyticsRowDto } from '@feedloop/churn/dto/churn-case.dto';
import { REASON_LABELS } from '@feedloop/churn/churn-reasons';
import { DECIMALS, formatDate, formatNumber } from '@feedloop/core/i18n/locale-format';
import { translate } from '../i18n/translate';
import { BuildContext, ChartTable, OverviewSection, PALETTE, viewOf } from './overview-view';

const LINE = '#b45309';
const TOP_REASONS = 5;

/** A primary reason's label in the page's language; null: no interview recorded yet. */
export function reasonLabel(locale: Locale, key: string | null): string {
  if (key === null) return translate(locale, 'retention.noInterview');
  return (REASON_LABELS[locale] as Record<string, string>)[key] ?? key;
}

/** What the board and the case page show of a case at a glance. */
export function caseRow(c: ChurnCaseDto, locale: Locale, now = new Date()) {
  const due = new Date(c.firstContactDue);
  return {
    id: c.id,
    href: `/retention/cases/${c.id}`,
    customer: c.customer.name || c.customer.externalId || translate(locale, 'customers.erasedName'),
    externalId: c.customer.externalId,
    status: c.status,
    owner: c.owner?.name ?? null,
    value: c.valueAtRisk === null ? null : formatNumber(locale, c.valueAtRisk, 2),
    reason: c.interview ? reasonLabel(locale, c.interview.primaryReason) : c.recordedReason,
    source: c.source,
    firstContactDue: c.firstContactDue,
    contacted: c.firstContactedAt !== null,
    breached: c.firstContactBreached,
    // Still due, within the last quarter of a day: worth a warning before it is a breach.
    dueSoon: !c.firstContactedAt && !c.firstContactBreached && due.getTime() - now.getTime() < 6 * 3_600_000,
  };
}

const pct = (rate: number | null) => ({ n: rate === null ? null : Math.round(rate * 1000) / 10, d: DECIMALS.percent, pct: true });

/** Reasons, largest first, as bars with the cumulative share as a line (a Pareto chart). */
function paretoTable(name: string, title: string, a: ChurnAnalyticsDto, by: 'count' | 'valueAtRisk', ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const groups = [...a.groups].sort((x, y) => y[by] - x[by] || x.count - y.count);
  const total = groups.reduce((n, g) => n + g[by], 0);
  let running = 0;
  const cumulative = groups.map((g) => {
    running += g[by];
    return total ? Math.round((running / total) * 1000) / 10 : null;
  });
  const labels = groups.map((g) => reasonLabel(ctx.locale, g.key));
  const decimals = by === 'count' ? 0 : 2;
  return {
    name,
    title,
    columns: [t('retention.col.reason'), t(by === 'count' ? 'retention.col.cases' : 'retention.col.valueAtRisk'), t('retention.col.cumulative')],
    rows: groups.map((g, i) => [labels[i], { n: g[by], d: decimals }, { n: cumulative[i], d: DECIMALS.percent, pct: true }]),
    chart: {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { type: 'bar', label: t(by === 'count' ? 'retention.col.cases' : 'retention.col.valueAtRisk'), data: groups.map((g) => g[by]), backgroundColor: PALETTE[0], yAxisID: 'y', order: 2 },
          { type: 'line', label: t('retention.col.cumulative'), data: cumulative, borderColor: LINE, backgroundColor: LINE, yAxisID: 'y1', order: 1 },
        ],
      },
      options: {
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true, position: 'left' }, y1: { beginAtZero: true, max: 100, position: 'right', grid: { drawOnChartArea: false } } },
      },
    },
  };
}

function monthlyTable(m: ReasonsByMonth, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const labels = m.months.map((month) => formatDate(ctx.locale, new Date(`${month}-01T00:00:00Z`), { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const names = m.series.map((s) => reasonLabel(ctx.locale, s.key));
  return {
    name: 'reasons-monthly',
    title: t('retention.analytics.monthly'),
    columns: [t('retention.col.month'), ...names],
    rows: labels.map((l, i) => [l, ...m.series.map((s) => ({ n: s.counts[i], d: 0 }))]),
    chart: {
      type: 'bar',
      data: { labels, datasets: m.series.map((s, i) => ({ label: names[i], data: s.counts, backgroundColor: PALETTE[i % PALETTE.length] })) },
      options: { plugins: { legend: { position: 'bottom' } }, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    },
  };
}

/** Cases, value at risk, won back, lost and win-back rate per plan, segment, tenure band or competitor. */
function groupTable(name: string, title: string, column: string, a: ChurnAnalyticsDto, ctx: BuildContext, label: (k: string | null) => string): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  return {
    name,
    title,
    columns: [column, t('retention.col.cases'), t('retention.col.valueAtRisk'), t('retention.col.wonBack'), t('retention.col.lost'), t('retention.col.winBackRate')],
    rows: a.groups.map((g: ChurnAnalyticsRowDto) => [label(g.key), { n: g.count, d: 0 }, { n: g.valueAtRisk, d: 2 }, { n: g.wonBack, d: 0 }, { n: g.lost, d: 0 }, pct(g.winBackRate)]),
    chart: {
      type: 'bar',
      data: { labels: a.groups.map((g) => label(g.key)), datasets: [{ label: t('retention.col.cases'), data: a.groups.map((g) => g.count), backgroundColor: PALETTE[0] }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
  };
}

function winBackTable(s: ChurnPeriodSummary, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  return {
    name: 'win-back',
    title: t('retention.analytics.winBack'),
    columns: [t('retention.col.figure'), t('retention.col.value')],
    rows: [
      [t('retention.col.cases'), { n: s.count, d: 0 }],
      [t('retention.col.closed'), { n: s.wonBack + s.lost, d: 0 }],
      [t('retention.col.wonBack'), { n: s.wonBack, d: 0 }],
      [t('retention.col.lost'), { n: s.lost, d: 0 }],
      [t('retention.col.winBackRate'), pct(s.winBackRate)],
      [t('retention.col.revenueSaved'), { n: s.revenueSaved, d: 2 }],
    ],
  };
}

function firstContactTable(s: ChurnPeriodSummary, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  return {
    name: 'first-contact',
    title: t('retention.analytics.firstContact'),
    columns: [t('retention.col.figure'), t('retention.col.value')],
    rows: [
      [t('retention.col.contactedCases'), { n: s.firstContact.n, d: 0 }],
      [t('retention.col.medianHours'), { n: s.firstContact.medianHours, d: 1 }],
      [t('retention.col.p90Hours'), { n: s.firstContact.p90Hours, d: 1 }],
    ],
  };
}

export interface RetentionFigures {
  reasons: ChurnAnalyticsDto;
  plan: ChurnAnalyticsDto;
  segment: ChurnAnalyticsDto;
  tenureBand: ChurnAnalyticsDto;
  competitor: ChurnAnalyticsDto;
  monthly: ReasonsByMonth;
  summary: ChurnPeriodSummary;
}

/** The analytics page's charts, each with its table and CSV link (the same rows). */
export function retentionTables(f: RetentionFigures, ctx: BuildContext): Array<ChartTable & ReturnType<typeof viewOf>> {
  const t = (key: string) => translate(ctx.locale, key);
  const unknown = t('retention.unknown');
  const tables = [
    paretoTable('pareto-count', t('retention.analytics.paretoCount'), f.reasons, 'count', ctx),
    paretoTable('pareto-value', t('retention.analytics.paretoValue'), f.reasons, 'valueAtRisk', ctx),
    monthlyTable(f.monthly, ctx),
    groupTable('by-plan', t('retention.analytics.byPlan'), t('retention.col.plan'), f.plan, ctx, (k) => k ?? unknown),
    groupTable('by-segment', t('retention.analytics.bySegment'), t('retention.col.segment'), f.segment, ctx, (k) => k ?? unknown),
    groupTable('by-tenure', t('retention.analytics.byTenure'), t('retention.col.tenure'), f.tenureBand, ctx, (k) => (k ? t(`retention.tenure.${k}`) : unknown)),
    groupTable('competitors', t('retention.analytics.competitors'), t('retention.col.competitor'), { ...f.competitor, groups: f.competitor.groups.filter((g) => g.key !== null) }, ctx, (k) => k ?? unknown),
    winBackTable(f.summary, ctx),
    firstContactTable(f.summary, ctx),
  ];
  return tables.map((table) => Object.assign(table, viewOf(table, ctx)));
}

/** The overview's churn section (issue 11): the top reasons and the win-back rate with its n. */
/** `notApplied`: the page's filters set but meaningless for churn cases (lower-case labels), said in the intro. */
export function churnOverviewSection(reasons: ChurnAnalyticsDto, ctx: BuildContext, notApplied: string[] = []): OverviewSection {
  const t = (key: string, params?: Record<string, unknown>) => translate(ctx.locale, key, params);
  const top: ChartTable = {
    name: 'churn-reasons',
    title: t('retention.overview.reasons'),
    columns: [t('retention.col.reason'), t('retention.col.cases'), t('retention.col.valueAtRisk')],
    rows: reasons.groups.slice(0, TOP_REASONS).map((g) => [reasonLabel(ctx.locale, g.key), { n: g.count, d: 0 }, { n: g.valueAtRisk, d: 2 }]),
  };
  const total = reasons.total;
  const winBack: ChartTable = {
    name: 'churn-win-back',
    title: t('retention.overview.winBack'),
    columns: [t('retention.col.figure'), t('retention.col.value')],
    rows: [
      [t('retention.col.closed'), { n: total.wonBack + total.lost, d: 0 }],
      [t('retention.col.wonBack'), { n: total.wonBack, d: 0 }],
      [t('retention.col.winBackRate'), pct(total.winBackRate)],
    ],
  };
  return {
    key: 'churn',
    partial: 'overview/charts',
    title: t('retention.overview.title'),
    intro: [
      t('retention.overview.intro', { cases: t('units.cases', { count: total.count }) }),
      notApplied.length ? t('retention.overview.notFiltered', { filters: new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(notApplied) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
    tables: [top, winBack].map((table) => Object.assign(table, viewOf(table, ctx))),
  };
}
