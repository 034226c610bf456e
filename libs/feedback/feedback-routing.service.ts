import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { EventsService } from '@feedloop/events/events.service';
import { RESPONSE_RECORDED } from '@feedloop/responses/response-events';
import { ResponsesQueryService } from '@feedloop/responses/responses-query.service';
import type { ResponseDetailDto } from '@feedloop/responses/dto/response-item.dto';
import { InvitationsService } from '@feedloop/surveys/invitations.service';
import { SurveysService } from '@feedloop/surveys/surveys.service';
import { ThemeModelService } from '@feedloop/themes/theme-model.service';
import { ThemesService } from '@feedloop/themes/themes.service';
import { isDissatisfied } from './dissatisfied';
import type { RoutedTheme } from './feedback-response-routing.entity';
import type { RoutingReason } from './feedback-item.entity';
import { FeedbackItemsRepository } from './feedback-items.repository';
import { FeedbackRoutingsRepository } from './feedback-routings.repository';
import { FeedbackWebhooks } from './feedback-webhooks';
import { ROUTE_RESPONSE, RouteResponseData, routeResponseJob, sweepUnroutedJob } from './feedback.jobs';
import { deadlines } from './sla';

/** A second contact within this many days of an earlier one (or on the same case) is "had to repeat myself". */
export const REPEAT_CONTACT_DAYS = 7;
const HAD_TO_REPEAT = 'had_to_repeat';
const FALLBACK_DEPARTMENT = 'customer_service';
/** The sweep re-reads this much before where it stopped: answers commit a moment after the time they carry. */
const SWEEP_OVERLAP_MS = 5 * 60_000;
/** ...and leaves the last seconds to the next run, for the same reason. */
const SWEEP_LAG_MS = 10_000;
const SWEEP_BATCH = 2_000;
/** A complaint theme on a happy score must be at least this sure (and surer than any praise) to route. */
const HAPPY_THEME_MIN = 0.6;
/** The department head alone routes a happy answer's comment only when this sure... */
const HAPPY_DEPARTMENT_MIN = 0.9;
/** ...and an unhappy one's to every department at least this likely (two-part complaints). */
const UNHAPPY_DEPARTMENT_MIN = 0.3;
/** A theme found in one clause of a comment (and not in the whole) routes when at least this sure, on top of the score's own bar. */
const CLAUSE_THEME_MIN = 0.6;
/**
 * A clause's theme counts only when the department head is at least this sure
 * of the clause's department, or the theme itself is CLAUSE_SURE_THEME sure.
 * Real complaint clauses ("kurier się spóźnił", "potem naliczyli mi podwójną
 * opłatę") score 0.93-1.00 at the head; short neutral ones that the theme
 * head over-reads ("Zamówiłam go w piątek": late_delivery 0.76, logistics
 * 0.63) score 0.4-0.75. Short product clauses are the exception the second
 * bar lets through: "potem zaczął przeciekać od spodu" is product_defect
 * 0.98 at a head only 0.46 sure of product.
 */
const CLAUSE_DEPARTMENT_MIN = 0.8;
const CLAUSE_SURE_THEME = 0.9;
/**
 * A comment's complaint theme of a department other than the one the department
 * head puts first must be at least this sure to open that department's item.
 * Between the themes' 0.4 threshold and this it is mostly an echo of the main
 * complaint: "The price went up again" gives price_too_high 0.99 (product)
 * and unexpected_charge 0.45 (billing). Second complaints of a two-part
 * comment score far higher, and each clause is read on its own as well.
 */
const OTHER_DEPARTMENT_THEME_MIN = 0.6;

type ThemeSummaries = Map<string, { kind: string; departmentId: string; active: boolean }>;

/** A weak theme of another department than the one the department head puts first (see OTHER_DEPARTMENT_THEME_MIN). */
function isEchoOfAnotherDepartment(themeDepartmentId: string, confidence: number, headFirstDepartmentId: string | undefined): boolean {
  return themeDepartmentId !== headFirstDepartmentId && confidence < OTHER_DEPARTMENT_THEME_MIN;
}

/** The confidence of the strongest praise theme among these, 0 if none. */
function strongestPraise(themes: ReadonlyArray<{ key: string; confidence: number }>, summaries: ThemeSummaries): number {
  return Math.max(0, ...themes.filter((t) => summaries.get(t.key)?.kind === 'praise').map((t) => t.confidence));
}

export interface RoutingTarget {
  departmentId: string;
  reason: RoutingReason;
  themes: RoutedTheme[];
}

