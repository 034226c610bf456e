import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf } from '@feedloop/audit/audit-actor';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import type { Locale } from '@feedloop/auth/roles';
import type { UserEntity } from '@feedloop/auth/user.entity';
import { OPEN_STATUSES } from '@feedloop/churn/churn-case.entity';
import { CHURN_REASONS, DESTINATIONS, MIGHT_RETURN } from '@feedloop/churn/churn-reasons';
import { ChurnCasesService, TRANSITIONS } from '@feedloop/churn/churn-cases.service';
import { ChurnOfferTypesService } from '@feedloop/churn/churn-offer-types.service';
import { AtRiskCustomersService } from '@feedloop/churn-risk/at-risk-customers.service';
import { DomainError, NotFoundError } from '@feedloop/core/errors/domain-error';
import { TimelineService } from '@feedloop/timeline/timeline.service';
import { statusForCode } from '../dashboard-error.filter';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, formValues, messageOf, readForm } from '../forms';
import { HiddenFrom } from '../hidden-from';
import { translate } from '../i18n/translate';
import { PageIdPipe } from '../page-id.pipe';
import { runAction } from '../page-action';
import {
  BoardFilterDto,
  CaseActivityFormDto,
  CaseOfferFormDto,
  CaseOwnerFormDto,
  CaseStatusFormDto,
  InterviewFormDto,
  OfferOutcomeFormDto,
  OpenCaseFormDto,
} from './dto/retention-forms.dto';
import { asArray } from './dto/form-transforms';
import { caseRow, reasonLabel } from './retention-view';

const BOARD_LIMIT = 100;
const AT_RISK_PAGE = 50;
const HISTORY_LIMIT = 30;

/** Which form came back with errors, so the page opens it and fills it again. */
interface PageState {
  form?: Record<string, string>;
  /** The form the errors belong to (status, owner, activity, offer, interview, open). */
  formName?: string;
  errors?: FieldErrors;
  alert?: string;
  secondaryReasons?: string[];
}

/**
 * Retention: the board of open churn cases, the at-risk list, the case page
 * and its actions, for admins, analysts and retention agents. Churn is not a
 * department's business, so every route here is a 404 for a department
 * head, as if it were not there (like the customer pages). Every change goes
 * through ChurnCasesService with the caller's scope and audit actor.
 */
@HiddenFrom('department_head')
@Controller('retention')
export class RetentionController {
  constructor(
    private readonly cases: ChurnCasesService,
    private readonly offerTypes: ChurnOfferTypesService,
    private readonly atRisk: AtRiskCustomersService,
    private readonly timeline: TimelineService,
  ) {}

  @Get()
  async board(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    await this.renderBoard(scope, req, res, query, HttpStatus.OK, {});
  }

  /** A cancellation taken by phone or in a branch; a customer with an open case gets that case. */
  @Post('cases')
  async open(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(OpenCaseFormDto, body, req.locale);
    if (form.errors) return this.renderBoard(scope, req, res, {}, HttpStatus.BAD_REQUEST, { form: typed, formName: 'open', errors: form.errors });
    let result;
    try {
      result = await this.cases.open(scope, { customerExternalId: form.value.customerExternalId, reason: form.value.reason, monthlyRevenue: form.value.monthlyRevenue, source: 'manual' }, new Date(), actorOf(req, res));
    } catch (err) {
      if (!(err instanceof DomainError) || !err.field) throw err;
      const field = err.code === 'UNKNOWN_CUSTOMER' ? 'customerExternalId' : err.field;
      return this.renderBoard(scope, req, res, {}, statusForCode(err.code), { form: typed, formName: 'open', errors: { [field]: messageOf(err, req.locale) } });
    }
    setFlash(req, 'success', translate(req.locale, result.opened ? 'retention.done.opened' : 'retention.done.joined'));
    await redirectAfterFlash(req, res, `/retention/cases/${result.churnCase.id}`);
  }

