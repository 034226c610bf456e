import type { Locale } from '@feedloop/auth/roles';
import { csvCell } from '@feedloop/core/http/csv-stream';
import { DECIMALS, formatDate, formatNumber } from '@feedloop/core/i18n/locale-format';
import { marginDecimals, metricDecimals } from '@feedloop/metrics/metric-values';
import type { MetricName } from '@feedloop/metrics/metric-series';
import type { GroupFigure, HeadlineMetric, Overview, TrendPoint } from '@feedloop/overview/overview.service';
import { translate } from '../i18n/translate';
import { localName } from './inbox-view';

/** A table cell: text, or a rounded number the page formats in the user's locale and the CSV writes plainly. */
export type Cell = string | { n: number | null; d: number; pct?: boolean; signed?: boolean };

/**
 * One chart's figures: the page's table, its CSV (same rows, same rounding)
 * and, when it is drawn, the chart.js configuration the page script reads.
 */
export interface ChartTable {
  name: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  chart?: Record<string, unknown>;
}

/**
 * A section of the overview page: a partial under views/overview/ and its
 * data. `tables` are what its CSV links serve.
 */
export interface OverviewSection {
  key: string;
  partial: string;
  title: string;
  intro?: string;
  tables: ChartTable[];
  [more: string]: unknown;
}

export const PALETTE = ['#2456c9', '#c2410c', '#15803d', '#a21caf', '#0e7490', '#b45309', '#4338ca', '#be123c', '#4d7c0f', '#0369a1'];
const BAND = 'rgba(36, 86, 201, 0.18)';
const TEAMS_CHARTED = 15;
const THEMES_CHARTED = 15;

export const METRIC_LABEL: Record<MetricName, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/** A cell as the page shows it: numbers in the locale's way (pl: 12,5; at most the cell's decimals), "—" for none, "+" on a gain. */
export function displayCell(cell: Cell, locale: Locale): string {
  if (typeof cell === 'string') return cell;
  if (cell.n === null) return '—';
  return `${cell.signed && cell.n > 0 ? '+' : ''}${formatNumber(locale, cell.n, cell.d)}${cell.pct ? '%' : ''}`;
}

/** The table as CSV, UTF-8 with a BOM: the same rounded numbers with a decimal point, no grouping, no % sign; text quoted (and formula-safe). */
export function tableCsv(table: ChartTable): string {
  const line = (cells: Cell[]) => `${cells.map((c) => (typeof c === 'string' ? csvCell(c) : c.n === null ? '' : String(c.n))).join(',')}\r\n`;
  return `\uFEFF${line(table.columns)}${table.rows.map(line).join('')}`;
}

export interface BuildContext {
  locale: Locale;
  /** The page's query string without format/chart, for the CSV links. */
  query: URLSearchParams;
  /** The page the CSV links go to; the overview's by default. */
  path?: string;
}

/**
 * The page, section by section, in order. Each section is self-contained
 * (its partial, its tables). The churn section (retention-view.ts) is added
 * by the home controller for the roles that see churn, between the themes
 * and the SLA.
 */
export function overviewSections(o: Overview, ctx: BuildContext): OverviewSection[] {
  const t = (key: string, params?: Record<string, unknown>) => translate(ctx.locale, key, params);
  const sections: OverviewSection[] = [
    headlineSection(o, ctx),
    {
      key: 'trends',
      partial: 'overview/charts',
      title: t('overview.trends.title'),
      intro: t(`overview.trends.intro.${o.period.interval}`),
      tables: o.headline.map((h) => trendTable(o, h.metric, o.trend[h.metric], ctx)),
    },
    {
      key: 'breakdowns',
      partial: 'overview/charts',
      title: t('overview.breakdowns.title'),
      intro: t('overview.breakdowns.intro', { metric: METRIC_LABEL[o.metric] }),
      tables: [
        ...(o.responseRate ? [responseRateTable(o, ctx)] : []),
        groupTable('contact-channel', t('overview.byContactChannel'), t('overview.col.contactChannel'), o.byContactChannel, o.metric, ctx, (g) =>
          g ? t(`inbox.contactChannel.${g}`) : t('overview.noneRecorded'),
        ),
        groupTable('team', t('overview.byTeam'), t('overview.col.team'), o.byTeam, o.metric, ctx, (g) => g || t('overview.noneRecorded')),
      ],
    },
    {
      key: 'themes',
      partial: 'overview/charts',
      title: t('overview.themes.title'),
      intro: t('overview.themes.intro'),
      tables: [themeVolumeTable(o, ctx), themeTrendTable(o, ctx)],
    },
    {
      key: 'sla',
      partial: 'overview/charts',
      title: t('overview.sla.title'),
      intro: t('overview.sla.intro'),
      tables: [slaTable(o, ctx)],
    },
    {
      key: 'drivers',
      partial: 'overview/charts',
      title: t('overview.drivers.title', { metric: METRIC_LABEL[o.metric] }),
      intro: t('overview.drivers.intro', { metric: METRIC_LABEL[o.metric] }),
      tables: [driversTable(o, ctx)],
    },
  ];
  for (const s of sections) for (const table of s.tables) Object.assign(table, viewOf(table, ctx));
  return sections;
}

