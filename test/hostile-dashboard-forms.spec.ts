import { DataSource } from 'typeorm';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from './dashboard';
import { makeCustomer } from './factories/customers';

/**
 * Every field of the dashboard's forms (the CSRF token included), its route
 * parameters and query strings, given a NUL: a 400 page naming the field,
 * never a 500 (a 500 before login, once), and nothing written.
 */

const NUL = 'a\u0000b';

interface Form {
  page: string;
  action: string;
  fields: Record<string, string>;
}

let dash: TestDashboard;
let admin: Agent;
let departmentId: string;
let adminId: string;
let surveyId: string;
let customerId: string;
let agentId: string;
let caseId: string;
let offerTypeId: string;
let offerId: string;
let atRiskCustomerId: string;

/** Row counts of every table but the sessions (a visit that renders a form starts one). */
async function counts(): Promise<Record<string, string>> {
  const db = dash.app.get(DataSource);
  const tables: Array<{ name: string }> = await db.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'user_sessions') ORDER BY 1`,
  );
  const [row] = await db.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.name}") AS "${t.name}"`).join(', ')}`);
  return row;
}

beforeAll(async () => {
  dash = await startTestDashboard();
  const user = await dash.makeUser({ role: 'admin' });
  adminId = user.id;
  admin = dash.agent();
  expect((await login(admin, user.email)).status).toBe(303);
  departmentId = await dash.departmentId('logistics');
  [{ id: surveyId }] = await dash.app.get(DataSource).query(`SELECT id FROM surveys ORDER BY created_at LIMIT 1`);
  customerId = (await makeCustomer(dash.app, { externalId: 'hostile-1' })).id;
  // A retention case with an offer, owned by an agent, for the retention forms.
  agentId = (await dash.makeUser({ role: 'retention_agent' })).id;
  await makeCustomer(dash.app, { externalId: 'hostile-churn' });
  const token = await csrfTokenFrom(admin, '/retention');
  const opened = await admin.post('/retention/cases').type('form').send({ _csrf: token, customerExternalId: 'hostile-churn' });
  expect(opened.status).toBe(303);
  caseId = /([0-9a-f-]{36})$/.exec(opened.headers.location)![1];
  [{ id: offerTypeId }] = await dash.app.get(DataSource).query(`SELECT id FROM churn_offer_types WHERE active ORDER BY key LIMIT 1`);
  expect((await admin.post(`/retention/cases/${caseId}/offers`).type('form').send({ _csrf: token, offerTypeId, outcome: 'pending' })).status).toBe(303);
  [{ id: offerId }] = await dash.app.get(DataSource).query(`SELECT id FROM churn_offers WHERE case_id = $1`, [caseId]);
  atRiskCustomerId = (await makeCustomer(dash.app, { externalId: 'hostile-at-risk' })).id;
}, 60_000);
afterAll(() => dash?.close());

/** Every field of the survey form, as the page posts it. */
const SURVEY_FIELDS: Record<string, string> = {
  surveyName: 'Hostile', kind: 'post_contact', metric: 'csat', active: 'on', questionPl: 'Pytanie?', questionEn: 'Question?',
  followUpPl: 'Dlaczego?', followUpEn: 'Why?', channel1: 'email', channel2: 'sms', triggerEventType: 'contact', contactChannels: 'phone',
  teams: 'Infolinia', attributes: 'plan=gold', delayValue: '1', delayUnit: 'hours', throttleDays: '30', quietHoursStart: '21:00',
  quietHoursEnd: '08:00', expiryHours: '168', reminderAfterHours: '72', defaultDepartment: 'logistics', smsTransliterate: 'on',
  emailSubjectPl: 'Temat', emailIntroPl: 'Wstęp', smsTextPl: 'SMS STOP', emailSubjectEn: 'Subject', emailIntroEn: 'Intro', smsTextEn: 'SMS STOP',
};

const forms = (): Form[] => [
  { page: '/admin/users', action: '/admin/users', fields: { email: 'new@example.com', name: 'New', password: 'a long enough password', role: 'analyst', departmentId: '', locale: 'en' } },
  { page: '/admin/departments', action: '/admin/departments', fields: { key: 'returns', name: 'Returns' } },
  { page: '/admin/departments', action: `/admin/departments/${departmentId}`, fields: { name: 'Logistics 2' } },
  { page: '/admin/webhooks', action: '/admin/webhooks', fields: { url: 'https://example.com/hook', events: 'response.created', description: 'x' } },
  { page: '/admin/users', action: '/account/locale', fields: { locale: 'pl', next: '/admin/users' } },
  { page: '/admin/api-keys', action: '/admin/api-keys', fields: { name: 'crm', departmentId: departmentId } },
  { page: `/admin/users/${adminId}`, action: `/admin/users/${adminId}`, fields: { name: 'Admin', role: 'admin', departmentId: '', locale: 'en' } },
  { page: '/admin/surveys/new', action: '/admin/surveys', fields: SURVEY_FIELDS },
  { page: '/admin/surveys/new', action: '/admin/surveys/new/preview', fields: SURVEY_FIELDS },
  { page: '/admin/surveys/new', action: '/admin/surveys/new/test', fields: SURVEY_FIELDS },
  { page: `/admin/surveys/${surveyId}`, action: `/admin/surveys/${surveyId}`, fields: SURVEY_FIELDS },
  { page: `/customers/${customerId}`, action: `/customers/${customerId}/erase`, fields: { confirmExternalId: 'hostile-1' } },
  { page: '/retention', action: '/retention/cases', fields: { customerExternalId: 'hostile-1', reason: 'Too expensive', monthlyRevenue: '10' } },
  { page: `/retention/cases/${caseId}`, action: `/retention/cases/${caseId}/status`, fields: { status: 'won_back', wonOfferId: offerId, lostReason: 'x' } },
  { page: `/retention/cases/${caseId}`, action: `/retention/cases/${caseId}/owner`, fields: { ownerId: agentId } },
  { page: `/retention/cases/${caseId}`, action: `/retention/cases/${caseId}/activities`, fields: { kind: 'call', body: 'Called' } },
  { page: `/retention/cases/${caseId}`, action: `/retention/cases/${caseId}/offers`, fields: { offerTypeId, outcome: 'accepted', details: '20%' } },
  { page: `/retention/cases/${caseId}`, action: `/retention/cases/${caseId}/offers/${offerId}`, fields: { outcome: 'accepted' } },
  {
    page: `/retention/cases/${caseId}`,
    action: `/retention/cases/${caseId}/interview`,
    fields: { primaryReason: 'too_expensive', secondaryReasons: 'moving', destination: 'competitor', competitor: 'Netia', mightReturn: 'maybe', comment: 'x' },
  },
  { page: '/retention/at-risk', action: `/retention/at-risk/${atRiskCustomerId}/open-case`, fields: {} },
  { page: '/retention/at-risk', action: `/retention/at-risk/${atRiskCustomerId}/dismiss`, fields: {} },
  { page: '/admin/offer-types', action: '/admin/offer-types', fields: { key: 'hostile_offer', offerName: 'Hostile', offerDescription: 'x' } },
  { page: `/admin/offer-types/${offerTypeId}`, action: `/admin/offer-types/${offerTypeId}`, fields: { offerName: 'Renamed', offerDescription: 'y' } },
];

describe('dashboard forms given a NUL', () => {
  it.each(['_csrf', 'email', 'password', 'next'])('answers the login form with 400 naming %s before sign-in', async (field) => {
    const visitor = dash.agent();
    const token = await csrfTokenFrom(visitor, '/login');
    const before = await counts();
    const fields: Record<string, string> = { _csrf: token, email: 'someone@example.com', password: 'whatever password', next: '/admin/users' };
    const res = await visitor.post('/login').type('form').send({ ...fields, [field]: NUL });
    expect(res.status).toBe(400);
    expect(res.text).toContain(`${field} must not contain NUL characters`);
    expect(await counts()).toEqual(before);
  });

  it('answers every field of every signed-in form with 400 naming it, writing nothing', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const form of forms()) {
      const token = await csrfTokenFrom(admin, form.page);
      // Nothing may be written, so one count before the form's cases is the baseline for each of them.
      const before = await counts();
      for (const field of ['_csrf', ...Object.keys(form.fields)]) {
        cases++;
        const res = await admin.post(form.action).type('form').send({ _csrf: token, ...form.fields, [field]: NUL });
        if (res.status !== 400 || !res.text.includes(`${field} must not contain NUL characters`)) failures.push(`${form.action} ${field} → ${res.status}`);
        if (JSON.stringify(await counts()) !== JSON.stringify(before)) failures.push(`${form.action} ${field} wrote rows`);
      }
    }
    expect(failures).toEqual([]);
    // Retention: the case 4 + status 4 + owner 2 + activities 3 + offers 4 + offer outcome 2 + interview 7 + at-risk 1 + 1.
    // Offer types: add 4, edit 3.
    expect(cases).toBe(27 + 4 * 30 + 2 + 28 + 7);
    // About 150 cases, each a request and a count of every table: longer than one request's default.
  }, 180_000);

  it.each([
    ['GET', '/departments/a%00b'],
    ['POST', '/admin/departments/a%00b'],
    ['POST', '/admin/users/a%00b/disable'],
    ['POST', '/admin/webhooks/a%00b/pause'],
    ['POST', '/admin/webhooks/a%00b/delete'],
    ['GET', '/admin/surveys/a%00b'],
    ['POST', '/admin/surveys/a%00b/pause'],
    ['POST', '/admin/surveys/a%00b/preview'],
    ['GET', '/customers/a%00b'],
    ['POST', '/customers/a%00b/erase'],
    ['POST', '/customers/a%00b/export'],
    ['GET', '/retention/cases/a%00b'],
    ['POST', '/retention/cases/a%00b/status'],
    ['GET', '/admin/offer-types/a%00b'],
    ['POST', '/admin/offer-types/a%00b/deactivate'],
  ])('answers %s %s (a NUL in the id) with 400 naming id', async (method, path) => {
    const token = await csrfTokenFrom(admin, '/admin/users');
    const res = method === 'GET' ? await admin.get(path) : await admin.post(path).type('form').send({ _csrf: token, name: 'x' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id must not contain NUL characters');
  });

  it('answers a NUL in a query string with 400 naming the parameter, signed in or not', async () => {
    expect((await dash.agent().get('/login?next=%00')).status).toBe(400);
    const res = await admin.get('/admin/users?lang=%00');
    expect(res.status).toBe(400);
    expect(res.text).toContain('lang must not contain NUL characters');
    for (const path of ['/customers?q=a%00b', '/admin/surveys/preview/email?locale=pl&question=a%00b']) {
      const page = await admin.get(path);
      expect(page.status).toBe(400);
      expect(page.text).toMatch(/(q|question) must not contain NUL characters/);
    }
  });
});