/**
 * Turns an answer into the feedback items of the departments that must act
 * on it: one per department whose complaint theme its comment carries (on any
 * score), or, for a dissatisfied score with no such theme, the survey's
 * default department. Runs in a pg-boss job, never on the answer's request;
 * repeatable: items are keyed by response and department, so a retried job
 * or a changed answer updates them (and withdraws those no longer due).
 */
@Injectable()
export class FeedbackRoutingService implements OnModuleInit {
  private readonly logger = new Logger(FeedbackRoutingService.name);

  constructor(
    private readonly items: FeedbackItemsRepository,
    private readonly routings: FeedbackRoutingsRepository,
    private readonly responses: ResponsesQueryService,
    private readonly invitations: InvitationsService,
    private readonly events: EventsService,
    private readonly surveys: SurveysService,
    private readonly departments: DepartmentsService,
    private readonly themes: ThemesService,
    private readonly models: ThemeModelService,
    private readonly webhooks: FeedbackWebhooks,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(routeResponseJob(this));
    this.jobs.register(sweepUnroutedJob(this));
    this.jobs.subscribe(RESPONSE_RECORDED, ROUTE_RESPONSE);
  }

  /**
   * Queues every answer first given in [from, to) to be classified and
   * routed again, even if routed already: after a retrain, history gets the
   * new model's themes. Items staff moved or resolved stay as they are.
   */
  async reclassify(from: Date, to: Date): Promise<number> {
    let queued = 0;
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const batch = await this.responses.idsCreatedBetween(from, to, SWEEP_BATCH, after);
      if (batch.length) {
        await this.jobs.insert(batch.map((r) => ({ name: ROUTE_RESPONSE, data: { responseId: r.id, force: true } satisfies RouteResponseData })));
        queued += batch.length;
      }
      if (batch.length < SWEEP_BATCH) return queued;
      const last = batch[batch.length - 1];
      after = { at: last.at, id: last.id };
    }
  }

  /** Routes the current version of an answer; does nothing if that version was routed already, unless forced. */
  async route(responseId: string, force = false): Promise<{ created: string[]; updated: string[]; withdrawn: string[] } | null> {
    let response: ResponseDetailDto;
    try {
      response = await this.responses.get(responseId);
    } catch {
      return null; // Gone (never committed, or deleted): nothing to route.
    }
    const done = await this.routings.find(responseId);
    if (!force && done && done.responseUpdatedAt.getTime() >= new Date(response.updatedAt).getTime()) return null;

    const invitation = await this.invitations.findById(response.invitationId);
    const locale = invitation?.locale ?? null;
    const event = invitation?.eventId ? await this.events.get(invitation.eventId).catch(() => null) : null;
    const found: RoutedTheme[] = [];
    let modelVersion: string | null = null;
    let departmentScores: Array<{ key: string; confidence: number }> = [];
    if (response.comment) {
      const c = await this.themes.classify(response.comment, locale ?? undefined);
      modelVersion = c.modelVersion;
      departmentScores = c.departments;
      found.push(...c.themes.map((t) => ({ key: t.key, confidence: t.confidence, source: 'model' as const })));
    }
    const dissatisfied = isDissatisfied(response.metric, response.score);
    if (dissatisfied && event?.type === 'contact' && !found.some((t) => t.key === HAD_TO_REPEAT)) {
      const repeated = await this.events.hadEarlierContact(
        { id: event.id, customerId: event.customerId, occurredAt: new Date(event.occurredAt), caseId: event.caseId },
        REPEAT_CONTACT_DAYS,
      );
      if (repeated) found.push({ key: HAD_TO_REPEAT, confidence: 1, source: 'history' });
    }
    const targets = await this.targets(response, found, dissatisfied, departmentScores);

    const result = await this.items.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('feedback.route'), hashtext($1))`, [responseId]);
      const outcome = await this.write(m, response, targets, { locale, event });
      await this.routings.save(
        { responseId, customerId: response.customerId, responseUpdatedAt: new Date(response.updatedAt), modelVersion, themes: found },
        m,
      );
      return outcome;
    });
    return result;
  }

  /**
   * Routes an exit interview (libs/churn): one item per department that a
   * reason names (`reasonRoutes`, with the catalogue theme the reason is) or
   * that the comment reaches by the same decision as a survey comment
   * (commentTargets: its themes, its clauses' themes, the department head). A
   * leaving customer is dissatisfied by definition, so the comment is read as
   * a low score's. Repeatable like route(): items are keyed by case and
   * department, a changed interview updates them and withdraws those no
   * longer due.
   */
  async routeExitInterview(input: {
    churnCaseId: string;
    customerId: string;
    comment: string | null;
    locale: 'pl' | 'en' | null;
    reasonRoutes: Array<{ department: string; theme: string | null; reason: string }>;
  }): Promise<{ created: string[]; updated: string[]; withdrawn: string[] }> {
    const summaries = await this.themes.summaries();
    const departments = new Map((await this.departments.list()).map((d) => [d.key, d.id]));
    const byDepartment = new Map<string, RoutedTheme[]>();
    const add = (departmentId: string, theme: RoutedTheme | null) => {
      const themes = byDepartment.get(departmentId) ?? [];
      if (theme && !themes.some((t) => t.key === theme.key)) themes.push(theme);
      byDepartment.set(departmentId, themes);
    };
    for (const r of input.reasonRoutes) {
      const id = departments.get(r.department);
      if (!id) continue; // A department an admin removed: the comment may still route.
      const s = r.theme ? summaries.get(r.theme) : undefined;
      add(id, s && s.active && s.departmentId === id ? { key: r.theme!, confidence: 1, source: 'interview' } : null);
    }
    if (input.comment) {
      const c = await this.themes.classify(input.comment, input.locale ?? undefined);
      const found = c.themes.map((t) => ({ key: t.key, confidence: t.confidence, source: 'model' as const }));
      for (const target of (await this.commentTargets(input.comment, found, true, c.departments, departments)).values()) {
        add(target.departmentId, null);
        for (const theme of target.themes) add(target.departmentId, theme);
      }
    }
    const now = new Date();
    return this.items.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('feedback.route-exit'), hashtext($1))`, [input.churnCaseId]);
      const existing = await this.items.itemsOfChurnCase(input.churnCaseId, m);
      const movedAway = new Set(existing.map((e) => e.reroutedFromId).filter((id): id is string => !!id));
      const created: string[] = [];
      const updated: string[] = [];
      const withdrawn: string[] = [];
      for (const [departmentId, themes] of byDepartment) {
        if (movedAway.has(departmentId)) continue;
        const department = await this.departments.get(departmentId);
        const before = existing.find((e) => e.departmentId === departmentId);
        const { acknowledgeBy, resolveBy } = deadlines(now, department);
        const { id, created: isNew } = await this.items.upsertForChurnCase(
          { churnCaseId: input.churnCaseId, departmentId, customerId: input.customerId, comment: input.comment, locale: input.locale, acknowledgeBy, resolveBy },
          m,
        );
        await this.items.replaceRoutedThemes(id, themes, m);
        if (isNew) {
          created.push(id);
          await this.items.logActivity(id, 'created', null, { reason: 'exit_interview', themes: themes.map((t) => t.key) }, m);
          await this.webhooks.itemCreated(id, m);
        } else {
          updated.push(id);
          await this.items.logActivity(id, before?.withdrawnAt ? 'created' : 'updated_by_answer', null, { themes: themes.map((t) => t.key) }, m);
        }
      }
      for (const e of existing) {
        if (byDepartment.has(e.departmentId) || e.withdrawnAt || e.reason === 'manual' || e.status === 'resolved') continue;
        await this.items.withdraw(e.id, m);
        await this.items.logActivity(e.id, 'withdrawn', null, {}, m);
        withdrawn.push(e.id);
      }
      return { created, updated, withdrawn };
    });
  }

  /**
   * Routes answers that published no `response.recorded` (first answers from
   * a score link, written by one statement for speed) and anything a lost job
   * left behind: every response first given since the last sweep with no
   * routing of its current version.
   */
  async sweep(now = new Date()): Promise<number> {
    const sweptUntil = await this.routings.sweptUntil();
    const from = new Date(sweptUntil.getTime() - SWEEP_OVERLAP_MS);
    const to = new Date(now.getTime() - SWEEP_LAG_MS);
    if (to <= from) return 0;
    const candidates = await this.responses.idsCreatedBetween(from, to, SWEEP_BATCH);
    const missing = await this.routings.unrouted(candidates.map((c) => c.id));
    for (const id of missing) {
      try {
        await this.route(id);
      } catch (err) {
        // One bad answer must not stop the sweep; its job (if any) retries, and so does the next sweep's overlap.
        this.logger.error(`routing response ${id} failed: ${(err as Error).message}`);
      }
    }
    const reached = candidates.length === SWEEP_BATCH ? new Date(candidates[candidates.length - 1].createdAt) : to;
    await this.routings.setSweptUntil(reached);
    return missing.length;
  }

  /**
   * Departments to route to. The theme head names themes, in the whole
   * comment and in each of its clauses: "the courier was late, and then they
   * charged me twice" is two complaints, and the whole sentence may carry only
   * the stronger one's theme above its threshold. The department head (trained
   * on far more text, real shop reviews among it) catches a complaint whose
   * theme fell below its threshold. On a happy score the bar is higher and
   * praise wins: "Super, dziękuję!" routes nowhere, "ok, tylko kurier był
   * spóźniony" still reaches logistics. Public for the demo company
   * (scripts/demo), which writes its items in bulk by this same decision.
   */
  async targets(response: Pick<ResponseDetailDto, 'comment' | 'surveyId'>, found: RoutedTheme[], dissatisfied: boolean, departmentScores: Array<{ key: string; confidence: number }>): Promise<RoutingTarget[]> {
    // A score without a comment has no clauses and no department scores: no need for the departments.
    const departments = response.comment ? new Map((await this.departments.list()).map((d) => [d.key, d.id])) : new Map<string, string>();
    const byDepartment = await this.commentTargets(response.comment, found, dissatisfied, departmentScores, departments);
    const fromComment = [...byDepartment.values()].some((t) => t.reason === 'theme');
    if (dissatisfied && !fromComment) {
      const fallback = await this.defaultDepartmentId(response.surveyId);
      if (!byDepartment.has(fallback)) byDepartment.set(fallback, { departmentId: fallback, reason: 'score', themes: [] });
    }
    return [...byDepartment.values()];
  }

  /**
   * targets() without the score's default department: what the comment and
   * the themes found reach, by department id. `departments` (key -> id) is
   * the caller's, read once per answer or interview.
   */
  private async commentTargets(
    comment: string | null,
    found: RoutedTheme[],
    dissatisfied: boolean,
    departmentScores: Array<{ key: string; confidence: number }>,
    departments: Map<string, string>,
  ): Promise<Map<string, RoutingTarget>> {
    const summaries = await this.themes.summaries();
    const praise = strongestPraise(found, summaries);
    const themeBar = dissatisfied ? 0 : Math.max(HAPPY_THEME_MIN, praise + 0.05);
    const byDepartment = new Map<string, RoutingTarget>();
    const add = (theme: RoutedTheme, departmentId: string) => {
      const t = byDepartment.get(departmentId) ?? { departmentId, reason: theme.source === 'history' ? 'history' : 'theme', themes: [] };
      if (theme.source !== 'history') t.reason = 'theme';
      t.themes.push(theme);
      byDepartment.set(departmentId, t);
    };
    const headFirst = departments.get(departmentScores[0]?.key ?? '');
    for (const theme of found) {
      const s = summaries.get(theme.key);
      if (!s || s.kind !== 'complaint' || !s.active) continue;
      // History alone ("had to repeat") routes only an unhappy answer; a comment's theme routes any score it clears.
      if (theme.source === 'history' && !dissatisfied) continue;
      if (theme.source === 'model' && theme.confidence < themeBar) continue;
      if (theme.source === 'model' && isEchoOfAnotherDepartment(s.departmentId, theme.confidence, headFirst)) continue;
      add(theme, s.departmentId);
    }
    const clauses = comment ? await this.clauseThemes(comment, summaries, departments) : [];
    for (const theme of clauses) {
      const departmentId = summaries.get(theme.key)!.departmentId;
      if (byDepartment.has(departmentId) || theme.confidence < Math.max(themeBar, CLAUSE_THEME_MIN)) continue;
      add(theme, departmentId);
    }
    if (comment && (dissatisfied || praise < 0.5)) {
      const bar = dissatisfied ? UNHAPPY_DEPARTMENT_MIN : HAPPY_DEPARTMENT_MIN;
      for (const d of departmentScores) {
        const id = departments.get(d.key);
        if (!id || d.confidence < bar || byDepartment.has(id)) continue;
        byDepartment.set(id, { departmentId: id, reason: 'theme', themes: clauses.filter((t) => summaries.get(t.key)!.departmentId === id) });
      }
    }
    return byDepartment;
  }

  /**
   * The active complaint themes found in the comment's clauses (when it has
   * more than one), each at its best clause's confidence. A clause's theme
   * counts only when its department is also the clause's most likely one: out
   * of context "kurier nie odbiera telefonu" reads as no_reply too, but the
   * department head, which has seen "kurier", says logistics. Nor when the
   * clause reads as praise more than as that complaint: "przez tydzień robił
   * dobrą kawę" (praise_product 0.95) also gave late_delivery 0.69 from
   * "przez tydzień", and opened a logistics item for a leaking coffee machine.
   */
  private async clauseThemes(
    comment: string,
    summaries: ThemeSummaries,
    departments: Map<string, string>,
  ): Promise<RoutedTheme[]> {
    const clauses = comment.split(/[,.;!?\n]+|\s(?:a|i|ale|oraz|potem|and|but|then)\s/i).map((c) => c.trim()).filter((c) => c.length >= 8);
    const best = new Map<string, RoutedTheme>();
    for (const clause of clauses.length > 1 ? clauses.slice(0, 8) : []) {
      // The same classifier as the whole comment (model and keyword rules), so a rule's phrase counts in a clause too.
      const found = await this.models.classify(clause);
      const headSure = (found.departments[0]?.confidence ?? 0) >= CLAUSE_DEPARTMENT_MIN;
      const top = departments.get(found.departments[0]?.key ?? '');
      const praise = strongestPraise(found.themes, summaries);
      for (const t of found.themes) {
        const s = summaries.get(t.key);
        if (s?.kind !== 'complaint' || !s.active || s.departmentId !== top || t.confidence <= praise) continue;
        if (!headSure && t.confidence < CLAUSE_SURE_THEME) continue;
        if ((best.get(t.key)?.confidence ?? 0) < t.confidence) best.set(t.key, { key: t.key, confidence: t.confidence, source: 'model' });
      }
    }
    return [...best.values()];
  }

  private async defaultDepartmentId(surveyId: string): Promise<string> {
    const survey = await this.surveys.get(surveyId).catch(() => null);
    if (survey?.defaultDepartmentId) return survey.defaultDepartmentId;
    return (await this.departments.getByKey(FALLBACK_DEPARTMENT)).id;
  }

  private async write(
    m: EntityManager,
    response: ResponseDetailDto,
    targets: RoutingTarget[],
    context: { locale: 'pl' | 'en' | null; event: { agent: string | null; caseId: string | null; contactChannel: string | null; team: string | null } | null },
  ): Promise<{ created: string[]; updated: string[]; withdrawn: string[] }> {
    const existing = await this.items.itemsOfResponse(response.id, m);
    // A department staff re-routed away from is not given the item back by a changed answer.
    const movedAway = new Set(existing.map((e) => e.reroutedFromId).filter((id): id is string => !!id));
    const wanted = targets.filter((t) => !movedAway.has(t.departmentId));
    const created: string[] = [];
    const updated: string[] = [];
    const withdrawn: string[] = [];
    const now = new Date();
    for (const t of wanted) {
      const department = await this.departments.get(t.departmentId);
      const before = existing.find((e) => e.departmentId === t.departmentId);
      const { acknowledgeBy, resolveBy } = deadlines(now, department);
      const { id, created: isNew } = await this.items.upsert(
        {
          responseId: response.id,
          departmentId: t.departmentId,
          customerId: response.customerId,
          surveyId: response.surveyId,
          invitationId: response.invitationId,
          metric: response.metric,
          score: response.score,
          comment: response.comment,
          locale: context.locale,
          contactChannel: response.contactChannel ?? context.event?.contactChannel ?? null,
          team: response.team ?? context.event?.team ?? null,
          agent: context.event?.agent ?? null,
          caseId: context.event?.caseId ?? null,
          reason: t.reason,
          acknowledgeBy,
          resolveBy,
        },
        m,
      );
      await this.items.replaceRoutedThemes(id, t.themes, m);
      if (isNew) {
        created.push(id);
        await this.items.logActivity(id, 'created', null, { reason: t.reason, themes: t.themes.map((x) => x.key) }, m);
        await this.webhooks.itemCreated(id, m);
      } else {
        updated.push(id);
        await this.items.logActivity(id, before?.withdrawnAt ? 'created' : 'updated_by_answer', null, { score: response.score, themes: t.themes.map((x) => x.key) }, m);
      }
    }
    for (const e of existing) {
      const stillWanted = wanted.some((t) => t.departmentId === e.departmentId);
      if (stillWanted || e.withdrawnAt || e.reason === 'manual' || e.status === 'resolved') continue;
      await this.items.withdraw(e.id, m);
      await this.items.logActivity(e.id, 'withdrawn', null, { score: response.score }, m);
      withdrawn.push(e.id);
    }
    return { created, updated, withdrawn };
  }
}
