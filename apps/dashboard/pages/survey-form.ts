import { CONTACT_CHANNELS } from '@feedloop/events/dto/create-event.dto';
import { SURVEY_LOCALES, SurveyEntity, SurveyKind, SurveyLocale, SurveyMetric, SurveyTemplates } from '@feedloop/surveys/survey.entity';
import type { SurveyMessageSource } from '@feedloop/surveys/survey-message.renderer';

/**
 * The survey form of the dashboard is flat (one input per setting and
 * locale); the API's CreateSurveyDto is nested. This file turns one into the
 * other and back, so the dashboard validates with the API's DTO and the
 * survey service, and shows each error next to the input it is about.
 */

/** What the browser posts (and what is filled in again): text fields as strings, checkbox groups as arrays. */
export type SurveyForm = Record<string, string | string[]>;

const TEMPLATE_KEYS = ['emailSubject', 'emailIntro', 'smsText'] as const;
const DELAY_UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type DelayUnit = keyof typeof DELAY_UNITS;
const suffix = (locale: SurveyLocale) => (locale === 'pl' ? 'Pl' : 'En');

/** A new survey's form: the defaults of a post-contact CSAT survey, written out so the admin sees them. */
export const NEW_SURVEY_FORM: SurveyForm = {
  surveyName: '',
  kind: 'post_contact',
  metric: 'csat',
  questionPl: '',
  questionEn: '',
  followUpPl: 'Co było najważniejszym powodem Twojej oceny?',
  followUpEn: 'What is the main reason for your score?',
  channel1: 'email',
  channel2: 'sms',
  triggerEventType: 'contact',
  contactChannels: [],
  teams: '',
  attributes: '',
  delayValue: '1',
  delayUnit: 'hours',
  throttleDays: '30',
  quietHoursStart: '21:00',
  quietHoursEnd: '08:00',
  expiryHours: '168',
  reminderAfterHours: '72',
  defaultDepartment: 'customer_service',
  active: 'on',
};

/** The form of a saved survey. */
export function surveyFormOf(s: SurveyEntity, departmentKeyOf: (id: string) => string | undefined): SurveyForm {
  const { value, unit } = delayParts(s.delayMinutes);
  const form: SurveyForm = {
    surveyName: s.name,
    kind: s.kind,
    metric: s.metric ?? '',
    channel1: s.channels[0] ?? 'email',
    channel2: s.channels[1] ?? '',
    triggerEventType: s.triggerEventType ?? '',
    contactChannels: s.triggerFilters.contactChannels ?? [],
    teams: (s.triggerFilters.teams ?? []).join('\n'),
    attributes: Object.entries(s.triggerFilters.attributes ?? {})
      .map(([k, v]) => `${k}=${String(v)}`)
      .join('\n'),
    delayValue: String(value),
    delayUnit: unit,
    throttleDays: String(s.throttleDays),
    quietHoursStart: s.quietHoursStart ?? '',
    quietHoursEnd: s.quietHoursEnd ?? '',
    expiryHours: String(s.expiryHours),
    reminderAfterHours: s.reminderAfterHours === null ? '' : String(s.reminderAfterHours),
    smsTransliterate: s.smsTransliterate ? 'on' : '',
    defaultDepartment: s.defaultDepartmentId ? (departmentKeyOf(s.defaultDepartmentId) ?? '') : '',
    active: s.status === 'active' ? 'on' : '',
  };
  for (const locale of SURVEY_LOCALES) {
    form[`question${suffix(locale)}`] = s.question[locale] ?? '';
    form[`followUp${suffix(locale)}`] = s.followUp[locale] ?? '';
    for (const key of TEMPLATE_KEYS) form[`${key}${suffix(locale)}`] = s.templates[locale]?.[key] ?? '';
  }
  return form;
}

/** The largest unit the delay is a whole number of. */
function delayParts(minutes: number): { value: number; unit: DelayUnit } {
  if (minutes > 0 && minutes % DELAY_UNITS.days === 0) return { value: minutes / DELAY_UNITS.days, unit: 'days' };
  if (minutes > 0 && minutes % DELAY_UNITS.hours === 0) return { value: minutes / DELAY_UNITS.hours, unit: 'hours' };
  return { value: minutes, unit: 'minutes' };
}

/** What was posted, as the form shows it again: strings, and arrays for the checkbox group. */
export function surveyFormFrom(body: unknown): SurveyForm {
  const out: SurveyForm = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body)) {
    if (k === 'contactChannels') out[k] = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  out.contactChannels ??= [];
  return out;
}

const text = (form: SurveyForm, field: string): string => {
  const v = form[field];
  return typeof v === 'string' ? v : '';
};

/** A whole number as a number; anything else as typed, for the DTO to name (`expiryHours must be an integer number`). */
function integer(raw: string): number | string | undefined {
  const t = raw.trim();
  if (!t) return undefined;
  return /^-?\d{1,9}$/.test(t) ? Number(t) : t;
}

