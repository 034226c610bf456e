import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '@feedloop/auth/current-user.decorator';
import type { Locale } from '@feedloop/auth/roles';
import { Roles } from '@feedloop/auth/roles.decorator';
import { UserEntity } from '@feedloop/auth/user.entity';
import { PermanentDeliveryError, TransientDeliveryError } from '@feedloop/delivery/delivery.errors';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { formatNumber } from '@feedloop/core/i18n/locale-format';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { CreateSurveyDto } from '@feedloop/surveys/dto/create-survey.dto';
import { SurveyPreviewDto } from '@feedloop/surveys/dto/preview-survey.dto';
import { UpdateSurveyDto } from '@feedloop/surveys/dto/update-survey.dto';
import { InvitationsService } from '@feedloop/surveys/invitations.service';
import { SURVEY_CHANNELS, SURVEY_KINDS, SURVEY_LOCALES, SURVEY_METRICS, SURVEY_TRIGGER_EVENT_TYPES, SurveyEntity, SurveyKind, SurveyLocale, SurveyMetric } from '@feedloop/surveys/survey.entity';
import type { SurveyMessageSource } from '@feedloop/surveys/survey-message.renderer';
import { SurveyTestSendService } from '@feedloop/surveys/survey-test-send.service';
import { SurveysService } from '@feedloop/surveys/surveys.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, messageOf, readForm } from '../forms';
import { lookup, translate } from '../i18n/translate';
import {
  CONTACT_CHANNEL_OPTIONS,
  NEW_SURVEY_FORM,
  SURVEY_DELAY_UNITS,
  SurveyForm,
  emailPreviewQuery,
  surveyDraftOf,
  surveyFieldOf,
  surveyFormFrom,
  surveyFormOf,
  surveyInputOf,
} from './survey-form';

/**
 * Header of the e-mail preview frame: the message's own inline styles and
 * nothing else (no script, no request anywhere, no form), shown only inside
 * a dashboard page. The dashboard's CSP forbids inline styles, and a srcdoc
 * frame would inherit it, hence a route of its own.
 */
const EMAIL_PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

/** A status the page shows above the form, already in the user's language. */
interface Notice {
  kind: 'success' | 'error';
  text: string;
}

interface PageState {
  form: SurveyForm;
  errors?: FieldErrors | null;
  notice?: Notice | null;
}

/**
 * Survey definitions for admins (analysts read them): the list with what was
 * sent and answered, a form for every setting the API has, validated by the
 * API's DTOs and the survey service, pause and resume, a live preview of the
 * e-mail and SMS per locale, and a test e-mail to the signed-in admin.
 */
