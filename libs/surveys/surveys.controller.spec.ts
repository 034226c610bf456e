import { DataSource } from 'typeorm';
import request from 'supertest';
import { TestApi, startTestApi } from '../../test/api';
import { SurveysService } from './surveys.service';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'https://feedback.example.com' });
});
afterAll(() => api.close());

const http = () => request(api.app.getHttpServer());
const post = (path: string, body: unknown) => http().post(`/api/v1/surveys${path}`).set('Authorization', api.auth).send(body as object);
const patch = (path: string, body: unknown) => http().patch(`/api/v1/surveys${path}`).set('Authorization', api.auth).send(body as object);
const get = (path: string) => http().get(`/api/v1/surveys${path}`).set('Authorization', api.auth);

const MINIMAL = {
  name: 'Branch visit CES',
  kind: 'post_contact',
  metric: 'ces',
  question: { pl: 'Jak łatwo było załatwić Twoją sprawę?', en: 'How easy was it to get your issue resolved?' },
  followUp: { pl: 'Jaki jest główny powód Twojej oceny?', en: 'What is the main reason for your score?' },
};
const create = (overrides: Record<string, unknown> = {}) => post('', { ...MINIMAL, ...overrides });
const created = async (overrides: Record<string, unknown> = {}) => (await create(overrides).expect(201)).body as { id: string } & Record<string, unknown>;

describe('seeded surveys', () => {
  it('has a post-contact CSAT survey sent 60 minutes after a contact, by e-mail then SMS', async () => {
    const { body } = await get('?kind=post_contact').expect(200);
    expect(body.items).toContainEqual(
      expect.objectContaining({
        name: 'Post-contact CSAT',
        metric: 'csat',
        status: 'active',
        triggerEventType: 'contact',
        delayMinutes: 60,
        channels: ['email', 'sms'],
        throttleDays: 30,
        quietHoursStart: '21:00',
        quietHoursEnd: '08:00',
        expiryHours: 168,
        reminderAfterHours: 72,
        followUp: { pl: 'Jaki jest główny powód Twojej oceny?', en: 'What is the main reason for your score?' },
      }),
    );
  });

  it('has an onboarding NPS survey sent 14 days after signup', async () => {
    const { body } = await get('?kind=onboarding').expect(200);
    expect(body.items).toEqual([
      expect.objectContaining({ name: 'Onboarding NPS (day 14)', metric: 'nps', triggerEventType: 'signup', delayMinutes: 14 * 24 * 60, channels: ['email', 'sms'], status: 'active' }),
    ]);
  });
});