  @Get('at-risk')
  async atRiskList(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Query('cursor') cursor: unknown): Promise<void> {
    const locale = req.locale;
    const page = await this.atRisk.list(scope, { cursor: typeof cursor === 'string' && cursor ? cursor : undefined, limit: AT_RISK_PAGE });
    res.render('retention/at-risk', {
      titleKey: 'retention.atRisk.title',
      rows: page.items.map((f) => ({
        customerId: f.customer.id,
        externalId: f.customer.externalId,
        score: f.score,
        firstFlaggedAt: f.firstFlaggedAt,
        reasons: f.reasons.map((r) => ({ kind: r.kind, at: r.at, label: translate(locale, `retention.risk.${r.kind}`), evidence: evidenceText(r.kind, r.detail, locale) })),
      })),
      olderHref: page.nextCursor ? `/retention/at-risk?cursor=${encodeURIComponent(page.nextCursor)}` : null,
    });
  }

  /** A proactive case for a flagged customer, opened through ChurnCasesService, then its page. */
  @Post('at-risk/:customerId/open-case')
  async openProactive(@Scope() scope: AccessScope, @Param('customerId', PageIdPipe) customerId: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const flag = await this.atRisk.get(scope, customerId);
    if (!flag.customer.externalId) throw new NotFoundError('the customer has been erased');
    const reason = translate(req.locale, 'retention.atRisk.proactiveReason', { reasons: flag.reasons.map((r) => translate(req.locale, `retention.risk.${r.kind}`)).join(', ') });
    const { churnCase, opened } = await this.cases.open(scope, { customerExternalId: flag.customer.externalId, reason, source: 'proactive' }, new Date(), actorOf(req, res));
    setFlash(req, 'success', translate(req.locale, opened ? 'retention.done.opened' : 'retention.done.joined'));
    await redirectAfterFlash(req, res, `/retention/cases/${churnCase.id}`);
  }

  @Post('at-risk/:customerId/dismiss')
  async dismiss(@Scope() scope: AccessScope, @Param('customerId', PageIdPipe) customerId: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.atRisk.dismiss(scope, customerId);
    setFlash(req, 'success', translate(req.locale, 'retention.done.dismissed'));
    await redirectAfterFlash(req, res, '/retention/at-risk');
  }

  @Get('cases/:id')
  async show(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.renderCase(scope, id, req, res, HttpStatus.OK, {});
  }

  @Post('cases/:id/status')
  async status(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(CaseStatusFormDto, body, req.locale);
    if (form.errors) return this.renderCase(scope, id, req, res, HttpStatus.BAD_REQUEST, { form: typed, formName: 'status', errors: form.errors });
    const v = form.value;
    await this.act(scope, id, req, res, { form: typed, formName: 'status' }, async () => {
      const c = await this.cases.update(scope, id, { status: v.status, lostReason: v.status === 'lost' ? v.lostReason : undefined, wonOfferId: v.status === 'won_back' ? v.wonOfferId : undefined }, new Date(), actorOf(req, res));
      return translate(req.locale, 'retention.done.status', { status: translate(req.locale, `retention.status.${c.status}`) });
    });
  }

  @Post('cases/:id/owner')
  async owner(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await readForm(CaseOwnerFormDto, body, req.locale);
    if (form.errors) return this.renderCase(scope, id, req, res, HttpStatus.BAD_REQUEST, { formName: 'owner', errors: form.errors });
    await this.act(scope, id, req, res, { formName: 'owner' }, async () => {
      const c = await this.cases.update(scope, id, { ownerId: form.value.ownerId }, new Date(), actorOf(req, res));
      return translate(req.locale, 'retention.done.assigned', { name: c.owner?.name ?? '—' });
    });
  }

  @Post('cases/:id/activities')
  async activity(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(CaseActivityFormDto, body, req.locale);
    if (form.errors) return this.renderCase(scope, id, req, res, HttpStatus.BAD_REQUEST, { form: typed, formName: 'activity', errors: form.errors });
    await this.act(scope, id, req, res, { form: typed, formName: 'activity' }, async () => {
      await this.cases.addActivity(scope, id, { kind: form.value.kind, body: form.value.body }, new Date(), actorOf(req, res));
      return translate(req.locale, 'retention.done.activity');
    });
  }