/** Lines of `key=value`; a line without `=` makes the whole value unusable, which the DTO reports on attributes. */
function attributesOf(raw: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const line of raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const eq = line.indexOf('=');
    if (eq < 1) return line;
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

function templatesOf(form: SurveyForm): SurveyTemplates {
  const out: SurveyTemplates = {};
  for (const locale of SURVEY_LOCALES) {
    const overrides: Record<string, string> = {};
    for (const key of TEMPLATE_KEYS) {
      const v = text(form, `${key}${suffix(locale)}`);
      if (v.trim()) overrides[key] = v;
    }
    if (Object.keys(overrides).length) out[locale] = overrides;
  }
  return out;
}

/**
 * The body the API would get for this form (CreateSurveyDto, or
 * UpdateSurveyDto without metric and status). Empty optional inputs mean
 * "none" where the API has a none (no reminder, no quiet hours, no trigger,
 * no default department).
 */
export function surveyInputOf(form: SurveyForm, mode: 'create' | 'update'): Record<string, unknown> {
  const delay = integer(text(form, 'delayValue'));
  const unit = text(form, 'delayUnit') as DelayUnit;
  const channels = [text(form, 'channel1'), text(form, 'channel2')].filter(Boolean);
  const contactChannels = form.contactChannels;
  const teams = text(form, 'teams')
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean);
  const input: Record<string, unknown> = {
    name: text(form, 'surveyName'),
    kind: text(form, 'kind'),
    question: { pl: text(form, 'questionPl'), en: text(form, 'questionEn') },
    followUp: { pl: text(form, 'followUpPl'), en: text(form, 'followUpEn') },
    channels,
    triggerEventType: text(form, 'triggerEventType') || null,
    triggerFilters: {
      contactChannels: Array.isArray(contactChannels) ? contactChannels : [],
      teams,
      attributes: attributesOf(text(form, 'attributes')),
    },
    delayMinutes: typeof delay === 'number' && unit in DELAY_UNITS ? delay * DELAY_UNITS[unit] : delay,
    throttleDays: integer(text(form, 'throttleDays')),
    quietHoursStart: text(form, 'quietHoursStart').trim() || null,
    quietHoursEnd: text(form, 'quietHoursEnd').trim() || null,
    expiryHours: integer(text(form, 'expiryHours')),
    reminderAfterHours: integer(text(form, 'reminderAfterHours')) ?? null,
    smsTransliterate: text(form, 'smsTransliterate') === 'on',
    defaultDepartment: text(form, 'defaultDepartment') || null,
    templates: templatesOf(form),
  };
  if (mode === 'create') {
    // An exit survey has no scale: the select still posts one, which means nothing for it.
    input.metric = text(form, 'kind') === 'exit' ? null : text(form, 'metric');
    input.status = text(form, 'active') === 'on' ? 'active' : 'paused';
  }
  return input;
}

/** The form field of a DTO property path or a service error's field (`question.pl` → questionPl). */
export function surveyFieldOf(path: string): string {
  const [head, second, third] = path.split('.');
  if ((head === 'question' || head === 'followUp') && second) return `${head}${suffix(second as SurveyLocale)}`;
  if (head === 'templates' && second && third) return `${third}${suffix(second as SurveyLocale)}`;
  if (head === 'triggerFilters') return second === 'contactChannels' || second === 'attributes' ? second : 'teams';
  if (head === 'delayMinutes') return 'delayValue';
  // `name` has texts of its own (departments, users) with other limits.
  if (head === 'name') return 'surveyName';
  return head;
}

/** What the live preview renders: the texts as typed, valid or not (too long still shows its SMS cost). */
export function surveyDraftOf(form: SurveyForm): SurveyMessageSource {
  return {
    kind: text(form, 'kind') as SurveyKind,
    metric: (text(form, 'metric') || null) as SurveyMetric | null,
    question: { pl: text(form, 'questionPl').trim(), en: text(form, 'questionEn').trim() },
    templates: templatesOf(form),
    smsTransliterate: text(form, 'smsTransliterate') === 'on',
  };
}

/** The query of the e-mail preview frame: only what the e-mail of one locale is made of, so the URL stays short. */
export function emailPreviewQuery(draft: SurveyMessageSource, locale: SurveyLocale): string {
  const params = new URLSearchParams({ locale, kind: draft.kind, metric: draft.metric ?? '', question: draft.question[locale] ?? '' });
  const overrides = draft.templates[locale] ?? {};
  if (overrides.emailSubject) params.set('emailSubject', overrides.emailSubject);
  if (overrides.emailIntro) params.set('emailIntro', overrides.emailIntro);
  return params.toString();
}

export const CONTACT_CHANNEL_OPTIONS = CONTACT_CHANNELS;
export const SURVEY_DELAY_UNITS = Object.keys(DELAY_UNITS) as DelayUnit[];