describe('POST /api/v1/surveys', () => {
  let customerServiceId: string;
  beforeAll(async () => {
    [{ id: customerServiceId }] = await api.app.get(DataSource).query(`SELECT id FROM departments WHERE key = 'customer_service'`);
  });

  it('creates a survey with the defaults of its kind (201)', async () => {
    const res = await create().expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ...MINIMAL,
      status: 'active',
      channels: ['email', 'sms'],
      triggerEventType: 'contact',
      triggerFilters: {},
      delayMinutes: 60,
      throttleDays: 30,
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      expiryHours: 168,
      reminderAfterHours: 72,
      smsTransliterate: false,
      templates: {},
      defaultDepartmentId: customerServiceId,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await get(`/${res.body.id}`).expect(200)).body).toEqual(res.body);
  });

  it('routes dissatisfied scores of a survey to the department given by key, and answers 400 naming defaultDepartment for an unknown one', async () => {
    const [billing] = await api.app.get(DataSource).query(`SELECT id FROM departments WHERE key = 'billing'`);
    expect((await create({ defaultDepartment: 'billing' }).expect(201)).body.defaultDepartmentId).toBe(billing.id);
    const bad = await create({ defaultDepartment: 'nowhere' }).expect(400);
    expect(bad.body.message[0]).toMatch(/^defaultDepartment must be the key of a department/);
  });

  it('exempts exit surveys from the throttle and triggers them on cancellation by default', async () => {
    const body = await created({ kind: 'exit', metric: undefined });
    expect(body).toMatchObject({ throttleDays: 0, triggerEventType: 'cancellation', delayMinutes: 0 });
  });

  it('gives an exit survey no metric (it asks reasons, not a score): 400 naming metric when one is given, or when another kind has none', async () => {
    expect(await created({ kind: 'exit', metric: null })).toMatchObject({ kind: 'exit', metric: null });
    const scored = await create({ kind: 'exit', metric: 'csat' }).expect(400);
    expect(scored.body.message).toEqual(['metric must be empty for an exit survey: it asks reasons on its page, not a score']);
    const missing = await create({ kind: 'relationship', metric: undefined }).expect(400);
    expect(missing.body.message).toEqual(['metric must be one of the following values: csat, nps, ces']);
    const { body } = await get('?kind=exit').expect(200);
    expect(body.items.map((s: { metric: string | null }) => s.metric)).toEqual(body.items.map(() => null));
  });

  it('keeps every value given, including no trigger, no reminder and no quiet hours', async () => {
    const body = await created({
      kind: 'relationship',
      metric: 'nps',
      channels: ['sms'],
      triggerEventType: null,
      throttleDays: 90,
      quietHoursStart: null,
      quietHoursEnd: null,
      expiryHours: 48,
      reminderAfterHours: null,
      smsTransliterate: true,
      status: 'paused',
      templates: { en: { smsText: 'Rate us {{scaleMin}}-{{scaleMax}}. STOP = opt out' } },
    });
    expect(body).toMatchObject({
      channels: ['sms'],
      triggerEventType: null,
      throttleDays: 90,
      quietHoursStart: null,
      quietHoursEnd: null,
      expiryHours: 48,
      reminderAfterHours: null,
      smsTransliterate: true,
      status: 'paused',
      templates: { en: { smsText: 'Rate us {{scaleMin}}-{{scaleMax}}. STOP = opt out' } },
    });
  });

  it('stores trigger filters and drops empty ones', async () => {
    const body = await created({ triggerFilters: { contactChannels: ['phone', 'chat'], teams: [' Infolinia '], attributes: { plan: 'gold', vip: true } } });
    expect(body.triggerFilters).toEqual({ contactChannels: ['phone', 'chat'], teams: ['Infolinia'], attributes: { plan: 'gold', vip: true } });
    const empty = await created({ triggerFilters: { contactChannels: [], teams: [], attributes: {} } });
    expect(empty.triggerFilters).toEqual({});
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['name is missing', { name: undefined }, 'name must be a string'],
    ['kind is unknown', { kind: 'weekly' }, 'kind must be one of the following values: post_contact, onboarding, exit, relationship'],
    ['metric is missing', { metric: undefined }, 'metric must be one of the following values: csat, nps, ces'],
    ['the English question is missing', { question: { pl: 'Pytanie?' } }, 'question.en must be a string'],
    ['the Polish follow-up is empty', { followUp: { pl: '  ', en: 'Why?' } }, 'followUp.pl must be longer than or equal to 1 characters'],
    ['the question is not an object', { question: 'How?' }, 'question must be an object'],
    ['the question has a locale we do not send', { question: { ...MINIMAL.question, de: 'Wie?' } }, 'question.property de should not exist'],
    ['channels is empty', { channels: [] }, 'channels should not be empty'],
    ['a channel repeats', { channels: ['email', 'email'] }, 'channels must not contain the same value twice'],
    ['a channel is unknown', { channels: ['email', 'fax'] }, 'channels must contain only: email, sms'],
    ['the trigger event type is unknown', { triggerEventType: 'purchase' }, 'triggerEventType must be one of the following values: contact, signup, cancellation'],
    ['a quiet hour is not HH:MM', { quietHoursStart: '25:00', quietHoursEnd: '08:00' }, "quietHoursStart must be a time as 'HH:MM'"],
    ['only the start of the quiet hours is given', { quietHoursStart: '22:00' }, "quietHoursEnd must be set too: quietHoursStart and quietHoursEnd are both 'HH:MM' or both null"],
    ['the quiet hours are empty', { quietHoursStart: '22:00', quietHoursEnd: '22:00' }, 'quietHoursEnd must differ from quietHoursStart'],
    ['the delay is negative', { delayMinutes: -1 }, 'delayMinutes must not be less than 0'],
    ['the delay is not a whole number', { delayMinutes: 1.5 }, 'delayMinutes must be an integer number'],
    ['the expiry is zero', { expiryHours: 0 }, 'expiryHours must not be less than 1'],
    ['the reminder comes after the expiry', { expiryHours: 48, reminderAfterHours: 48 }, 'reminderAfterHours must be less than expiryHours (48)'],
    ['a trigger filter channel is unknown', { triggerFilters: { contactChannels: ['fax'] } }, 'triggerFilters.contactChannels must contain only: phone, email, chat, social, branch, app'],
    ['a trigger filter team repeats', { triggerFilters: { teams: ['A', 'A'] } }, 'triggerFilters.teams must not contain the same value twice'],
    ['a trigger filter has an unknown key', { triggerFilters: { region: 'pl' } }, 'triggerFilters.property region should not exist'],
    ['a trigger attribute value is an object', { triggerFilters: { attributes: { plan: { a: 1 } } } }, 'triggerFilters.attributes value of "plan" must be a string (at most 500 characters), a number or a boolean'],
    ['teams are filtered on a signup survey', { kind: 'onboarding', triggerFilters: { teams: ['Infolinia'] } }, 'triggerFilters.teams applies only when triggerEventType is contact'],
    ['attributes are filtered without a trigger', { triggerEventType: null, triggerFilters: { attributes: { plan: 'gold' } } }, 'triggerFilters.attributes needs a triggerEventType'],
    ['a template override has an unknown key', { templates: { pl: { emailBody: 'x' } } }, 'templates.pl.property emailBody should not exist'],
    ['an SMS template is too long', { templates: { en: { smsText: 'x'.repeat(481) } } }, 'templates.en.smsText must be shorter than or equal to 480 characters'],
  ])('returns 400 naming the field when %s', async (_case, overrides, message) => {
    const res = await create(overrides).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('returns 400 naming the template when an override does not compile', async () => {
    const res = await create({ templates: { pl: { smsText: '{{#if customerName}}Cześć' } } }).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_INPUT', field: 'templates.pl.smsText' });
    expect(res.body.message[0]).toMatch(/^templates\.pl\.smsText is not a valid template: /);
  });

  it('writes nothing when the body is rejected', async () => {
    const before = (await get('').expect(200)).body.items.length;
    await create({ name: 'Rejected', channels: [] }).expect(400);
    await create({ name: 'Rejected', quietHoursStart: '22:00' }).expect(400);
    expect((await get('').expect(200)).body.items.length).toBe(before);
  });
});