  @Post('cases/:id/offers')
  async offer(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(CaseOfferFormDto, body, req.locale);
    if (form.errors) return this.renderCase(scope, id, req, res, HttpStatus.BAD_REQUEST, { form: typed, formName: 'offer', errors: form.errors });
    await this.act(scope, id, req, res, { form: typed, formName: 'offer' }, async () => {
      await this.cases.addActivity(scope, id, { kind: 'offer', offerTypeId: form.value.offerTypeId, outcome: form.value.outcome, body: form.value.details }, new Date(), actorOf(req, res));
      return translate(req.locale, 'retention.done.offer');
    });
  }

  @Post('cases/:id/offers/:offerId')
  async offerOutcome(
    @Scope() scope: AccessScope,
    @Param('id', PageIdPipe) id: string,
    @Param('offerId', PageIdPipe) offerId: string,
    @Req() req: DashboardRequest,
    @Res() res: Response,
    @Body() body: unknown,
  ): Promise<void> {
    const form = await readForm(OfferOutcomeFormDto, body, req.locale);
    if (form.errors) return this.renderCase(scope, id, req, res, HttpStatus.BAD_REQUEST, { formName: 'offer', errors: form.errors });
    await this.act(scope, id, req, res, { formName: 'offer' }, async () => {
      await this.cases.setOfferOutcome(scope, id, offerId, form.value.outcome, undefined, actorOf(req, res));
      return translate(req.locale, 'retention.done.offerOutcome');
    });
  }

  @Post('cases/:id/interview')
  async interview(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    // The boxes as ticked, even when the form fails and form.value is null.
    const secondaryReasons = asArray({ value: (body as Record<string, unknown> | undefined)?.secondaryReasons }).map(String);
    const form = await readForm(InterviewFormDto, body, req.locale);
    const state = { form: typed, formName: 'interview', secondaryReasons };
    if (form.errors) return this.renderCase(scope, id, req, res, HttpStatus.BAD_REQUEST, { ...state, errors: form.errors });
    const v = form.value;
    await this.act(scope, id, req, res, state, async () => {
      await this.cases.recordInterview(
        scope,
        id,
        { primaryReason: v.primaryReason, secondaryReasons: v.secondaryReasons, destination: v.destination, competitor: v.competitor, mightReturn: v.mightReturn, comment: v.comment },
        actorOf(req, res),
      );
      return translate(req.locale, 'retention.done.interview');
    });
  }

  /**
   * An action on the case through runAction, back to the case with a flash.
   * An offer the form named that is not on the case is the form's problem;
   * the case itself not being there is a 404.
   */
  private async act(scope: AccessScope, id: string, req: DashboardRequest, res: Response, state: PageState, work: () => Promise<string>): Promise<void> {
    await runAction(
      req,
      res,
      async () => ({ text: await work(), redirect: `/retention/cases/${id}` }),
      (rule) => this.renderCase(scope, id, req, res, rule.status, { ...state, ...rule }),
      ['CHURN_OFFER_NOT_FOUND'],
    );
  }

