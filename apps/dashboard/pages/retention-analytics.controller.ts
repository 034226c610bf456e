import { Controller, Get, HttpStatus, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { ChurnAnalyticsService } from '@feedloop/churn/churn-analytics.service';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import { addDays, today } from '@feedloop/overview/overview-period';
import type { DashboardRequest } from '../dashboard-request';
import { readForm } from '../forms';
import { HiddenFrom } from '../hidden-from';
import { translate } from '../i18n/translate';
import { RetentionPeriodDto } from './dto/retention-forms.dto';
import { tableCsv } from './overview-view';
import { retentionTables } from './retention-view';

const DEFAULT_DAYS = 365;

/**
 * Churn analytics for the retention team, admins and analysts (a 404 for
 * department heads): reasons Pareto by count and by revenue at risk, reasons
 * by month, by plan, segment, tenure band and competitor, win-back rate,
 * revenue saved and time to first contact, for a period in the URL. Each
 * chart is also a table and a CSV (`?format=csv&chart=<name>`, the same rows
 * and rounding), drawn by /assets/overview-charts.js.
 */
@HiddenFrom('department_head')
@Controller('retention/analytics')
export class RetentionAnalyticsController {
  constructor(
    private readonly analytics: ChurnAnalyticsService,
    private readonly locale: LocaleConfig,
  ) {}

  @Get()
  async page(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const locale = req.locale;
    const raw = Object.fromEntries(['from', 'to', 'format', 'chart'].map((f) => [f, typeof query[f] === 'string' ? (query[f] as string) : '']));
    const form = await readForm(RetentionPeriodDto, raw, locale);
    const to = form.value?.to ?? today(this.locale.defaultTimeZone);
    const from = form.value?.from ?? addDays(to, -(DEFAULT_DAYS - 1));
    const fail = (errors: Record<string, string>) =>
      res.status(HttpStatus.BAD_REQUEST).render('retention/analytics', { titleKey: 'retention.analytics.title', filters: { from: raw.from, to: raw.to }, errors, tables: [] });
    if (form.errors) return fail(form.errors);
    if (to < from) return fail({ to: translate(locale, 'overview.errors.toBeforeFrom') });
    // The date inputs give whole days: `to` includes its day.
    const period = { from, to: addDays(to, 1) };
    const [reasons, plan, segment, tenureBand, competitor, monthly, summary] = await Promise.all([
      this.analytics.byGroup(scope, { ...period, groupBy: 'reason' }),
      this.analytics.byGroup(scope, { ...period, groupBy: 'plan' }),
      this.analytics.byGroup(scope, { ...period, groupBy: 'segment' }),
      this.analytics.byGroup(scope, { ...period, groupBy: 'tenureBand' }),
      this.analytics.byGroup(scope, { ...period, groupBy: 'competitor' }),
      this.analytics.reasonsByMonth(scope, period),
      this.analytics.summary(scope, period),
    ]);
    const linkQuery = new URLSearchParams({ from, to });
    const tables = retentionTables({ reasons, plan, segment, tenureBand, competitor, monthly, summary }, { locale, query: linkQuery, path: '/retention/analytics' });
    if (form.value.format === 'csv') {
      const table = tables.find((t) => t.name === form.value.chart);
      if (!table) return fail({ chart: translate(locale, 'overview.errors.chart') });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="feedloop-churn-${table.name}-${from}-${to}.csv"`);
      res.send(tableCsv(table));
      return;
    }
    res.render('retention/analytics', {
      titleKey: 'retention.analytics.title',
      filters: { from, to },
      summary: {
        cases: translate(locale, 'units.cases', { count: summary.count }),
        winBackRate: summary.winBackRate === null ? '—' : `${Math.round(summary.winBackRate * 1000) / 10}%`,
        closed: translate(locale, 'units.cases', { count: summary.wonBack + summary.lost }),
        revenueSaved: summary.revenueSaved,
      },
      tables,
      charts: Object.fromEntries(tables.filter((t) => t.chart).map((t) => [`chart-${t.name}`, t.chart])),
    });
  }
}