/** What the chart-table partial reads besides the table: display rows and the CSV link. */
export function viewOf(table: ChartTable, ctx: BuildContext) {
  const q = new URLSearchParams(ctx.query);
  q.set('format', 'csv');
  q.set('chart', table.name);
  return {
    csvHref: `${ctx.path ?? '/'}?${q.toString()}`,
    displayRows: table.rows.map((r) => ({ head: displayCell(r[0], ctx.locale), cells: r.slice(1).map((c) => displayCell(c, ctx.locale)) })),
    canvasId: table.chart ? `chart-${table.name}` : null,
  };
}

function headlineSection(o: Overview, ctx: BuildContext): OverviewSection {
  const t = (key: string, params?: Record<string, unknown>) => translate(ctx.locale, key, params);
  const cards = o.headline.map((h) => {
    const d = metricDecimals(h.metric);
    const md = marginDecimals(h.metric);
    return {
      metric: h.metric,
      label: METRIC_LABEL[h.metric],
      scale: t(`overview.scale.${h.metric}`),
      value: h.value === null ? '—' : `${formatNumber(ctx.locale, h.value, d)}${h.metric === 'csat' ? '%' : ''}`,
      margin: h.margin === null ? null : formatNumber(ctx.locale, h.margin, md),
      n: formatNumber(ctx.locale, h.n, 0),
      lowSample: h.lowSample && h.n > 0,
      change: changeText(h, ctx.locale),
      verdictClass: h.change.significant === true ? (h.change.direction === 'down' ? 'danger' : 'ok') : 'muted',
      previous: h.previous.value === null ? null : formatNumber(ctx.locale, h.previous.value, d),
      previousN: formatNumber(ctx.locale, h.previous.n, 0),
    };
  });
  const table: ChartTable = {
    name: 'headline',
    title: t('overview.headline.table'),
    columns: [
      t('overview.col.metric'),
      t('overview.col.n'),
      t('overview.col.value'),
      t('overview.col.margin'),
      t('overview.col.previousN'),
      t('overview.col.previousValue'),
      t('overview.col.change'),
      t('overview.col.changeMargin'),
      t('overview.col.verdict'),
    ],
    rows: o.headline.map((h) => [
      METRIC_LABEL[h.metric],
      { n: h.n, d: 0 },
      { n: h.value, d: metricDecimals(h.metric) },
      { n: h.margin, d: marginDecimals(h.metric) },
      { n: h.previous.n, d: 0 },
      { n: h.previous.value, d: metricDecimals(h.metric) },
      { n: h.change.difference, d: metricDecimals(h.metric), signed: true },
      { n: h.change.margin, d: marginDecimals(h.metric) },
      t(`overview.verdict.${verdictKey(h)}`),
    ]),
  };
  return {
    key: 'headline',
    partial: 'overview/headline',
    title: t('overview.headline.title'),
    intro: t('overview.headline.intro', { from: o.period.previousFrom, to: o.period.previousTo }),
    cards,
    tables: [table],
  };
}

function verdictKey(h: HeadlineMetric): string {
  if (h.change.difference === null) return 'noData';
  if (h.change.significant === null) return 'tooFew';
  return h.change.significant ? 'significant' : 'notSignificant';
}