describe('GET /api/v1/surveys', () => {
  it('lists oldest first and filters by status, kind and trigger', async () => {
    const paused = await created({ name: 'Paused one', status: 'paused', kind: 'onboarding' });
    const all = (await get('').expect(200)).body.items as Array<{ id: string; createdAt: string; status: string }>;
    expect(all.map((s) => s.createdAt)).toEqual([...all.map((s) => s.createdAt)].sort());
    const pausedOnly = (await get('?status=paused').expect(200)).body.items as Array<{ id: string }>;
    expect(pausedOnly.map((s) => s.id)).toContain(paused.id);
    expect(pausedOnly.every((s) => all.find((a) => a.id === s.id)?.status === 'paused')).toBe(true);
    const signup = (await get('?triggerEventType=signup&status=active').expect(200)).body.items as Array<{ id: string; triggerEventType: string }>;
    expect(signup.length).toBeGreaterThan(0);
    expect(signup.every((s) => s.triggerEventType === 'signup')).toBe(true);
    expect(signup.map((s) => s.id)).not.toContain(paused.id);
  });

  it('returns 400 naming the filter when it is unknown', async () => {
    expect((await get('?status=deleted').expect(400)).body.message).toContain('status must be one of the following values: active, paused');
  });
});

describe('GET /api/v1/surveys/:id', () => {
  it('returns 404 SURVEY_NOT_FOUND for an unknown id', async () => {
    const res = await get('/00000000-0000-4000-8000-000000000000').expect(404);
    expect(res.body).toMatchObject({ code: 'SURVEY_NOT_FOUND' });
  });

  it('returns 400 naming "id" when it is not a UUID', async () => {
    expect((await get('/abc').expect(400)).body.message).toContain('id must be a UUID');
  });
});

