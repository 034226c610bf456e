import { actorOf } from '@feedloop/audit/audit-actor';
import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { Roles } from '@feedloop/auth/roles.decorator';
import type { Locale } from '@feedloop/auth/roles';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { CONTACT_CHANNELS } from '@feedloop/events/dto/create-event.dto';
import { SLA_STATES } from '@feedloop/feedback/dto/feedback-item.dto';
import { ListFeedbackItemsQueryDto } from '@feedloop/feedback/dto/feedback-queries.dto';
import { FEEDBACK_STATUSES } from '@feedloop/feedback/feedback-item.entity';
import { FeedbackItemsService } from '@feedloop/feedback/feedback-items.service';
import { FeedbackRepliesService } from '@feedloop/feedback/feedback-replies.service';
import { ThemesService } from '@feedloop/themes/themes.service';
import { TimelineService } from '@feedloop/timeline/timeline.service';
import { statusForCode } from '../dashboard-error.filter';
import type { DashboardRequest } from '../dashboard-request';
import { FieldErrors, formValues, messageOf, readForm } from '../forms';
import { lookup, translate } from '../i18n/translate';
import { ActionDone, runAction } from '../page-action';
import { AssignFormDto, ReplyFormDto, RerouteFormDto, ResolveFormDto, ThemesFormDto } from './dto/inbox-forms.dto';
import { customerHistory, deadlineOf, itemRow, localName, SLA_BADGE } from './inbox-view';

const PAGE_SIZE = 25;
const HISTORY_LIMIT = 100;
/** What the item page's history takes from the timeline; the customer's items come from the inbox, in the user's scope. */
const HISTORY_KINDS = ['event', 'invitation', 'response'] as const;
const FILTER_FIELDS = ['department', 'status', 'theme', 'slaState', 'contactChannel', 'team', 'from', 'to'] as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** What the user typed into an action form, to show it again next to the error. */
interface ItemPageState {
  form?: Record<string, string>;
  errors?: FieldErrors;
  /** A rule the action broke (an illegal status change...), shown above the actions. */
  alert?: string;
  /** The theme boxes as they were ticked when the form came back. */
  themes?: string[];
}

/**
 * The department inbox: feedback items routed to a department, in the scope
 * of the signed-in user (a head: their own department; admins and analysts:
 * all). Every read and action goes through FeedbackItemsService with that
 * scope, so an item of another department is FEEDBACK_ITEM_NOT_FOUND (404) on
 * every route, the same as one that does not exist.
 */