/** "up 6.0 ±4.2, significant": the change, its margin and the verdict in words, never a bare arrow. */
export function changeText(h: HeadlineMetric, locale: Locale): string {
  const c = h.change;
  if (c.difference === null || c.margin === null) return translate(locale, 'overview.change.none');
  const d = metricDecimals(h.metric);
  const md = marginDecimals(h.metric);
  const diff = formatNumber(locale, Math.abs(c.difference), d);
  const margin = formatNumber(locale, c.margin, md);
  const moved = translate(locale, `overview.change.${c.direction}`, { diff, margin });
  return `${moved}, ${translate(locale, `overview.verdict.${verdictKey(h)}`)}`;
}

function trendTable(o: Overview, metric: MetricName, points: TrendPoint[], ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const d = metricDecimals(metric);
  const md = marginDecimals(metric);
  const labels = o.trendLabels.map((l) => dateLabel(l, ctx.locale));
  return {
    name: `trend-${metric}`,
    title: translate(ctx.locale, 'overview.trends.chart', { metric: METRIC_LABEL[metric] }),
    columns: [
      t(`overview.col.${o.period.interval}`),
      t('overview.col.n'),
      t('overview.col.value'),
      t('overview.col.margin'),
      t('overview.col.low'),
      t('overview.col.high'),
      t('overview.col.flag'),
    ],
    rows: points.map((p, i) => [
      labels[i],
      { n: p.n, d: 0 },
      { n: p.value, d },
      { n: p.margin, d: md },
      { n: p.low, d },
      { n: p.high, d },
      p.lowSample && p.n > 0 ? t('overview.lowSampleShort') : '',
    ]),
    chart: {
      type: 'line',
      data: {
        labels,
        datasets: [
          { label: t('overview.col.high'), data: points.map((p) => p.high), borderWidth: 0, pointRadius: 0, fill: '+1', backgroundColor: BAND, spanGaps: true },
          { label: t('overview.col.low'), data: points.map((p) => p.low), borderWidth: 0, pointRadius: 0, fill: false, spanGaps: true },
          { label: METRIC_LABEL[metric], data: points.map((p) => p.value), borderColor: PALETTE[0], backgroundColor: PALETTE[0], fill: false, spanGaps: true, tension: 0.2 },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: metric === 'nps' ? { suggestedMin: -100, suggestedMax: 100 } : metric === 'csat' ? { suggestedMin: 0, suggestedMax: 100 } : { suggestedMin: 1, suggestedMax: 7 } },
      },
    },
  };
}

function responseRateTable(o: Overview, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const rows = o.responseRate ?? [];
  const label = (c: string) => (c ? t(`overview.surveyChannels.${c}`) : t('overview.noneRecorded'));
  return {
    name: 'response-rate',
    title: t('overview.responseRate'),
    columns: [t('overview.col.surveyChannel'), t('overview.col.delivered'), t('overview.col.answered'), t('overview.col.rate')],
    rows: rows.map((r) => [label(r.channel), { n: r.delivered, d: 0 }, { n: r.answered, d: 0 }, { n: r.rate, d: DECIMALS.percent, pct: true }]),
    chart: {
      type: 'bar',
      data: { labels: rows.map((r) => label(r.channel)), datasets: [{ label: t('overview.col.rate'), data: rows.map((r) => r.rate), backgroundColor: PALETTE[0] }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, max: 100 } } },
    },
  };
}

function groupTable(
  name: string,
  title: string,
  column: string,
  groups: GroupFigure[],
  metric: MetricName,
  ctx: BuildContext,
  label: (group: string) => string,
): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const d = metricDecimals(metric);
  const charted = groups.filter((g) => g.value !== null).slice(0, TEAMS_CHARTED);
  return {
    name,
    title,
    columns: [column, t('overview.col.n'), METRIC_LABEL[metric], t('overview.col.margin'), t('overview.col.flag')],
    rows: groups.map((g) => [label(g.group), { n: g.n, d: 0 }, { n: g.value, d }, { n: g.margin, d: marginDecimals(metric) }, g.lowSample ? t('overview.lowSampleShort') : '']),
    chart: {
      type: 'bar',
      data: { labels: charted.map((g) => label(g.group)), datasets: [{ label: METRIC_LABEL[metric], data: charted.map((g) => g.value), backgroundColor: PALETTE[0] }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } },
    },
  };
}