  private async renderBoard(scope: AccessScope, req: DashboardRequest, res: Response, query: Record<string, unknown>, status: number, state: PageState): Promise<void> {
    const locale = req.locale;
    const raw = Object.fromEntries(['status', 'owner', 'reason', 'mine'].map((f) => [f, typeof query[f] === 'string' ? (query[f] as string).trim() : '']));
    const filter = await readForm(BoardFilterDto, raw, locale);
    const owners = await this.cases.assignableOwners();
    const f = filter.value ?? {};
    const owner = f.mine && scope.actorUserId ? scope.actorUserId : f.owner;
    const page = filter.errors
      ? { items: [], nextCursor: null }
      : await this.cases.list(scope, { status: f.status ?? 'active', owner, reason: f.reason, limit: BOARD_LIMIT });
    const rows = page.items.map((c) => caseRow(c, locale));
    const columns = OPEN_STATUSES.filter((s) => !f.status || s === f.status).map((s) => ({
      status: s,
      label: translate(locale, `retention.status.${s}`),
      rows: rows.filter((r) => r.status === s),
    }));
    const option = (value: string, label: string, current: string | undefined) => ({ value, label, selected: value === current });
    res.status(filter.errors ? HttpStatus.BAD_REQUEST : status).render('retention/board', {
      titleKey: 'retention.board.title',
      filters: raw,
      filtered: Object.values(raw).some(Boolean),
      options: {
        statuses: OPEN_STATUSES.map((s) => option(s, translate(locale, `retention.status.${s}`), raw.status)),
        owners: owners.map((u) => option(u.id, ownerLabel(u, locale), raw.owner)),
        reasons: CHURN_REASONS.map((r) => option(r, reasonLabel(locale, r), raw.reason)),
      },
      canMine: scope.role === 'retention_agent' || scope.role === 'admin',
      columns,
      total: translate(locale, 'units.cases', { count: rows.length }),
      more: page.nextCursor !== null,
      form: state.form ?? {},
      openFormOpen: state.formName === 'open',
      errors: filter.errors ?? state.errors ?? null,
    });
  }

  private async renderCase(scope: AccessScope, id: string, req: DashboardRequest, res: Response, status: number, state: PageState): Promise<void> {
    const locale = req.locale;
    // First, alone: a case that does not exist is a 404 before anything else is read.
    const c = await this.cases.get(scope, id);
    const [offerTypes, owners, timeline] = await Promise.all([
      this.offerTypes.list(),
      this.cases.assignableOwners(),
      this.timeline.page(c.customer.id, { limit: HISTORY_LIMIT }, scope),
    ]);
    const form = state.form ?? {};
    const allowed = TRANSITIONS[c.status];
    const open = OPEN_STATUSES.includes(c.status);
    const interview = c.interview;
    const ticked = new Set(state.secondaryReasons ?? interview?.secondaryReasons ?? []);
    const chosen = (name: string, current: string | null | undefined) => (state.formName === 'interview' ? form[name] : current ?? '');
    const typeNames = new Map(offerTypes.map((o) => [o.key, o.name]));
    const row = caseRow(c, locale);
    res.status(status).render('retention/case', {
      title: translate(locale, 'retention.case.title', { customer: row.customer }),
      c,
      row,
      open,
      interview: interview
        ? {
            ...interview,
            primary: reasonLabel(locale, interview.primaryReason),
            secondary: interview.secondaryReasons.map((r) => reasonLabel(locale, r)),
            destinationLabel: interview.destination ? translate(locale, `retention.destination.${interview.destination}`) : null,
            mightReturnLabel: interview.mightReturn ? translate(locale, `retention.mightReturn.${interview.mightReturn}`) : null,
          }
        : null,
      interviewFormOpen: state.formName === 'interview' || !interview,
      interviewOptions: {
        primary: CHURN_REASONS.map((r) => ({ value: r, label: reasonLabel(locale, r), selected: r === chosen('primaryReason', interview?.primaryReason) })),
        secondary: CHURN_REASONS.map((r) => ({ value: r, label: reasonLabel(locale, r), checked: ticked.has(r) })),
        destinations: DESTINATIONS.map((d) => ({ value: d, label: translate(locale, `retention.destination.${d}`), selected: d === chosen('destination', interview?.destination) })),
        mightReturn: MIGHT_RETURN.map((m) => ({ value: m, label: translate(locale, `retention.mightReturn.${m}`), selected: m === chosen('mightReturn', interview?.mightReturn) })),
        competitor: chosen('competitor', interview?.competitor),
        comment: chosen('comment', interview?.comment),
      },
      transitions: {
        contacted: allowed.includes('contacted'),
        offerMade: allowed.includes('offer_made'),
        wonBack: allowed.includes('won_back'),
        lost: allowed.includes('lost'),
        any: allowed.length > 0,
        allowedText: allowed.map((s) => translate(locale, `retention.status.${s}`)).join(', '),
      },
      offers: c.offers.map((o) => ({
        ...o,
        outcomeLabel: translate(locale, `retention.outcome.${o.outcome}`),
        won: c.wonOffer?.id === o.id,
        selected: form.wonOfferId ? form.wonOfferId === o.id : o.outcome === 'accepted',
      })),
      offerTypes: offerTypes.filter((o) => o.active).map((o) => ({ ...o, selected: o.id === form.offerTypeId })),
      outcomes: ['pending', 'accepted', 'declined'].map((o) => ({ value: o, label: translate(locale, `retention.outcome.${o}`), selected: o === (form.outcome ?? 'pending') })),
      activityKinds: ['call', 'note', 'email'].map((k) => ({ value: k, label: translate(locale, `retention.activity.${k}`), selected: k === (form.kind ?? 'call') })),
      owners: owners.map((u) => ({ id: u.id, name: ownerLabel(u, locale), selected: u.id === c.owner?.id })),
      activities: c.activities
        .slice()
        .reverse()
        .map((a) => ({ ...a, text: activityText(a, locale, typeNames) })),
      lastScores: c.lastScores,
      openFeedbackItems: c.openFeedbackItems,
      timeline: timeline.items,
      timelineMore: timeline.nextCursor !== null,
      form,
      formName: state.formName ?? null,
      errors: state.errors ?? null,
      alert: state.alert ?? null,
    });
  }
}

