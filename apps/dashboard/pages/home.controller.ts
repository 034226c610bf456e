import { Controller, Get, HttpStatus, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessScope } from '@feedloop/auth/access-scope';
import { CurrentUser, Scope } from '@feedloop/auth/current-user.decorator';
import { UserEntity } from '@feedloop/auth/user.entity';
import { ChurnAnalyticsService } from '@feedloop/churn/churn-analytics.service';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { CONTACT_CHANNELS } from '@feedloop/events/dto/create-event.dto';
import { MAX_PERIOD_DAYS, addDays, overviewPeriod, today } from '@feedloop/overview/overview-period';
import { OverviewService } from '@feedloop/overview/overview.service';
import { SurveysService } from '@feedloop/surveys/surveys.service';
import type { DashboardRequest } from '../dashboard-request';
import { FieldErrors, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { OVERVIEW_METRICS, OverviewQueryDto, PERIODS } from './dto/overview-query.dto';
import { METRIC_LABEL, overviewSections, tableCsv } from './overview-view';
import { churnOverviewSection } from './retention-view';

const DEFAULT_DAYS = 30;
/** Filters of the page that churn cases have nothing to match against. */
const CHURN_UNFILTERED = [
  { query: 'survey', field: 'survey' },
  { query: 'contactChannel', field: 'contactChannel' },
  { query: 'team', field: 'team' },
] as const;
/** The filters the form keeps in the URL, in its order. */
const FILTER_FIELDS = ['period', 'from', 'to', 'metric', 'survey', 'contactChannel', 'team', 'department'] as const;

/**
 * The dashboard home. Admins, analysts and department heads get the
 * overview (OverviewService, in their scope: a head's page is their
 * department's); retention agents, who see no department data, a short page
 * about their account. Admins and analysts also get the churn section (top
 * reasons, win-back rate): churn cases belong to no department, so heads do not.
 * `?format=csv&chart=<name>` answers one chart's table as CSV: the same rows
 * and rounding as the page's table.
 */
@Controller()
export class HomeController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly overview: OverviewService,
    private readonly surveys: SurveysService,
    private readonly churn: ChurnAnalyticsService,
    private readonly locale: LocaleConfig,
  ) {}

  @Get()
  async home(
    @CurrentUser() user: UserEntity,
    @Scope() scope: AccessScope,
    @Req() req: DashboardRequest,
    @Res() res: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const scopeKey = scope.seesAllDepartments ? 'all' : scope.ownDepartmentId ? 'department' : 'none';
    if (scopeKey === 'none') {
      res.render('home', { titleKey: 'home.title', user, department: user.departmentId ? await this.departments.get(user.departmentId) : null, scopeKey });
      return;
    }

    const locale = req.locale;
    const filters = Object.fromEntries(FILTER_FIELDS.map((f) => [f, typeof query[f] === 'string' ? (query[f] as string) : ''])) as Record<(typeof FILTER_FIELDS)[number], string>;
    const [visible, surveys] = await Promise.all([this.departments.listVisible(scope), this.surveys.list()]);
    // The user's own department is among those they see (a head's only one): no second read of it.
    const department = visible.find((d) => d.id === user.departmentId) ?? (user.departmentId ? await this.departments.get(user.departmentId) : null);
    const who = { user, department, scopeKey };
    const options = (teams: string[] = []) => ({
      periods: PERIODS.map((p) => ({ value: p, label: translate(locale, `overview.period.${p}`), selected: (filters.period || String(DEFAULT_DAYS)) === p })),
      metrics: OVERVIEW_METRICS.map((m) => ({ value: m, label: METRIC_LABEL[m], selected: (filters.metric || 'nps') === m })),
      surveys: surveys.map((s) => ({ value: s.id, label: s.name, selected: s.id === filters.survey })),
      contactChannels: CONTACT_CHANNELS.map((c) => ({ value: c, label: translate(locale, `inbox.contactChannel.${c}`), selected: c === filters.contactChannel })),
      departments: scope.seesAllDepartments ? visible.map((d) => ({ value: d.key, label: d.name, selected: d.key === filters.department })) : null,
      teams,
    });
    const fail = (errors: FieldErrors) =>
      res.status(HttpStatus.BAD_REQUEST).render('overview/index', { titleKey: 'overview.title', ...who, filters, options: options(), errors, sections: [] });

    const form = await readForm(OverviewQueryDto, query, locale);
    if (form.errors) return fail(form.errors);
    const q = form.value;
    const days = Number(q.period ?? DEFAULT_DAYS);
    let from: string;
    let to: string;
    if (q.period === 'custom') {
      from = q.from!;
      to = q.to!;
      if (to < from) return fail({ to: translate(locale, 'overview.errors.toBeforeFrom') });
      if (overviewPeriod(from, to).days > MAX_PERIOD_DAYS) return fail({ to: translate(locale, 'overview.errors.tooLong', { days: MAX_PERIOD_DAYS }) });
    } else {
      to = today(this.locale.defaultTimeZone);
      from = addDays(to, -(days - 1));
    }
    // A head's page is their department's whatever the URL says; an unknown key is a mistake worth saying.
    const chosen = scope.seesAllDepartments && q.department ? visible.find((d) => d.key === q.department) : undefined;
    if (scope.seesAllDepartments && q.department && !chosen) return fail({ department: translate(locale, 'overview.errors.department') });

    const overview = await this.overview.build(scope, {
      from,
      to,
      metric: q.metric ?? 'nps',
      filters: { surveyId: q.survey, contactChannel: q.contactChannel, team: q.team },
      departmentId: chosen?.id,
    });
    // Churn cases belong to no department: a page narrowed to one shows none, rather than everyone's as if they were its own.
    // The period is the page's, as instants in its time zone (the last day's cancellations included).
    const churnReasons =
      scope.seesAllDepartments && !chosen
        ? await this.churn.byGroup(scope, { from: overview.bounds.from.toISOString(), to: overview.bounds.to.toISOString(), groupBy: 'reason' })
        : null;
    const linkQuery = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as Array<[string, string]>);
    const ctx = { locale, query: linkQuery };
    const sections = overviewSections(overview, ctx);
    // Between the themes and the SLA: why customers leave, after what they complain about.
    if (churnReasons) {
      // Cases have no survey, contact channel or team: those filters are named as not applied, not silently dropped.
      const notApplied = CHURN_UNFILTERED.filter((f) => q[f.query]).map((f) => translate(locale, `overview.field.${f.field}`).toLocaleLowerCase(locale));
      sections.splice(sections.findIndex((s) => s.key === 'sla'), 0, churnOverviewSection(churnReasons, ctx, notApplied));
    }

    if (q.format === 'csv') {
      const table = sections.flatMap((s) => s.tables).find((t) => t.name === q.chart);
      if (!table) return fail({ chart: translate(locale, 'overview.errors.chart') });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="feedloop-${table.name}-${from}-${to}.csv"`);
      res.send(tableCsv(table));
      return;
    }

    const charts = Object.fromEntries(sections.flatMap((s) => s.tables).filter((t) => t.chart).map((t) => [`chart-${t.name}`, t.chart]));
    res.render('overview/index', {
      titleKey: 'overview.title',
      ...who,
      filters: { ...filters, from, to },
      custom: q.period === 'custom',
      options: options(overview.byTeam.map((g) => g.group).filter(Boolean)),
      scopeLine: overview.department
        ? translate(locale, 'overview.scopeDepartment', { department: overview.department.name })
        : translate(locale, 'overview.scopeAll'),
      periodLine: translate(locale, 'overview.periodLine', { from, to, period: translate(locale, 'units.days', { count: overview.period.days }) }),
      sections,
      charts,
    });
  }
}