describe('PATCH /api/v1/surveys/:id', () => {
  it('changes the given fields only and moves updatedAt', async () => {
    const survey = await created();
    const res = await patch(`/${survey.id}`, { name: 'Renamed', delayMinutes: 30, channels: ['sms', 'email'], question: { pl: 'Nowe pytanie?', en: 'New question?' } }).expect(200);
    expect(res.body).toEqual({
      ...survey,
      name: 'Renamed',
      delayMinutes: 30,
      channels: ['sms', 'email'],
      question: { pl: 'Nowe pytanie?', en: 'New question?' },
      updatedAt: expect.any(String),
    });
    expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThan(new Date(survey.updatedAt as string).getTime());
  });

  it('turns quiet hours and the reminder off with null', async () => {
    const survey = await created();
    const res = await patch(`/${survey.id}`, { quietHoursStart: null, quietHoursEnd: null, reminderAfterHours: null }).expect(200);
    expect(res.body).toMatchObject({ quietHoursStart: null, quietHoursEnd: null, reminderAfterHours: null });
  });

  it('checks rules against the stored values: one quiet hour cannot be cleared alone', async () => {
    const survey = await created();
    const res = await patch(`/${survey.id}`, { quietHoursStart: null }).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_INPUT', field: 'quietHoursStart' });
    await patch(`/${survey.id}`, { expiryHours: 24 }).expect(400, /reminderAfterHours must be less than expiryHours \(24\)/);
    expect((await get(`/${survey.id}`).expect(200)).body).toEqual(survey);
  });

  it('rejects null for a required field', async () => {
    const survey = await created();
    expect((await patch(`/${survey.id}`, { name: null }).expect(400)).body.message).toContain('name must be a string');
  });

  it('refuses to change the kind to or from exit, which would give an exit survey a metric or take one away (400 naming kind)', async () => {
    const scored = await created();
    expect((await patch(`/${scored.id}`, { kind: 'exit' }).expect(400)).body.message).toEqual([
      'kind cannot change to or from exit: an exit survey has no metric, every other kind has one',
    ]);
    const exit = await created({ kind: 'exit', metric: undefined });
    await patch(`/${exit.id}`, { kind: 'relationship' }).expect(400);
    expect((await get(`/${exit.id}`).expect(200)).body).toMatchObject({ kind: 'exit', metric: null });
  });

  it('refuses to change the metric or the status', async () => {
    const survey = await created();
    expect((await patch(`/${survey.id}`, { metric: 'nps' }).expect(400)).body.message).toContain('property metric should not exist');
    expect((await patch(`/${survey.id}`, { status: 'paused' }).expect(400)).body.message).toContain('property status should not exist');
  });

  it('returns 404 SURVEY_NOT_FOUND for an unknown id', async () => {
    await patch('/00000000-0000-4000-8000-000000000000', { name: 'x' }).expect(404, /SURVEY_NOT_FOUND/);
  });
});

describe('POST /api/v1/surveys/:id/pause and /resume', () => {
  it('pauses and resumes, and only active surveys are offered for their trigger', async () => {
    const survey = await created({ kind: 'exit', metric: undefined });
    const surveys = api.app.get(SurveysService);
    const activeIds = async () => (await surveys.listActiveForTrigger('cancellation')).map((s) => s.id);
    expect(await activeIds()).toContain(survey.id);

    expect((await post(`/${survey.id}/pause`, {}).expect(200)).body.status).toBe('paused');
    expect((await post(`/${survey.id}/pause`, {}).expect(200)).body.status).toBe('paused');
    expect(await activeIds()).not.toContain(survey.id);

    expect((await post(`/${survey.id}/resume`, {}).expect(200)).body.status).toBe('active');
    expect(await activeIds()).toContain(survey.id);
  });

  it('returns 404 SURVEY_NOT_FOUND for an unknown id', async () => {
    await post('/00000000-0000-4000-8000-000000000000/pause', {}).expect(404, /SURVEY_NOT_FOUND/);
  });
});