@Roles('admin', 'analyst', 'department_head')
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly items: FeedbackItemsService,
    private readonly replies: FeedbackRepliesService,
    private readonly timeline: TimelineService,
    private readonly themes: ThemesService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get()
  async list(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const filters = filterValues(query, scope);
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const form = await readForm(ListFeedbackItemsQueryDto, { ...toServiceFilters(filters), cursor, limit: String(PAGE_SIZE) }, req.locale);
    const options = await this.filterOptions(scope, req.locale, filters);
    if (form.errors) {
      res.status(HttpStatus.BAD_REQUEST).render('inbox/index', { titleKey: 'inbox.title', filters, options, errors: form.errors, rows: [], isHead: !scope.seesAllDepartments });
      return;
    }
    let page;
    try {
      page = await this.items.list(scope, form.value);
    } catch (err) {
      // A stale cursor or a department key that is not one: the filter form says so instead of an error page.
      if (!(err instanceof DomainError) || !err.field || statusForCode(err.code) === HttpStatus.NOT_FOUND) throw err;
      res.status(HttpStatus.BAD_REQUEST).render('inbox/index', {
        titleKey: 'inbox.title',
        filters,
        options,
        errors: { [err.field]: messageOf(err, req.locale) },
        rows: [],
        isHead: !scope.seesAllDepartments,
      });
      return;
    }
    const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
    const olderParams = new URLSearchParams(params);
    if (page.nextCursor) olderParams.set('cursor', page.nextCursor);
    res.render('inbox/index', {
      titleKey: 'inbox.title',
      filters,
      options,
      rows: page.items.map((item) => itemRow(item, req.locale)),
      olderHref: page.nextCursor ? `/inbox?${olderParams.toString()}` : null,
      firstPageHref: cursor ? `/inbox${params.size ? `?${params.toString()}` : ''}` : null,
      filtered: params.size > 0,
      isHead: !scope.seesAllDepartments,
    });
  }

  @Get(':id')
  async show(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.renderItem(scope, id, req.locale, res, HttpStatus.OK, {});
  }

  @Post(':id/acknowledge')
  async acknowledge(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.act(scope, id, req, res, {}, async () => {
      await this.items.update(scope, id, { status: 'acknowledged' }, actorOf(req, res));
      return translate(req.locale, 'inbox.done.acknowledged');
    });
  }

  @Post(':id/start')
  async start(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.act(scope, id, req, res, {}, async () => {
      await this.items.update(scope, id, { status: 'in_progress' }, actorOf(req, res));
      return translate(req.locale, 'inbox.done.started');
    });
  }

  @Post(':id/reopen')
  async reopen(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.act(scope, id, req, res, {}, async () => {
      await this.items.update(scope, id, { status: 'in_progress' }, actorOf(req, res));
      return translate(req.locale, 'inbox.done.reopened');
    });
  }

  @Post(':id/assign')
  async assign(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await readForm(AssignFormDto, body, req.locale);
    if (form.errors) return this.renderItem(scope, id, req.locale, res, HttpStatus.BAD_REQUEST, { errors: form.errors });
    await this.act(scope, id, req, res, {}, async () => {
      const item = await this.items.update(scope, id, { assigneeId: form.value.assigneeId }, actorOf(req, res));
      return item.assignee
        ? translate(req.locale, 'inbox.done.assigned', { name: item.assignee.name })
        : translate(req.locale, 'inbox.done.unassigned');
    });
  }

  @Post(':id/resolve')
  async resolve(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(ResolveFormDto, body, req.locale);
    if (form.errors) return this.renderItem(scope, id, req.locale, res, HttpStatus.BAD_REQUEST, { form: typed, errors: form.errors });
    await this.act(scope, id, req, res, { form: typed }, async () => {
      await this.items.update(scope, id, { status: 'resolved', resolutionNote: form.value.resolutionNote }, actorOf(req, res));
      return translate(req.locale, 'inbox.done.resolved');
    });
  }

  @Post(':id/reroute')
  async reroute(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(RerouteFormDto, body, req.locale);
    if (form.errors) return this.renderItem(scope, id, req.locale, res, HttpStatus.BAD_REQUEST, { form: typed, errors: form.errors });
    await this.act(scope, id, req, res, { form: typed }, async () => {
      const item = await this.items.reroute(scope, id, { department: form.value.department, note: form.value.note || undefined }, actorOf(req, res));
      const text = translate(req.locale, 'inbox.done.rerouted', { department: item.department.name });
      // A head who sends an item to another department can no longer open it; the item may also have been merged into that department's own.
      return { text, redirect: scope.canSeeDepartment(item.department.id) ? `/inbox/${item.id}` : '/inbox' };
    });
  }

  @Post(':id/themes')
  async setThemes(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await readForm(ThemesFormDto, body, req.locale);
    if (form.errors) return this.renderItem(scope, id, req.locale, res, HttpStatus.BAD_REQUEST, { errors: form.errors });
    await this.act(scope, id, req, res, { themes: form.value.themes }, async () => {
      await this.items.update(scope, id, { themes: form.value.themes }, actorOf(req, res));
      return translate(req.locale, 'inbox.done.themes');
    });
  }

  @Post(':id/reply')
  async reply(@Scope() scope: AccessScope, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(ReplyFormDto, body, req.locale);
    if (form.errors) return this.renderItem(scope, id, req.locale, res, HttpStatus.BAD_REQUEST, { form: typed, errors: form.errors });
    await this.act(scope, id, req, res, { form: typed }, async () => {
      const reply = await this.replies.reply(scope, id, { channel: form.value.channel, body: form.value.body }, actorOf(req, res));
      return translate(req.locale, 'inbox.done.replied', { channel: translate(req.locale, `inbox.channel.${reply.channel}`) });
    });
  }

  /** An action on the item through runAction; what it returns is the flash text, or the text and where to go when not back to the item. */
  private act(scope: AccessScope, id: string, req: DashboardRequest, res: Response, state: ItemPageState, work: () => Promise<string | ActionDone>): Promise<void> {
    return runAction(
      req,
      res,
      async () => {
        const outcome = await work();
        return typeof outcome === 'string' ? { text: outcome, redirect: `/inbox/${id}` } : outcome;
      },
      (rule) => this.renderItem(scope, id, req.locale, res, rule.status, { ...state, ...rule }),
    );
  }

  private async renderItem(scope: AccessScope, id: string, locale: Locale, res: Response, status: number, state: ItemPageState): Promise<void> {
    // First, alone: an item outside the scope is a 404 before anything else is read.
    const item = await this.items.get(scope, id);
    const [assignable, departments, summaries, timeline, earlier] = await Promise.all([
      this.items.assignableUsers(scope, id),
      this.departments.list(),
      this.themes.summaries(),
      this.timeline.page(item.customer.id, { limit: HISTORY_LIMIT }, scope, HISTORY_KINDS),
      this.items.list(scope, Object.assign(new ListFeedbackItemsQueryDto(), { customerId: item.customer.id, limit: HISTORY_LIMIT })),
    ]);
    const ticked = new Set(state.themes ?? item.themes.map((t) => t.key));
    const themeGroups = departments
      .map((d) => ({
        name: d.name,
        own: d.id === item.department.id,
        themes: [...summaries.values()]
          .filter((t) => t.departmentId === d.id && (t.active || ticked.has(t.key)))
          .map((t) => ({ key: t.key, name: localName(t.name, locale, t.key), praise: t.kind === 'praise', checked: ticked.has(t.key) }))
          .sort((a, b) => a.name.localeCompare(b.name, locale)),
      }))
      .filter((g) => g.themes.length)
      // The item's own department first: its themes are the likely ones.
      .sort((a, b) => Number(b.own) - Number(a.own));
    const users = new Map(assignable.map((u) => [u.id, u.name]));
    res.status(status).render('inbox/show', {
      title: translate(locale, 'inbox.itemTitle', { customer: itemRow(item, locale).customer }),
      item: {
        ...item,
        row: itemRow(item, locale),
        deadline: deadlineOf(item),
        slaBadge: SLA_BADGE[item.slaState] ?? 'muted',
        canAcknowledge: item.status === 'new',
        canStart: item.status === 'new' || item.status === 'acknowledged',
        canResolve: item.status !== 'resolved',
        canReopen: item.status === 'resolved',
      },
      activity: item.activity.map((a) => ({
        ...a,
        text: activityText(a, locale, {
          user: (userId) => users.get(userId),
          department: (key) => departments.find((d) => d.key === key)?.name ?? key,
          theme: (key) => localName(summaries.get(key)?.name, locale, key),
        }),
      })),
      replies: item.replies,
      assignable: assignable.map((u) => ({ ...u, selected: u.id === item.assignee?.id })),
      rerouteTargets: departments.filter((d) => d.id !== item.department.id).map((d) => ({ key: d.key, name: d.name, selected: d.key === state.form?.department })),
      themeGroups,
      history: customerHistory(timeline.items, earlier.items, item, locale),
      historyTruncated: timeline.nextCursor !== null,
      customerErased: timeline.customer.erased,
      form: state.form ?? {},
      errors: state.errors ?? null,
      alert: state.alert ?? null,
    });
  }

  private async filterOptions(scope: AccessScope, locale: Locale, filters: Record<string, string>) {
    const [departments, summaries] = await Promise.all([this.departments.listVisible(scope), this.themes.summaries()]);
    const visible = new Set(departments.map((d) => d.id));
    const option = (value: string, label: string, current: string | undefined) => ({ value, label, selected: value === current });
    return {
      departments: departments.map((d) => option(d.key, d.name, filters.department)),
      statuses: FEEDBACK_STATUSES.map((s) => option(s, translate(locale, `inbox.status.${s}`), filters.status)),
      slaStates: SLA_STATES.map((s) => option(s, translate(locale, `inbox.sla.${s}`), filters.slaState)),
      contactChannels: CONTACT_CHANNELS.map((c) => option(c, translate(locale, `inbox.contactChannel.${c}`), filters.contactChannel)),
      themes: [...summaries.values()]
        .filter((t) => visible.has(t.departmentId))
        .map((t) => option(t.key, localName(t.name, locale, t.key), filters.theme))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    };
  }
}

