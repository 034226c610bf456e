import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { Roles } from '@feedloop/auth/roles.decorator';
import { formatDate } from '@feedloop/core/i18n/locale-format';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { FeedbackStatsService } from '@feedloop/feedback/feedback-stats.service';
import type { DashboardRequest } from '../dashboard-request';
import { translate } from '../i18n/translate';
import { localName } from './inbox-view';

const WEEKS = 12;
const TOP_THEMES = 10;

/**
 * Charts of the inbox: items per week by theme, the top themes and SLA
 * compliance per department, for the departments the user may see (an
 * admin or analyst can narrow to one). The numbers are in the page twice:
 * as tables (readable without script, and by screen readers) and as JSON
 * that /assets/inbox-charts.js draws with chart.js; both served from here,
 * as the CSP allows no other origin.
 */
@Roles('admin', 'analyst', 'department_head')
@Controller('inbox/charts')
export class InboxChartsController {
  constructor(
    private readonly stats: FeedbackStatsService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get()
  async charts(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Query('department') departmentKey?: string): Promise<void> {
    const locale = req.locale;
    const visible = await this.departments.listVisible(scope);
    // An unknown key is simply no narrowing; a head's scope already narrows to their department.
    const chosen = scope.seesAllDepartments && typeof departmentKey === 'string' ? visible.find((d) => d.key === departmentKey) : undefined;
    const to = new Date();
    const from = new Date(to.getTime() - WEEKS * 7 * 86_400_000);
    const departmentId = chosen?.id;
    const [weekly, top, sla, praise] = await Promise.all([
      this.stats.weeklyByTheme(scope, { departmentId, weeks: WEEKS }),
      this.stats.topThemes(scope, { departmentId, from, to }),
      this.stats.slaCompliance(scope, { departmentId, from, to }),
      this.stats.praise(scope, { departmentId, from, to }),
    ]);

    const weekLabels = weekly.weeks.map((w) => formatDate(locale, new Date(`${w.slice(0, 10)}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' }));
    const series = weekly.series
      .map((s) => ({ key: s.key, name: localName(s.name, locale, s.key), counts: s.counts, total: s.counts.reduce((a, b) => a + b, 0) }))
      .filter((s) => s.total > 0);
    const topRows = top.slice(0, TOP_THEMES).map((t) => ({ key: t.key, name: localName(t.name as { pl?: string; en?: string }, locale, t.key), count: t.count }));
    // FeedbackStatsService gives the rates as percentages with one decimal already.
    const slaRows = sla.map((r) => ({ ...r, department: r.department.name, ackPercent: r.ackRate, resolvePercent: r.resolveRate }));

    res.render('inbox/charts', {
      titleKey: 'inboxCharts.title',
      departments: scope.seesAllDepartments ? visible.map((d) => ({ key: d.key, name: d.name, selected: d.id === chosen?.id })) : null,
      departmentName: chosen?.name ?? (scope.seesAllDepartments ? null : visible[0]?.name ?? null),
      weeks: WEEKS,
      weekLabels,
      series,
      topRows,
      slaRows,
      praiseRows: praise.map((p) => ({ name: localName(p.name, locale, p.key), count: p.count })),
      chartData: {
        weekly: { labels: weekLabels, series: series.map((s) => ({ label: s.name, data: s.counts })) },
        top: { labels: topRows.map((t) => t.name), data: topRows.map((t) => t.count) },
        sla: {
          labels: slaRows.map((r) => r.department),
          ack: slaRows.map((r) => r.ackPercent),
          resolve: slaRows.map((r) => r.resolvePercent),
          ackLabel: translate(locale, 'inboxCharts.ackOnTime'),
          resolveLabel: translate(locale, 'inboxCharts.resolvedOnTime'),
        },
        itemsLabel: translate(locale, 'inboxCharts.items'),
      },
    });
  }
}
