import { DepartmentsService } from '@feedloop/departments/departments.service';
import { Injectable } from '@nestjs/common';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { UUID } from '@feedloop/core/validation';
import { CreateSurveyDto } from './dto/create-survey.dto';
import { PreviewSurveyDto, SurveyPreviewDto } from './dto/preview-survey.dto';
import { UpdateSurveyDto } from './dto/update-survey.dto';
import { SurveyEntity, SurveyKind, SurveyLocale, SurveyTemplates, SurveyTriggerEventType, SURVEY_LOCALES, SURVEY_METRICS, TriggerFilters } from './survey.entity';
import { SurveyMessageRenderer, SurveyMessageSource, overrideTemplateProblem } from './survey-message.renderer';
import { SurveyNotFoundError } from './surveys.errors';
import { SurveyFilter, SurveyWrite, SurveysRepository } from './surveys.repository';

/** What a kind implies when the survey does not say otherwise. */
const KIND_DEFAULTS: Record<SurveyKind, { triggerEventType: SurveyTriggerEventType | null; delayMinutes: number; throttleDays: number }> = {
  post_contact: { triggerEventType: 'contact', delayMinutes: 60, throttleDays: 30 },
  onboarding: { triggerEventType: 'signup', delayMinutes: 14 * 24 * 60, throttleDays: 30 },
  // A leaving customer is asked why even if they answered another survey last week.
  exit: { triggerEventType: 'cancellation', delayMinutes: 0, throttleDays: 0 },
  relationship: { triggerEventType: null, delayMinutes: 0, throttleDays: 30 },
};

const DEFAULT_QUIET_HOURS = { start: '21:00', end: '08:00' };
const DEFAULT_EXPIRY_HOURS = 168;
const DEFAULT_REMINDER_AFTER_HOURS = 72;
/** Links in a preview carry this instead of a real invitation's token. */
export const PREVIEW_TOKEN = 'preview';