function themeVolumeTable(o: Overview, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const rows = o.themeVolume.flatMap((d) => d.themes.map((th) => ({ department: d.name, theme: localName(th.name, ctx.locale, th.key), items: th.items })));
  const charted = [...rows].sort((a, b) => b.items - a.items).slice(0, THEMES_CHARTED);
  return {
    name: 'theme-volume',
    title: t('overview.themes.volume'),
    columns: [t('overview.col.department'), t('overview.col.theme'), t('overview.col.items')],
    rows: rows.map((r) => [r.department, r.theme, { n: r.items, d: 0 }]),
    chart: {
      type: 'bar',
      data: { labels: charted.map((r) => `${r.theme} (${r.department})`), datasets: [{ label: t('overview.col.items'), data: charted.map((r) => r.items), backgroundColor: PALETTE[1] }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
  };
}

function themeTrendTable(o: Overview, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const labels = o.trendLabels.map((l) => dateLabel(l, ctx.locale));
  return {
    name: 'theme-trend',
    title: t('overview.themes.trend'),
    columns: [t(`overview.col.${o.period.interval}`), ...o.themeVolume.map((d) => d.name)],
    rows: labels.map((l, i) => [l, ...o.themeVolume.map((d) => ({ n: d.trend[i], d: 0 }))]),
    chart: {
      type: 'line',
      data: {
        labels,
        datasets: o.themeVolume.map((d, i) => ({ label: d.name, data: d.trend, borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length], fill: false })),
      },
      options: { plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
  };
}

function slaTable(o: Overview, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  return {
    name: 'sla',
    title: t('overview.sla.chart'),
    columns: [t('overview.col.department'), t('overview.col.items'), t('overview.col.ackOnTime'), t('overview.col.resolvedOnTime'), t('overview.col.breachedOpen')],
    rows: o.sla.map((r) => [
      r.department.name,
      { n: r.items, d: 0 },
      { n: r.ackRate, d: DECIMALS.percent, pct: true },
      { n: r.resolveRate, d: DECIMALS.percent, pct: true },
      { n: r.breachedOpen, d: 0 },
    ]),
    chart: {
      type: 'bar',
      data: {
        labels: o.sla.map((r) => r.department.name),
        datasets: [
          { label: t('overview.col.ackOnTime'), data: o.sla.map((r) => r.ackRate), backgroundColor: PALETTE[0] },
          { label: t('overview.col.resolvedOnTime'), data: o.sla.map((r) => r.resolveRate), backgroundColor: PALETTE[2] },
        ],
      },
      options: { plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true, max: 100 } } },
    },
  };
}

function driversTable(o: Overview, ctx: BuildContext): ChartTable {
  const t = (key: string) => translate(ctx.locale, key);
  const d = metricDecimals(o.metric);
  const names = o.drivers.map((x) => localName(x.name, ctx.locale, x.key));
  return {
    name: 'drivers',
    title: translate(ctx.locale, 'overview.drivers.chart', { metric: METRIC_LABEL[o.metric] }),
    columns: [t('overview.col.rank'), t('overview.col.theme'), t('overview.col.tagged'), t('overview.col.impact'), t('overview.col.low'), t('overview.col.high')],
    rows: o.drivers.map((x, i) => [String(i + 1), names[i], { n: x.n, d: 0 }, { n: x.impact, d, signed: true }, { n: x.low, d, signed: true }, { n: x.high, d, signed: true }]),
    chart: {
      type: 'bar',
      data: {
        labels: names,
        datasets: [
          { label: t('overview.col.impact'), data: o.drivers.map((x) => x.impact), backgroundColor: PALETTE[2] },
          { label: t('overview.drivers.interval'), data: o.drivers.map((x) => [x.low, x.high]), backgroundColor: 'rgba(21, 128, 61, 0.25)', borderColor: PALETTE[2], borderWidth: 1 },
        ],
      },
      options: { indexAxis: 'y', plugins: { legend: { position: 'bottom' } } },
    },
  };
}

/** A trend bucket's first day, e.g. "3 Mar" / "3 mar". */
function dateLabel(date: string, locale: Locale): string {
  return formatDate(locale, new Date(`${date}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