@Roles('admin', 'analyst')
@Controller('admin/surveys')
export class AdminSurveysController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly invitations: InvitationsService,
    private readonly testSend: SurveyTestSendService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get()
  async list(@Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const [surveys, counts] = await Promise.all([this.surveys.list(), this.invitations.countsBySurvey()]);
    res.render('admin/surveys', {
      titleKey: 'adminSurveys.title',
      canEdit: req.user?.role === 'admin',
      surveys: surveys.map((s) => {
        const c = counts.get(s.id) ?? { sent: 0, answered: 0 };
        return {
          ...s,
          metric: s.metric ?? 'none',
          paused: s.status === 'paused',
          sent: formatNumber(req.locale, c.sent, 0),
          answered: formatNumber(req.locale, c.answered, 0),
          rate: c.sent ? `${Math.round((100 * c.answered) / c.sent)}%` : '—',
          channelList: s.channels.map((ch) => translate(req.locale, `adminSurveys.channel.${ch}`)).join(' → '),
        };
      }),
    });
  }

  @Roles('admin')
  @Get('new')
  async newForm(@Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.renderForm(req, res, null, HttpStatus.OK, { form: { ...NEW_SURVEY_FORM } });
  }

  /**
   * The frame of the e-mail preview: the message a customer would get for
   * the texts in the query (one locale), under a CSP of its own.
   */
  @Get('preview/email')
  emailPreview(@Query() query: Record<string, unknown>, @Req() req: DashboardRequest, @Res() res: Response): void {
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const locale = (SURVEY_LOCALES as readonly string[]).includes(str(query.locale)) ? (str(query.locale) as SurveyLocale) : 'en';
    const overrides = { emailSubject: str(query.emailSubject) || undefined, emailIntro: str(query.emailIntro) || undefined };
    const draft: SurveyMessageSource = {
      kind: str(query.kind) as SurveyKind,
      metric: (str(query.metric) || null) as SurveyMetric | null,
      question: { [locale]: str(query.question).trim() },
      templates: { [locale]: overrides },
      smsTransliterate: false,
    };
    res.setHeader('Content-Security-Policy', EMAIL_PREVIEW_CSP);
    res.type('html');
    try {
      res.send(this.surveys.previewDraft(draft, { locale }).email.html);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      res.status(HttpStatus.BAD_REQUEST).send(`<!doctype html><meta charset="utf-8"><p>${escapeHtml(problemText(err, req.locale))}</p>`);
    }
  }

  @Roles('admin')
  @Post()
  async create(@Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = surveyFormFrom(body);
    const checked = await readForm(CreateSurveyDto, surveyInputOf(form, 'create'), req.locale, { fieldOf: surveyFieldOf });
    if (checked.errors) return this.renderForm(req, res, null, HttpStatus.BAD_REQUEST, { form, errors: checked.errors });
    let survey: SurveyEntity;
    try {
      survey = await this.surveys.create(checked.value);
    } catch (err) {
      const errors = this.fieldError(err, req.locale);
      if (!errors) throw err;
      return this.renderForm(req, res, null, HttpStatus.BAD_REQUEST, { form, errors });
    }
    setFlash(req, 'success', translate(req.locale, 'adminSurveys.created', { name: survey.name }));
    await redirectAfterFlash(req, res, `/admin/surveys/${survey.id}`);
  }

  /** The live preview (a fragment, for the page script) or, without script, the whole page with the preview of what was typed. */
  @Post('new/preview')
  async previewNew(@Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    await this.preview(null, req, res, body);
  }

  @Roles('admin')
  @Post('new/test')
  async testNew(@CurrentUser() user: UserEntity, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    await this.sendTest(null, user, req, res, body);
  }

  @Get(':id')
  async edit(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const survey = await this.surveys.get(id);
    await this.renderForm(req, res, survey, HttpStatus.OK, { form: surveyFormOf(survey, await this.departmentKeyOf()) });
  }

  @Roles('admin')
  @Post(':id')
  async update(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const current = await this.surveys.get(id);
    const form = { ...surveyFormFrom(body), metric: current.metric ?? '' };
    const checked = await readForm(UpdateSurveyDto, surveyInputOf(form, 'update'), req.locale, { fieldOf: surveyFieldOf });
    if (checked.errors) return this.renderForm(req, res, current, HttpStatus.BAD_REQUEST, { form, errors: checked.errors });
    let survey: SurveyEntity;
    try {
      survey = await this.surveys.update(id, checked.value);
    } catch (err) {
      const errors = this.fieldError(err, req.locale);
      if (!errors) throw err;
      return this.renderForm(req, res, current, HttpStatus.BAD_REQUEST, { form, errors });
    }
    setFlash(req, 'success', translate(req.locale, 'adminSurveys.saved', { name: survey.name }));
    await redirectAfterFlash(req, res, `/admin/surveys/${survey.id}`);
  }

  @Post(':id/preview')
  async previewSaved(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    await this.preview(await this.surveys.get(id), req, res, body);
  }

  @Roles('admin')
  @Post(':id/test')
  async testSaved(@Param('id') id: string, @CurrentUser() user: UserEntity, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    await this.sendTest(await this.surveys.get(id), user, req, res, body);
  }

  @Roles('admin')
  @Post(':id/pause')
  async pause(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const survey = await this.surveys.pause(id);
    setFlash(req, 'success', translate(req.locale, 'adminSurveys.paused', { name: survey.name }));
    await redirectAfterFlash(req, res, `/admin/surveys/${survey.id}`);
  }

  @Roles('admin')
  @Post(':id/resume')
  async resume(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const survey = await this.surveys.resume(id);
    setFlash(req, 'success', translate(req.locale, 'adminSurveys.resumed', { name: survey.name }));
    await redirectAfterFlash(req, res, `/admin/surveys/${survey.id}`);
  }

  private async preview(survey: SurveyEntity | null, req: DashboardRequest, res: Response, body: unknown): Promise<void> {
    const form = surveyFormFrom(body);
    if (survey) form.metric = survey.metric ?? '';
    if (req.get('x-preview') === 'fragment') {
      res.status(HttpStatus.OK).render('admin/survey-preview', { layout: false, preview: this.previewOf(surveyDraftOf(form), req.locale) });
      return;
    }
    await this.renderForm(req, res, survey, HttpStatus.OK, { form });
  }

  /**
   * Sends what the form holds now (saved or not), in both languages, to the
   * signed-in admin, and shows the form again as it was typed.
   */
  private async sendTest(survey: SurveyEntity | null, user: UserEntity, req: DashboardRequest, res: Response, body: unknown): Promise<void> {
    const form = surveyFormFrom(body);
    if (survey) form.metric = survey.metric ?? '';
    let notice: Notice;
    try {
      await this.testSend.send(surveyDraftOf(form), user.email, SURVEY_LOCALES, user.name);
      notice = { kind: 'success', text: translate(req.locale, 'adminSurveys.testSent', { email: user.email }) };
    } catch (err) {
      if (err instanceof TransientDeliveryError || err instanceof PermanentDeliveryError) {
        notice = { kind: 'error', text: translate(req.locale, 'adminSurveys.testFailed', { error: err.reason }) };
      } else {
        const errors = this.fieldError(err, req.locale);
        if (!errors) throw err;
        return this.renderForm(req, res, survey, HttpStatus.BAD_REQUEST, { form, errors });
      }
    }
    await this.renderForm(req, res, survey, notice.kind === 'success' ? HttpStatus.OK : HttpStatus.BAD_GATEWAY, { form, notice });
  }

  /** A rule of the survey service broken by one field (both quiet hours, reminder before expiry, a template that does not render...). */
  private fieldError(err: unknown, locale: Locale): FieldErrors | null {
    if (!(err instanceof DomainError) || !err.field) return null;
    const field = surveyFieldOf(err.field);
    return { [field]: problemText(err, locale, field) };
  }

  private previewOf(draft: SurveyMessageSource, locale: Locale) {
    return SURVEY_LOCALES.map((l) => {
      let result: SurveyPreviewDto;
      try {
        result = this.surveys.previewDraft(draft, { locale: l });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        return { locale: l, problem: problemText(err, locale) };
      }
      const sms = result.sms;
      const other = draft.smsTransliterate ? sms.withoutTransliteration : sms.withTransliteration;
      return {
        locale: l,
        subject: result.email.subject,
        emailSrc: `/admin/surveys/preview/email?${emailPreviewQuery(draft, l)}`,
        sms: { text: sms.text, encoding: sms.encoding, segments: sms.segments, characters: sms.characters, ucs2: sms.encoding === 'UCS-2' },
        other: other.text !== sms.text ? { ...other, transliterated: !draft.smsTransliterate } : null,
        empty: !draft.question[l],
      };
    });
  }

  private async departmentKeyOf(): Promise<(id: string) => string | undefined> {
    const departments = await this.departments.list();
    return (id) => departments.find((d) => d.id === id)?.key;
  }

  private async renderForm(req: DashboardRequest, res: Response, survey: SurveyEntity | null, status: number, state: PageState): Promise<void> {
    const locale = req.locale;
    const departments = await this.departments.list();
    const form = state.form;
    const canEdit = req.user?.role === 'admin';
    const select = (field: string, values: readonly string[], label: (v: string) => string) =>
      values.map((value) => ({ value, label: label(value), selected: form[field] === value }));
    const action = survey ? `/admin/surveys/${survey.id}` : '/admin/surveys';
    res.status(status).render('admin/survey', {
      title: survey ? translate(locale, 'adminSurveys.editTitle', { name: survey.name }) : translate(locale, 'adminSurveys.newTitle'),
      survey: survey ? { ...survey, paused: survey.status === 'paused' } : null,
      canEdit,
      action,
      previewAction: `${survey ? action : '/admin/surveys/new'}/preview`,
      testAction: `${survey ? action : '/admin/surveys/new'}/test`,
      form,
      errors: state.errors ?? null,
      notice: state.notice ?? null,
      options: {
        kinds: select('kind', SURVEY_KINDS, (v) => translate(locale, `adminSurveys.kind.${v}`)),
        metrics: survey && !survey.metric
          ? [{ value: '', label: translate(locale, 'adminSurveys.metric.none'), selected: true }]
          : select('metric', SURVEY_METRICS, (v) => translate(locale, `adminSurveys.metric.${v}`)),
        channel1: select('channel1', SURVEY_CHANNELS, (v) => translate(locale, `adminSurveys.channel.${v}`)),
        channel2: select('channel2', SURVEY_CHANNELS, (v) => translate(locale, `adminSurveys.channel.${v}`)),
        triggers: select('triggerEventType', SURVEY_TRIGGER_EVENT_TYPES, (v) => translate(locale, `adminSurveys.trigger.${v}`)),
        delayUnits: select('delayUnit', SURVEY_DELAY_UNITS, (v) => translate(locale, `adminSurveys.unit.${v}`)),
        departments: departments.map((d) => ({ value: d.key, label: d.name, selected: form.defaultDepartment === d.key })),
        contactChannels: CONTACT_CHANNEL_OPTIONS.map((c) => ({
          value: c,
          label: translate(locale, `inbox.contactChannel.${c}`),
          checked: Array.isArray(form.contactChannels) && form.contactChannels.includes(c),
        })),
      },
      locales: SURVEY_LOCALES.map((l) => ({ locale: l, suffix: l === 'pl' ? 'Pl' : 'En', name: translate(locale, `locales.${l}`) })),
      preview: this.previewOf(surveyDraftOf(form), locale),
    });
  }
}

/** A domain error in the page's language: a text for its field where there is one, the service's message otherwise. */
function problemText(err: DomainError, locale: Locale, field = err.field ? surveyFieldOf(err.field) : ''): string {
  const template = /is not a valid template: (.*)$/.exec(err.message)?.[1];
  if (template !== undefined) return translate(locale, 'adminSurveys.rules.template', { problem: template });
  return (field && lookup(locale, `adminSurveys.rules.${field}`)) || messageOf(err, locale);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