describe('POST /api/v1/surveys/:id/preview', () => {
  it('renders the e-mail with one link per score and the SMS with and without transliteration', async () => {
    const survey = await created({ metric: 'csat', question: { pl: 'Jak oceniasz naszą pomoc w tej sprawie?', en: 'How satisfied are you?' } });
    const { body } = await post(`/${survey.id}/preview`, { locale: 'pl', customerName: 'Anna <b>Nowak</b>' }).expect(200);
    expect(body.locale).toBe('pl');
    expect(body.email.subject).toBe('Jak nam poszło? Wystarczy jedno kliknięcie');
    const links = [...(body.email.html as string).matchAll(/href="([^"]+\?score=\d+)"/g)].map((m) => m[1]);
    expect(links).toEqual([1, 2, 3, 4, 5].map((n) => `https://feedback.example.com/s/preview?score=${n}`));
    expect(body.email.html).toContain('Dzień dobry, Anna &lt;b&gt;Nowak&lt;/b&gt;,');
    expect(body.email.text).toContain('https://feedback.example.com/s/preview?score=5');
    expect(body.email.unsubscribeUrl).toBe('https://feedback.example.com/s/preview/unsubscribe');
    expect(body.sms).toEqual({
      text: 'Jak oceniasz naszą pomoc w tej sprawie? Odpisz liczbą 1-5 i komentarzem. STOP = rezygnacja',
      encoding: 'UCS-2',
      segments: 2,
      characters: 90,
      transliterated: false,
      withoutTransliteration: { text: 'Jak oceniasz naszą pomoc w tej sprawie? Odpisz liczbą 1-5 i komentarzem. STOP = rezygnacja', encoding: 'UCS-2', segments: 2, characters: 90 },
      withTransliteration: { text: 'Jak oceniasz nasza pomoc w tej sprawie? Odpisz liczba 1-5 i komentarzem. STOP = rezygnacja', encoding: 'GSM-7', segments: 1, characters: 90 },
    });
  });

  it('shows the transliterated SMS as the one sent when the survey transliterates, and the reminder e-mail on request', async () => {
    const survey = await created({ smsTransliterate: true });
    const { body } = await post(`/${survey.id}/preview`, { locale: 'en', reminder: true }).expect(200);
    expect(body.email.subject).toBe('Reminder: How did we do? One click is all it takes');
    expect(body.email.text.startsWith('Hello,\n')).toBe(true);
    expect(body.sms).toMatchObject({ transliterated: true, encoding: 'GSM-7', text: body.sms.withTransliteration.text });
  });

  it('returns 400 naming "locale" when it is missing or unsupported', async () => {
    const survey = await created();
    expect((await post(`/${survey.id}/preview`, {}).expect(400)).body.message).toContain('locale must be one of the following values: pl, en');
    await post(`/${survey.id}/preview`, { locale: 'de' }).expect(400);
  });

  it('returns 404 SURVEY_NOT_FOUND for an unknown id', async () => {
    await post('/00000000-0000-4000-8000-000000000000/preview', { locale: 'pl' }).expect(404, /SURVEY_NOT_FOUND/);
  });
});

describe('OpenAPI document', () => {
  it('documents the survey routes with their bodies', async () => {
    const res = await http().get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/surveys', '/api/v1/surveys/{id}', '/api/v1/surveys/{id}/pause', '/api/v1/surveys/{id}/resume', '/api/v1/surveys/{id}/preview']),
    );
    const { CreateSurveyDto, UpdateSurveyDto, SurveyPreviewDto } = res.body.components.schemas;
    expect(CreateSurveyDto.required).toEqual(expect.arrayContaining(['name', 'kind', 'question', 'followUp']));
    // Required for every kind but exit, which has none: the description says so, the schema cannot.
    expect(CreateSurveyDto.properties.metric).toMatchObject({ nullable: true, description: expect.stringContaining('except for an exit survey') });
    expect(UpdateSurveyDto.properties.metric).toBeUndefined();
    expect(SurveyPreviewDto.properties).toEqual(expect.objectContaining({ email: expect.anything(), sms: expect.anything() }));
  });
});