/** The filter fields of the query string that have a value; a head's department filter is meaningless and dropped. */
function filterValues(query: Record<string, unknown>, scope: AccessScope): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of FILTER_FIELDS) {
    const value = query[field];
    if (typeof value === 'string' && value.trim()) out[field] = value.trim();
  }
  if (!scope.seesAllDepartments) delete out.department;
  return out;
}

/** The date inputs give whole days: "to" includes its day, so the service gets the next midnight. */
function toServiceFilters(filters: Record<string, string>): Record<string, string> {
  const out = { ...filters };
  if (out.to && DATE_ONLY.test(out.to)) {
    const next = new Date(`${out.to}T00:00:00Z`);
    if (!Number.isNaN(next.getTime())) {
      next.setUTCDate(next.getUTCDate() + 1);
      out.to = next.toISOString().slice(0, 10);
    }
  }
  return out;
}

interface ActivityNames {
  user: (id: string) => string | undefined;
  department: (key: string) => string;
  theme: (key: string) => string;
}

/** One line of the item's activity log in the page's language, with names for the ids and keys it stores. */
function activityText(a: { kind: string; data: Record<string, unknown> }, locale: Locale, names: ActivityNames): string {
  const d = a.data ?? {};
  const text = (v: unknown) => (v == null ? '' : String(v));
  const themes = (v: unknown) => (Array.isArray(v) && v.length ? v.map((k) => names.theme(String(k))).join(', ') : '—');
  const status = (v: unknown) => (typeof v === 'string' ? translate(locale, `inbox.status.${v}`) : '');
  const params: Record<string, string> = { note: text(d.note), score: text(d.score), error: text(d.error) };
  switch (a.kind) {
    case 'status_changed':
      Object.assign(params, { from: status(d.from), to: status(d.to) });
      break;
    case 'assigned':
      params.to = typeof d.to === 'string' ? (names.user(d.to) ?? translate(locale, 'inbox.someone')) : '—';
      break;
    case 'rerouted_in':
    case 'rerouted_out':
      Object.assign(params, { from: names.department(text(d.from)), to: names.department(text(d.to)) });
      break;
    case 'themes_changed':
      Object.assign(params, { from: themes(d.from), to: themes(d.to) });
      break;
    case 'created':
    case 'updated_by_answer':
      params.themes = themes(d.themes);
      break;
    default:
      params.channel = typeof d.channel === 'string' ? translate(locale, `inbox.channel.${d.channel}`) : '';
  }
  const key = `inbox.activity.${a.kind}${params.note && (a.kind === 'status_changed' || a.kind.startsWith('rerouted')) ? 'WithNote' : ''}`;
  // A kind added to the log later still shows, by its name, rather than as a translation key.
  return lookup(locale, key) !== undefined ? translate(locale, key, params) : a.kind;
}