@Injectable()
export class SurveysService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly renderer: SurveyMessageRenderer,
    private readonly departments: DepartmentsService,
    private readonly audit: AuditLog,
  ) {}

  /** The department key given (null: none), or customer service for the kinds that are about service. */
  private async defaultDepartmentId(kind: string, key: string | null | undefined): Promise<string | null> {
    if (key === null) return null;
    const wanted = key ?? (kind === 'post_contact' || kind === 'onboarding' ? 'customer_service' : null);
    if (!wanted) return null;
    const found = (await this.departments.list()).find((d) => d.key === wanted);
    if (!found) throw new InvalidInputError(`defaultDepartment must be the key of a department (${wanted} is not one)`, 'defaultDepartment');
    return found.id;
  }

  /** The survey whatever its status; SURVEY_NOT_FOUND otherwise. */
  async get(id: string): Promise<SurveyEntity> {
    const survey = await this.repo.findById(checkedId(id));
    if (!survey) throw new SurveyNotFoundError(id);
    return survey;
  }

  /**
   * The exit survey churn cases send when they open (the oldest active exit
   * survey without a trigger rule; one with a trigger is sent by scheduling
   * like any other survey), or null when there is none.
   */
  activeExitSurvey(): Promise<SurveyEntity | null> {
    return this.repo.findActiveExitWithoutTrigger();
  }

  /** Active surveys triggered by events of this type, oldest first; match each with matchesTrigger(). */
  listActiveForTrigger(eventType: string): Promise<SurveyEntity[]> {
    return this.repo.findActiveByTrigger(eventType);
  }

  list(filter: SurveyFilter = {}): Promise<SurveyEntity[]> {
    return this.repo.list(filter);
  }

  async create(input: CreateSurveyDto, actor: AuditActor = SYSTEM_ACTOR): Promise<SurveyEntity> {
    const values = await this.valuesOf(input);
    return this.repo.transaction(async (m) => {
      const created = await this.repo.insert(values, m);
      await this.audit.record(m, actor, { action: 'survey.created', entityType: 'survey', entityId: created.id, after: auditSnapshot(created) });
      return created;
    });
  }

  /**
   * The row create() would write, with every default filled in and every
   * rule checked, without writing it: what the dashboard's form checks before
   * saving, so it can show the same errors next to the fields.
   */
  async valuesOf(input: CreateSurveyDto): Promise<SurveyWrite> {
    const defaults = KIND_DEFAULTS[input.kind];
    const quietGiven = input.quietHoursStart !== undefined || input.quietHoursEnd !== undefined;
    const values: SurveyWrite = {
      name: input.name,
      kind: input.kind,
      metric: input.metric ?? null,
      status: input.status ?? 'active',
      question: { pl: input.question.pl, en: input.question.en },
      followUp: { pl: input.followUp.pl, en: input.followUp.en },
      channels: input.channels ?? ['email', 'sms'],
      triggerEventType: input.triggerEventType === undefined ? defaults.triggerEventType : input.triggerEventType,
      triggerFilters: compactFilters(input.triggerFilters),
      delayMinutes: input.delayMinutes ?? defaults.delayMinutes,
      throttleDays: input.throttleDays ?? defaults.throttleDays,
      quietHoursStart: quietGiven ? (input.quietHoursStart ?? null) : DEFAULT_QUIET_HOURS.start,
      quietHoursEnd: quietGiven ? (input.quietHoursEnd ?? null) : DEFAULT_QUIET_HOURS.end,
      expiryHours: input.expiryHours ?? DEFAULT_EXPIRY_HOURS,
      reminderAfterHours: input.reminderAfterHours === undefined ? DEFAULT_REMINDER_AFTER_HOURS : input.reminderAfterHours,
      smsTransliterate: input.smsTransliterate ?? false,
      templates: compactTemplates(input.templates),
      defaultDepartmentId: await this.defaultDepartmentId(input.kind, input.defaultDepartment),
    };
    checkRules(values);
    return values;
  }

  async update(id: string, input: UpdateSurveyDto, actor: AuditActor = SYSTEM_ACTOR): Promise<SurveyEntity> {
    return this.repo.transaction(async (manager) => {
      const current = await this.repo.lockById(checkedId(id), manager);
      if (!current) throw new SurveyNotFoundError(id);
      const changes: Partial<SurveyWrite> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.kind !== undefined && (input.kind === 'exit') !== (current.kind === 'exit')) {
        throw new InvalidInputError('kind cannot change to or from exit: an exit survey has no metric, every other kind has one', 'kind');
      }
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.question !== undefined) changes.question = { pl: input.question.pl, en: input.question.en };
      if (input.followUp !== undefined) changes.followUp = { pl: input.followUp.pl, en: input.followUp.en };
      if (input.channels !== undefined) changes.channels = input.channels;
      if (input.triggerEventType !== undefined) changes.triggerEventType = input.triggerEventType;
      if (input.triggerFilters !== undefined) changes.triggerFilters = compactFilters(input.triggerFilters);
      if (input.delayMinutes !== undefined) changes.delayMinutes = input.delayMinutes;
      if (input.throttleDays !== undefined) changes.throttleDays = input.throttleDays;
      if (input.quietHoursStart !== undefined) changes.quietHoursStart = input.quietHoursStart;
      if (input.quietHoursEnd !== undefined) changes.quietHoursEnd = input.quietHoursEnd;
      if (input.expiryHours !== undefined) changes.expiryHours = input.expiryHours;
      if (input.reminderAfterHours !== undefined) changes.reminderAfterHours = input.reminderAfterHours;
      if (input.smsTransliterate !== undefined) changes.smsTransliterate = input.smsTransliterate;
      if (input.templates !== undefined) changes.templates = compactTemplates(input.templates);
      if (input.defaultDepartment !== undefined) changes.defaultDepartmentId = await this.defaultDepartmentId(current.kind, input.defaultDepartment);
      if (!Object.keys(changes).length) return current;
      // Rules span fields (both quiet hours, reminder before expiry), so they are checked on the row as it will be.
      checkRules({ ...current, ...changes });
      const updated = await this.repo.update(id, changes, manager);
      await this.audit.record(manager, actor, { action: 'survey.updated', entityType: 'survey', entityId: id, before: auditSnapshot(current), after: auditSnapshot(updated) });
      return updated;
    });
  }

  /**
   * A paused survey schedules nothing new; invitations already scheduled are
   * suppressed when they come due. Pausing twice is not an error.
   */
  async pause(id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<SurveyEntity> {
    return this.setStatus(id, 'paused', actor);
  }

  async resume(id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<SurveyEntity> {
    return this.setStatus(id, 'active', actor);
  }

  /** The messages a customer would get, with a placeholder token in the links. */
  async preview(id: string, input: PreviewSurveyDto): Promise<SurveyPreviewDto> {
    return this.render(await this.get(id), input);
  }

  /**
   * The same for texts not saved yet (the dashboard's live preview, a test
   * e-mail): only what the messages are made of is needed. A template that
   * does not render is INVALID_INPUT naming it, as on save.
   */
  previewDraft(draft: SurveyMessageSource, input: PreviewSurveyDto): SurveyPreviewDto {
    if (draft.kind !== 'exit' && !SURVEY_METRICS.includes(draft.metric!)) {
      throw new InvalidInputError(`metric must be one of the following values: ${SURVEY_METRICS.join(', ')}`, 'metric');
    }
    const templates = compactTemplates(draft.templates);
    checkTemplates(templates);
    return this.render({ ...draft, templates }, input);
  }

  private render(survey: SurveyMessageSource, input: PreviewSurveyDto): SurveyPreviewDto {
    const locale: SurveyLocale = input.locale;
    const email = this.renderer.renderEmail(survey, { locale, token: PREVIEW_TOKEN, customerName: input.customerName ?? null, reminder: input.reminder ?? false });
    const smsPart = (transliterate: boolean) => {
      const { text, encoding, segments, characters } = this.renderer.renderSms(survey, { locale, token: PREVIEW_TOKEN, transliterate });
      return { text, encoding, segments, characters };
    };
    const withoutTransliteration = smsPart(false);
    const withTransliteration = smsPart(true);
    return {
      locale,
      email: { subject: email.subject, html: email.html, text: email.text, answerUrl: email.answerUrl, unsubscribeUrl: email.unsubscribeUrl },
      sms: {
        ...(survey.smsTransliterate ? withTransliteration : withoutTransliteration),
        transliterated: survey.smsTransliterate,
        withoutTransliteration,
        withTransliteration,
      },
    };
  }

  private async setStatus(id: string, status: 'active' | 'paused', actor: AuditActor): Promise<SurveyEntity> {
    return this.repo.transaction(async (m) => {
      const before = await this.repo.lockById(checkedId(id), m);
      const survey = before && (await this.repo.setStatus(id, status, m));
      if (!before || !survey) throw new SurveyNotFoundError(id);
      const action = status === 'paused' ? 'survey.paused' : 'survey.resumed';
      await this.audit.record(m, actor, { action, entityType: 'survey', entityId: id, before: { status: before.status }, after: { status: survey.status } });
      return survey;
    });
  }
}

/** The survey as the audit log shows it: every setting, not the bookkeeping timestamps. */
function auditSnapshot(s: SurveyEntity): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...settings } = s as SurveyEntity & { createdAt?: unknown; updatedAt?: unknown };
  return settings;
}