/** A retention agent by name; anyone else who may own a case (an admin) with the role, so the team tells them apart. */
function ownerLabel(u: UserEntity, locale: Locale): string {
  return u.role === 'retention_agent' ? u.name : `${u.name} (${translate(locale, `roles.${u.role}`)})`;
}

/** A line of the case log in the page's language. */
function activityText(a: { kind: string; body: string | null; data: Record<string, unknown> }, locale: Locale, offerTypes: Map<string, string>): string {
  const d = a.data ?? {};
  const status = (v: unknown) => (typeof v === 'string' ? translate(locale, `retention.status.${v}`) : '');
  switch (a.kind) {
    case 'status_changed':
      return translate(locale, 'retention.log.status', { from: status(d.from), to: status(d.to) });
    case 'offer':
      return translate(locale, 'retention.log.offer', {
        offer: typeof d.offerType === 'string' ? (offerTypes.get(d.offerType) ?? d.offerType) : '',
        outcome: typeof d.outcome === 'string' ? translate(locale, `retention.outcome.${d.outcome}`) : '',
      });
    case 'interview':
      return translate(locale, 'retention.log.interview', { reason: typeof d.primaryReason === 'string' ? reasonLabel(locale, d.primaryReason) : '' });
    default:
      return translate(locale, `retention.log.${a.kind}`);
  }
}

/** The evidence of an at-risk reason, in words. */
function evidenceText(kind: string, d: Record<string, unknown>, locale: Locale): string {
  switch (kind) {
    case 'detractor':
      return translate(locale, 'retention.evidence.detractor', { metric: String(d.metric ?? '').toUpperCase(), score: String(d.score ?? '') });
    case 'score_drop':
      return translate(locale, 'retention.evidence.scoreDrop', { metric: String(d.metric ?? '').toUpperCase(), from: String(d.fromScore ?? ''), to: String(d.toScore ?? '') });
    case 'repeat_contacts':
      return translate(locale, 'retention.evidence.repeatContacts', { contacts: translate(locale, 'units.contacts', { count: Number(d.count ?? 0) }), days: String(d.withinDays ?? 14) });
    case 'sla_breach':
      return translate(locale, 'retention.evidence.slaBreach', { missed: Array.isArray(d.missed) ? d.missed.join(', ') : '' });
    default:
      return '';
  }
}
