import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';

describe('admin settings of issue 9', () => {
  let d: TestDashboard;
  let db: DataSource;
  let adminAgent: Agent;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    adminAgent = await signedIn(await d.makeUser({ role: 'admin' }));
  });
  afterAll(() => d.close());

  async function signedIn(user: UserEntity): Promise<Agent> {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  }

  describe('/admin/themes', () => {
    it.each(['analyst', 'department_head', 'retention_agent'] as const)('answers 403 to a %s', async (role) => {
      const agent = await signedIn(await d.makeUser({ role, department: role === 'department_head' ? 'logistics' : undefined }));
      await agent.get('/admin/themes').expect(403);
      await agent.get('/admin/themes/late_delivery').expect(403);
      const token = await csrfTokenFrom(agent, '/');
      await agent.post('/admin/themes/retrain').type('form').send({ _csrf: token }).expect(403);
      expect((await agent.get('/').expect(200)).text).not.toContain('href="/admin/themes"');
    });

    it('lists the themes by department with both names, the model version and a retrain button', async () => {
      const page = await adminAgent.get('/admin/themes').expect(200);
      expect(page.text).toContain('href="/admin/themes"');
      expect(page.text).toContain('<td lang="pl">Opóźniona dostawa</td>');
      expect(page.text).toContain('<td lang="en">Late delivery</td>');
      expect(page.text).toContain('action="/admin/themes/retrain"');
      const [model] = await db.query(`SELECT version FROM theme_models WHERE active`);
      expect(page.text).toContain(`<code>${model.version}</code>`);
    });

    it('edits names, examples, department and the active flag, and keeps what was typed on an error', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/themes/long_wait');
      const bad = await adminAgent
        .post('/admin/themes/long_wait')
        .type('form')
        .send({ _csrf: token, namePl: '', nameEn: 'Waiting <long>', examplesPl: 'czekałem', examplesEn: '', departmentKey: 'customer_service' })
        .expect(400);
      expect(bad.text).toMatch(/id="f-namePl-error">Polish name must be 1 to 120 characters long</);
      expect(bad.text).toContain('value="Waiting &lt;long&gt;"');

      await adminAgent
        .post('/admin/themes/long_wait')
        .type('form')
        .send({
          _csrf: token,
          namePl: 'Długie czekanie',
          nameEn: 'Long wait',
          descriptionPl: 'Klient czekał za długo',
          descriptionEn: '',
          examplesPl: 'czekałem godzinę na infolinii\n\n  nikt nie odbierał  ',
          examplesEn: 'waited an hour',
          departmentKey: 'customer_service',
        })
        .expect(303);
      const [row] = await db.query(`SELECT name, examples, active FROM themes WHERE key = 'long_wait'`);
      expect(row).toEqual({
        name: { pl: 'Długie czekanie', en: 'Long wait' },
        examples: { pl: ['czekałem godzinę na infolinii', 'nikt nie odbierał'], en: ['waited an hour'] },
        active: false,
      });
      expect((await adminAgent.get('/admin/themes/long_wait').expect(200)).text).toContain('Theme Long wait saved.');
    });

    it('adds and removes a keyword rule', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/themes/lost_parcel');
      await adminAgent.post('/admin/themes/lost_parcel/rules').type('form').send({ _csrf: token, phrase: 'Paczkomat pusty' }).expect(303);
      const [rule] = await db.query(`SELECT r.id, r.phrase FROM theme_keyword_rules r JOIN themes t ON t.id = r.theme_id WHERE t.key = 'lost_parcel'`);
      expect(rule.phrase).toBe('paczkomat pusty');
      expect((await adminAgent.get('/admin/themes/lost_parcel').expect(200)).text).toContain('<code>paczkomat pusty</code>');
      const short = await adminAgent.post('/admin/themes/lost_parcel/rules').type('form').send({ _csrf: token, phrase: 'x' }).expect(400);
      expect(short.text).toMatch(/id="f-phrase-error">Phrase must be 2 to 200 characters long</);
      await adminAgent.post(`/admin/themes/lost_parcel/rules/${rule.id}/delete`).type('form').send({ _csrf: token }).expect(303);
      expect(await db.query(`SELECT 1 FROM theme_keyword_rules WHERE id = $1`, [rule.id])).toEqual([]);
      await adminAgent.get('/admin/themes/no_such_theme').expect(404);
    });

    it('retrains the model at once', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/themes');
      const before = (await db.query(`SELECT count(*)::int AS n FROM theme_models`))[0].n;
      await adminAgent.post('/admin/themes/retrain').type('form').send({ _csrf: token }).expect(303);
      expect((await db.query(`SELECT count(*)::int AS n FROM theme_models`))[0].n).toBe(before + 1);
      expect((await adminAgent.get('/admin/themes').expect(200)).text).toMatch(/Model \S+ trained \([\d,]+ examples?\) and in use\./);
    }, 60_000);
  });

  describe('department SLA on /admin/departments', () => {
    it('saves the SLA, and names a bad value next to its field keeping the input', async () => {
      const id = await d.departmentId('billing');
      const token = await csrfTokenFrom(adminAgent, '/admin/departments');
      await adminAgent.post(`/admin/departments/${id}/sla`).type('form').send({ _csrf: token, ackSlaHours: '24', resolveSlaDays: '3' }).expect(303);
      expect(await db.query(`SELECT ack_sla_hours, resolve_sla_days FROM departments WHERE id = $1`, [id])).toEqual([{ ack_sla_hours: 24, resolve_sla_days: 3 }]);
      const page = await adminAgent.get('/admin/departments').expect(200);
      expect(page.text).toContain('SLA of Billing: acknowledge within 24 hours, resolve within 3 days.');
      expect(page.text).toContain(`id="ack-${id}" name="ackSlaHours" type="number" min="1" max="720" step="1" value="24"`);

      const bad = await adminAgent.post(`/admin/departments/${id}/sla`).type('form').send({ _csrf: token, ackSlaHours: '0', resolveSlaDays: 'soon' }).expect(400);
      expect(bad.text).toMatch(new RegExp(`id="ack-${id}-error">At least 1 hour<`));
      expect(bad.text).toMatch(new RegExp(`id="resolve-${id}-error">Days must be a whole number<`));
      expect(bad.text).toContain('value="soon"');
    });
  });

  describe('/account', () => {
    it('lets a user choose how often the digest comes', async () => {
      const head = await d.makeUser({ role: 'department_head', department: 'logistics', locale: 'pl' });
      const agent = await signedIn(head);
      const page = await agent.get('/account').expect(200);
      expect(page.text).toContain('<h1>Moje konto</h1>');
      expect(page.text).toContain('value="daily" checked');
      const token = await csrfTokenFrom(agent, '/account');
      await agent.post('/account/digest').type('form').send({ _csrf: token, digestFrequency: 'hourly' }).expect(303);
      expect((await db.query(`SELECT digest_frequency FROM users WHERE id = $1`, [head.id]))[0].digest_frequency).toBe('hourly');
      expect((await agent.get('/account').expect(200)).text).toContain('Podsumowanie: Co godzinę.');
      const bad = await agent.post('/account/digest').type('form').send({ _csrf: token, digestFrequency: 'weekly' }).expect(400);
      expect(bad.text).toMatch(/id="f-digestFrequency-error">Wybierz, jak często</);
    });
  });
});