/** Callers such as job handlers pass ids without a DTO; a malformed one is simply not found (PostgreSQL would reject it). */
function checkedId(id: string): string {
  if (!UUID.test(id)) throw new SurveyNotFoundError(id);
  return id;
}

/** Rules that need more than one field; shapes and ranges are the DTOs' job. */
function checkRules(s: SurveyWrite): void {
  if (s.kind === 'exit' && s.metric !== null) {
    throw new InvalidInputError('metric must be empty for an exit survey: it asks reasons on its page, not a score', 'metric');
  }
  if ((s.quietHoursStart === null) !== (s.quietHoursEnd === null)) {
    const missing = s.quietHoursStart === null ? 'quietHoursStart' : 'quietHoursEnd';
    throw new InvalidInputError(`${missing} must be set too: quietHoursStart and quietHoursEnd are both 'HH:MM' or both null`, missing);
  }
  if (s.quietHoursStart !== null && s.quietHoursStart === s.quietHoursEnd) {
    throw new InvalidInputError('quietHoursEnd must differ from quietHoursStart', 'quietHoursEnd');
  }
  if (s.reminderAfterHours !== null && s.reminderAfterHours >= s.expiryHours) {
    throw new InvalidInputError(`reminderAfterHours must be less than expiryHours (${s.expiryHours})`, 'reminderAfterHours');
  }
  const f = s.triggerFilters;
  if (s.triggerEventType !== 'contact') {
    for (const field of ['contactChannels', 'teams'] as const) {
      if (f[field]?.length) {
        throw new InvalidInputError(`triggerFilters.${field} applies only when triggerEventType is contact`, `triggerFilters.${field}`);
      }
    }
  }
  if (s.triggerEventType === null && Object.keys(f.attributes ?? {}).length) {
    throw new InvalidInputError('triggerFilters.attributes needs a triggerEventType', 'triggerFilters.attributes');
  }
  checkTemplates(s.templates);
}

function checkTemplates(templates: SurveyTemplates): void {
  for (const locale of SURVEY_LOCALES) {
    for (const [key, source] of Object.entries(templates[locale] ?? {})) {
      const problem = typeof source === 'string' ? overrideTemplateProblem(source) : 'must be a string';
      if (problem) throw new InvalidInputError(`templates.${locale}.${key} is not a valid template: ${problem}`, `templates.${locale}.${key}`);
    }
  }
}

/** Only the filters that filter something, so `{}` means "every event of the type". */
function compactFilters(input: TriggerFilters | null | undefined): TriggerFilters {
  const out: TriggerFilters = {};
  if (input?.contactChannels?.length) out.contactChannels = input.contactChannels;
  if (input?.teams?.length) out.teams = input.teams;
  if (input?.attributes && Object.keys(input.attributes).length) out.attributes = input.attributes;
  return out;
}

function compactTemplates(input: SurveyTemplates | null | undefined): SurveyTemplates {
  const out: SurveyTemplates = {};
  for (const locale of SURVEY_LOCALES) {
    const o = input?.[locale];
    if (!o) continue;
    const kept = Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
    if (Object.keys(kept).length) out[locale] = kept;
  }
  return out;
}
