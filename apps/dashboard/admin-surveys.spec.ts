import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';
import { SmtpCapture } from '../../test/smtp-capture';

/** A complete, valid create form as the page posts it. */
const VALID: Record<string, string | string[]> = {
  surveyName: 'Po dostawie',
  kind: 'post_contact',
  metric: 'nps',
  active: 'on',
  questionPl: 'Jak oceniasz dostawę?',
  questionEn: 'How was the delivery?',
  followUpPl: 'Dlaczego?',
  followUpEn: 'Why?',
  channel1: 'sms',
  channel2: 'email',
  triggerEventType: 'contact',
  contactChannels: ['phone', 'chat'],
  teams: 'Kurierzy\nInfolinia',
  attributes: 'plan=gold',
  delayValue: '2',
  delayUnit: 'hours',
  throttleDays: '14',
  quietHoursStart: '22:00',
  quietHoursEnd: '07:30',
  expiryHours: '96',
  reminderAfterHours: '48',
  defaultDepartment: 'logistics',
  smsTextPl: 'Oceń dostawę {{scaleMin}}-{{scaleMax}}: odpisz liczbą. STOP = rezygnacja',
};

describe('/admin/surveys', () => {
  let d: TestDashboard;
  let db: DataSource;
  let smtp: SmtpCapture;
  let admin: UserEntity;
  let adminAgent: Agent;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    d = await startTestDashboard({ SMTP_URL: smtp.url, SMTP_FROM: 'Feedloop <surveys@feedloop.test>' });
    db = d.app.get(DataSource);
    admin = await d.makeUser({ role: 'admin', name: 'Ada Admin', email: 'ada.admin@example.com' });
    adminAgent = await signedIn(admin);
  });
  afterAll(async () => {
    await d?.close();
    await smtp?.close();
  });

  async function signedIn(user: UserEntity): Promise<Agent> {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  }

  /** Posts a form with a fresh CSRF token: `await post(path, fields).expect(status)`. */
  function post(path: string, fields: Record<string, string | string[]>, agent = adminAgent, headers: Record<string, string> = {}) {
    return {
      expect: async (status: number) => {
        const token = await csrfTokenFrom(agent, '/admin/surveys');
        return agent.post(path).type('form').set(headers).send({ _csrf: token, ...fields }).expect(status);
      },
    };
  }

  it('lists the seeded surveys with kind, metric, channels, status and sent/answered counts', async () => {
    const [survey] = await db.query(`SELECT id, name FROM surveys WHERE metric = 'csat' ORDER BY created_at LIMIT 1`);
    const customer = await makeCustomer(d.app);
    await makeInvitation(d.app, customer.id, { surveyId: survey.id, status: 'sent' });
    await makeInvitation(d.app, customer.id, { surveyId: survey.id, status: 'answered' });
    await db.query(`UPDATE invitations SET answered_at = now() WHERE status = 'answered'`);
    const page = await adminAgent.get('/admin/surveys').expect(200);
    expect(page.text).toContain(`<a href="/admin/surveys/${survey.id}">${survey.name}</a>`);
    expect(page.text).toMatch(/<td>After a contact<\/td>\s*<td>CSAT \(1–5\)<\/td>\s*<td>E-mail → SMS<\/td>\s*<td><span class="badge ok">Active<\/span><\/td>\s*<td class="num">2<\/td>\s*<td class="num">1 <span class="muted">\(50%\)<\/span><\/td>/);
    expect(page.text).toContain('href="/admin/surveys/new"');
  });

  it('creates a survey with every setting and shows the same values on its edit page', async () => {
    const res = await post('/admin/surveys', VALID).expect(303);
    const [row] = await db.query(`SELECT * FROM surveys WHERE name = 'Po dostawie'`);
    expect(res.headers.location).toBe(`/admin/surveys/${row.id}`);
    expect(row).toMatchObject({
      kind: 'post_contact',
      metric: 'nps',
      status: 'active',
      question: { pl: 'Jak oceniasz dostawę?', en: 'How was the delivery?' },
      follow_up: { pl: 'Dlaczego?', en: 'Why?' },
      channels: ['sms', 'email'],
      trigger_event_type: 'contact',
      trigger_filters: { contactChannels: ['phone', 'chat'], teams: ['Kurierzy', 'Infolinia'], attributes: { plan: 'gold' } },
      delay_minutes: 120,
      throttle_days: 14,
      quiet_hours_start: '22:00:00',
      quiet_hours_end: '07:30:00',
      expiry_hours: 96,
      reminder_after_hours: 48,
      sms_transliterate: false,
      templates: { pl: { smsText: VALID.smsTextPl } },
      default_department_id: await d.departmentId('logistics'),
    });

    const page = await adminAgent.get(res.headers.location).expect(200);
    expect(page.text).toContain('Survey Po dostawie was created.');
    expect(page.text).toContain('value="Po dostawie"');
    expect(page.text).toMatch(/name="questionPl"[^>]*>Jak oceniasz dostawę\?<\/textarea>/);
    expect(page.text).toMatch(/<option value="sms" selected>SMS<\/option>/);
    expect(page.text).toMatch(/name="contactChannels" value="chat" checked/);
    expect(page.text).toMatch(/name="teams"[^>]*>Kurierzy\nInfolinia<\/textarea>/);
    expect(page.text).toMatch(/name="delayValue"[^>]*value="2"/);
    expect(page.text).toMatch(/<option value="hours" selected>/);
    expect(page.text).toContain('value="07:30"');
    expect(page.text).toMatch(/<option value="logistics" selected>Logistics<\/option>/);

    // Edit round trip: change some settings, clear the reminder and the quiet hours.
    const edited = { ...VALID, surveyName: 'Po dostawie 2', reminderAfterHours: '', quietHoursStart: '', quietHoursEnd: '', contactChannels: [], teams: '', channel2: '', smsTransliterate: 'on' };
    await post(`/admin/surveys/${row.id}`, edited).expect(303);
    const [after] = await db.query(`SELECT * FROM surveys WHERE id = $1`, [row.id]);
    expect(after).toMatchObject({
      name: 'Po dostawie 2',
      metric: 'nps',
      channels: ['sms'],
      reminder_after_hours: null,
      quiet_hours_start: null,
      quiet_hours_end: null,
      trigger_filters: { attributes: { plan: 'gold' } },
      sms_transliterate: true,
    });
  });

  it('creates an exit survey without a metric whatever the scale select posts, and shows it as having none', async () => {
    const fields = { ...VALID, surveyName: 'Pożegnanie', kind: 'exit', metric: 'csat', triggerEventType: 'cancellation', contactChannels: [], teams: '', smsTextPl: '' };
    const res = await post('/admin/surveys', fields).expect(303);
    const [row] = await db.query(`SELECT id, kind, metric FROM surveys WHERE name = 'Pożegnanie'`);
    expect(row).toMatchObject({ kind: 'exit', metric: null });
    expect((await adminAgent.get(res.headers.location).expect(200)).text).toContain('<option selected>None (asks reasons)</option>');
    const list = await adminAgent.get('/admin/surveys').expect(200);
    expect(list.text).toMatch(new RegExp(`<a href="/admin/surveys/${row.id}">Pożegnanie</a></td>\\s*<td>Exit \\(cancellation\\)</td>\\s*<td>None \\(asks reasons\\)</td>`));
  });

  it('re-renders the form with each error next to its field, keeping (and escaping) what was typed, writing nothing', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM surveys`))[0].n;
    const res = await post('/admin/surveys', {
      ...VALID,
      surveyName: 'Zła <b>ankieta</b>',
      questionEn: '',
      followUpPl: 'x'.repeat(301),
      channel2: 'sms',
      delayValue: 'soon',
      throttleDays: '400',
      attributes: 'plan gold',
      quietHoursStart: '25:00',
    }).expect(400);
    expect(res.text).toContain('The survey was not saved: correct the fields marked below.');
    expect(res.text).toMatch(/id="f-questionEn-error">Write the English question \(at most 300 characters\)</);
    expect(res.text).toMatch(/id="f-followUpPl-error">Write the Polish follow-up \(at most 300 characters\)</);
    expect(res.text).toMatch(/id="f-channels-error">Choose two different channels, or none as the second</);
    expect(res.text).toMatch(/id="f-delayValue-error">Delay must be a whole number</);
    expect(res.text).toMatch(/id="f-throttleDays-error">At most 365 days</);
    expect(res.text).toMatch(/id="f-attributes-error">Write one key&#x3D;value a line/);
    expect(res.text).toMatch(/id="f-quietHoursStart-error">A time as HH:MM</);
    expect(res.text).toContain('value="Zła &lt;b&gt;ankieta&lt;/b&gt;"');
    expect(res.text).not.toContain('<b>ankieta</b>');
    expect(res.text).toMatch(/name="delayValue"[^>]*value="soon"/);
    expect(res.text).toMatch(/name="attributes"[^>]*>plan gold<\/textarea>/);
    expect((await db.query(`SELECT count(*)::int AS n FROM surveys`))[0].n).toBe(before);

    // Rules of the service (across fields) land next to their field too.
    const rule = await post('/admin/surveys', { ...VALID, reminderAfterHours: '200', triggerEventType: 'signup' }).expect(400);
    expect(rule.text).toMatch(/id="f-(reminderAfterHours|contactChannels)-error">/);
    const reminder = await post('/admin/surveys', { ...VALID, reminderAfterHours: '200' }).expect(400);
    expect(reminder.text).toMatch(/id="f-reminderAfterHours-error">The reminder must come before the links expire.</);
    const template = await post('/admin/surveys', { ...VALID, emailSubjectEn: 'Hi {{#if}}' }).expect(400);
    expect(template.text).toMatch(/id="f-emailSubjectEn-error">This wording can not be filled in: /);
    expect((await db.query(`SELECT count(*)::int AS n FROM surveys`))[0].n).toBe(before);
  });

  it('speaks Polish to a Polish admin, errors included', async () => {
    const agent = await signedIn(await d.makeUser({ role: 'admin', locale: 'pl' }));
    const res = await post('/admin/surveys', { ...VALID, questionPl: '' }, agent).expect(400);
    expect(res.text).toContain('<h1>Nowa ankieta</h1>');
    expect(res.text).toMatch(/id="f-questionPl-error">Wpisz pytanie po polsku \(najwyżej 300 znaków\)</);
  });

  it('pauses and resumes a survey', async () => {
    const [{ id }] = await db.query(`SELECT id FROM surveys WHERE kind = 'onboarding' LIMIT 1`);
    expect((await post(`/admin/surveys/${id}/pause`, {}).expect(303)).headers.location).toBe(`/admin/surveys/${id}`);
    expect((await db.query(`SELECT status FROM surveys WHERE id = $1`, [id]))[0].status).toBe('paused');
    const page = await adminAgent.get(`/admin/surveys/${id}`).expect(200);
    expect(page.text).toContain('is paused: nothing new is scheduled');
    expect(page.text).toContain(`action="/admin/surveys/${id}/resume"`);
    await post(`/admin/surveys/${id}/resume`, {}).expect(303);
    expect((await db.query(`SELECT status FROM surveys WHERE id = $1`, [id]))[0].status).toBe('active');
  });

  describe('preview', () => {
    it('counts a Polish SMS as UCS-2 and shows what transliteration would give', async () => {
      const res = await post('/admin/surveys/new/preview', { ...VALID, smsTextPl: '', questionPl: 'Jak oceniasz naszą pomoc w tej sprawie?' }, adminAgent, { 'x-preview': 'fragment' }).expect(200);
      expect(res.text).not.toContain('<html');
      const pl = res.text.slice(res.text.indexOf('preview-locale" lang="pl"'), res.text.indexOf('preview-locale" lang="en"'));
      expect(pl).toContain('Jak oceniasz naszą pomoc w tej sprawie?');
      expect(pl).toMatch(/<span class="badge warn">UCS-2<\/span> \d+ characters, 2 SMS/);
      expect(pl).toContain('Without Polish letters it would be:');
      expect(pl).toMatch(/<span class="badge muted">GSM-7<\/span> \d+ characters, 1 SMS/);
      expect(pl).toContain('Jak oceniasz nasza pomoc w tej sprawie?');
    });

    it('counts an ASCII SMS as GSM-7 in one segment', async () => {
      const res = await post('/admin/surveys/new/preview', { ...VALID, questionEn: 'How was the delivery?' }, adminAgent, { 'x-preview': 'fragment' }).expect(200);
      const en = res.text.slice(res.text.indexOf('section class="preview-locale" lang="en"'));
      expect(en).toMatch(/<span class="badge ok">GSM-7<\/span> \d+ characters, 1 SMS/);
      expect(en).not.toContain('it would be:');
      expect(en).toContain('src="/admin/surveys/preview/email?locale&#x3D;en&amp;kind&#x3D;post_contact&amp;metric&#x3D;nps&amp;question&#x3D;How+was+the+delivery%3F"');
    });

    it('renders the e-mail frame with the real message under a strict CSP of its own', async () => {
      const res = await adminAgent.get('/admin/surveys/preview/email?locale=pl&metric=nps&question=Czy%20polecisz%20nas%3F&emailSubject=Twoja%20opinia').expect(200);
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox",
      );
      expect(res.text).toContain('<title>Twoja opinia</title>');
      expect(res.text).toContain('Czy polecisz nas?');
      expect(res.text).toContain('/s/preview?score=10');
      const bad = await adminAgent.get('/admin/surveys/preview/email?locale=pl&metric=nps&question=x&emailSubject=%7B%7B%23if%7D%7D').expect(400);
      expect(bad.text).toContain('This wording can not be filled in');
    });

    it('shows the whole page with the preview when posted without script, keeping what was typed', async () => {
      const res = await post('/admin/surveys/new/preview', { ...VALID, questionEn: 'Typed <i>but</i> not saved' }).expect(200);
      expect(res.text).toContain('<h1>New survey</h1>');
      expect(res.text).toMatch(/name="questionEn"[^>]*>Typed &lt;i&gt;but&lt;\/i&gt; not saved<\/textarea>/);
      expect(res.text).toContain('data-preview-sms>Typed &lt;i&gt;but&lt;/i&gt; not saved Reply with a number 0-10');
      expect((await db.query(`SELECT 1 FROM surveys WHERE question->>'en' LIKE 'Typed%'`))).toEqual([]);
    });
  });

  it("sends the test e-mail to the signed-in admin's address through SMTP, in both languages, without an invitation", async () => {
    const invitationsBefore = (await db.query(`SELECT count(*)::int AS n FROM invitations`))[0].n;
    const received = smtp.messages.length;
    const res = await post('/admin/surveys/new/test', { ...VALID, questionPl: 'Testowe pytanie?', questionEn: 'Test question?' }).expect(200);
    expect(res.text).toContain('A test e-mail in Polish and one in English went to ada.admin@example.com.');
    expect(res.text).toMatch(/name="questionPl"[^>]*>Testowe pytanie\?<\/textarea>/);
    await smtp.waitFor(received + 2);
    const mails = smtp.messages.slice(received);
    expect(mails.map((m) => m.to)).toEqual([['ada.admin@example.com'], ['ada.admin@example.com']]);
    expect(mails[0].parsed.subject).toMatch(/^\[Test\] /);
    expect(mails[0].parsed.html).toContain('Testowe pytanie?');
    expect(mails[0].parsed.html).toContain('Dzień dobry, Ada Admin,');
    expect(mails[1].parsed.text).toContain('Test question?');
    expect(mails[1].parsed.text).toContain('/s/preview?score=0');
    expect((await db.query(`SELECT count(*)::int AS n FROM invitations`))[0].n).toBe(invitationsBefore);
  });

  it('lets an analyst read surveys but not change them', async () => {
    const agent = await signedIn(await d.makeUser({ role: 'analyst' }));
    const [{ id }] = await db.query(`SELECT id FROM surveys ORDER BY created_at LIMIT 1`);
    const list = await agent.get('/admin/surveys').expect(200);
    expect(list.text).not.toContain('href="/admin/surveys/new"');
    const page = await agent.get(`/admin/surveys/${id}`).expect(200);
    expect(page.text).toContain('You can read this survey; only admins change it.');
    expect(page.text).toMatch(/<fieldset class="plain" disabled>/);
    await agent.get('/admin/surveys/new').expect(403);
    const token = await csrfTokenFrom(agent, '/admin/surveys');
    await agent.post(`/admin/surveys/${id}/pause`).type('form').send({ _csrf: token }).expect(403);
    await agent.post('/admin/surveys').type('form').send({ _csrf: token, ...VALID, surveyName: 'Sneaky' }).expect(403);
    expect(await db.query(`SELECT 1 FROM surveys WHERE name = 'Sneaky'`)).toEqual([]);
  });

  it.each(['department_head', 'retention_agent'] as const)('answers 403 to a %s and hides the navigation entry', async (role) => {
    const agent = await signedIn(await d.makeUser({ role, department: role === 'department_head' ? 'billing' : undefined }));
    await agent.get('/admin/surveys').expect(403);
    expect((await agent.get('/').expect(200)).text).not.toContain('href="/admin/surveys"');
  });

  it('answers 404 for a survey that does not exist', async () => {
    await adminAgent.get('/admin/surveys/00000000-0000-0000-0000-000000000000').expect(404);
    await adminAgent.get('/admin/surveys/not-a-uuid').expect(404);
  });
});
