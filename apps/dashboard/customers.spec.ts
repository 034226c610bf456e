import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { customerSearchQuery } from '@feedloop/customers/customers.repository';
import { CustomersService } from '@feedloop/customers/customers.service';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { makeInvitation } from '../../test/factories/invitations';

describe('/customers', () => {
  let d: TestDashboard;
  let db: DataSource;
  let adminAgent: Agent;
  let anna: CustomerRow;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    adminAgent = await signedIn(await d.makeUser({ role: 'admin' }));
    anna = await makeCustomer(d.app, {
      externalId: 'crm-1001',
      name: 'Anna Maria Kowalska',
      email: 'anna.kowalska@example.com',
      phone: '+48601234567',
      attributes: { plan: 'gold', seats: 3 },
    });
    await makeCustomer(d.app, { externalId: 'crm-2002', name: 'Jan Nowak', email: 'jan@example.org', phone: '+48501000111' });
    await makeCustomer(d.app, { externalId: 'crm_3003', name: 'Percent 100%', email: 'p%q@example.org', phone: '+44 20 7946 0000'.replace(/\s/g, '') });
  });
  afterAll(() => d?.close());

  async function signedIn(user: UserEntity): Promise<Agent> {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  }

  const search = async (q: string, agent = adminAgent) => (await agent.get(`/customers?q=${encodeURIComponent(q)}`).expect(200)).text;
  const found = (html: string) => [...html.matchAll(/<td><code>([^<]+)<\/code><\/td>/g)].map((m) => m[1]).sort();

  describe('search', () => {
    it.each([
      ['an e-mail prefix', 'anna.kow', ['crm-1001']],
      ['an e-mail prefix in capitals', 'ANNA.K', ['crm-1001']],
      ['a phone prefix in national form', '601 23', ['crm-1001']],
      ['a phone prefix with the country code', '+48 601', ['crm-1001']],
      ['a phone prefix as digits with the country code', '48501', ['crm-2002']],
      ['a name prefix', 'anna m', ['crm-1001']],
      ['a last-name prefix', 'Nowa', ['crm-2002']],
      ['an external id prefix', 'crm-', ['crm-1001', 'crm-2002']],
      ['a LIKE wildcard taken literally', 'crm_', ['crm_3003']],
      ['a percent sign taken literally', 'p%', ['crm_3003']],
    ])('finds customers by %s', async (_, q, ids) => {
      expect(found(await search(q))).toEqual(ids);
    });

    it('says when nothing matches, escaping the query, and never lists erased customers', async () => {
      const html = await search('<b>zzz');
      expect(html).toContain('No customer starts with &quot;&lt;b&gt;zzz&quot;.');
      const gone = await makeCustomer(d.app, { externalId: 'crm-erased-1', email: 'gone@example.com' });
      await db.query(`UPDATE customers SET external_id = NULL, name = NULL, email = NULL, phone = NULL, erased_at = now() WHERE id = $1`, [gone.id]);
      expect(found(await search('gone@'))).toEqual([]);
    });

    it('runs on the search indexes, not a scan of the table', async () => {
      await db.query(
        `INSERT INTO customers (external_id, name, email, phone, locale, time_zone)
         SELECT 'bulk-' || n, 'Bulk ' || n, 'bulk' || n || '@example.net', '+4870' || lpad(n::text, 7, '0'), 'pl', 'Europe/Warsaw'
         FROM generate_series(1, 2000) n`,
      );
      await db.query('ANALYZE customers');
      const [sql, params] = customerSearchQuery('anna', ['+48601', '+4848601'], 50);
      const plan = await db.transaction(async (m) => {
        // Planner costs would pick a scan for a table this small; with scans priced out, only a usable index avoids one.
        await m.query('SET LOCAL enable_seqscan = off');
        const [row] = await m.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
        return JSON.stringify(row['QUERY PLAN']);
      });
      expect(plan).not.toContain('Seq Scan');
      for (const index of ['external_id', 'email', 'name', 'last_name', 'phone']) expect(plan).toContain(`customers_search_${index}_idx`);
    });

    it('shows a search form and no results before anything is asked', async () => {
      const html = await search('');
      expect(html).toContain('role="search"');
      expect(html).not.toContain('<table');
    });
  });

  describe('Customer 360', () => {
    it('shows attributes, consent with time and source, and the timeline newest first', async () => {
      await d.app.get(CustomersService).setOptOut(anna.id, 'sms', true, 'sms_reply');
      await makeFeedbackItem(d.app, { customerId: anna.id, department: 'logistics', themes: ['late_delivery'], comment: 'Kurier <script>x</script> spóźnił się' });
      const html = (await adminAgent.get(`/customers/${anna.id}`).expect(200)).text;
      expect(html).toContain('<h1>Anna Maria Kowalska</h1>');
      expect(html).toContain('<dt><code>plan</code></dt><dd>gold</dd>');
      expect(html).toContain('<dt><code>seats</code></dt><dd>3</dd>');
      expect(html).toMatch(/SMS: <span class="badge danger">Opted out<\/span> <span class="muted">since /);
      expect(html).toMatch(/E-mail: <span class="badge ok">Receives surveys<\/span>/);
      expect(html).toContain('SMS: opted out · via an SMS reply (STOP)');
      expect(html).toContain('Kurier &lt;script&gt;x&lt;/script&gt; spóźnił się');
      expect(html).not.toContain('<script>x</script>');
      const kinds = [...html.matchAll(/<span class="kind">([^<]+)<\/span>/g)].map((m) => m[1]);
      expect(kinds).toEqual(['Feedback item', 'Answer', 'Survey sent']);
      expect(html).toMatch(/<a href="\/inbox\/[0-9a-f-]{36}">Feedback item in Logistics<\/a>/);
    });

    it('pages the timeline, newest first', async () => {
      const c = await makeCustomer(d.app, { name: 'Paged Customer' });
      for (let i = 0; i < 30; i++) await makeInvitation(d.app, c.id, { sentAt: new Date(Date.now() - (i + 1) * 86_400_000) });
      const first = (await adminAgent.get(`/customers/${c.id}`).expect(200)).text;
      const times = (html: string) => [...html.matchAll(/<time datetime="([^"]+)">/g)].map((m) => m[1]);
      expect(times(first)).toHaveLength(25);
      expect([...times(first)].sort().reverse()).toEqual(times(first));
      const older = /<a href="([^"]+)" rel="next">Older<\/a>/.exec(first)?.[1];
      expect(older).toBeDefined();
      const second = (await adminAgent.get(older!.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=')).expect(200)).text;
      expect(times(second)).toHaveLength(5);
      expect(times(second)[0] < times(first)[24]).toBe(true);
      expect(second).toContain('>Newest</a>');
    });

    it('shows a retention agent the customer without any department\'s feedback items', async () => {
      const agent = await signedIn(await d.makeUser({ role: 'retention_agent' }));
      expect(found(await search('anna.k', agent))).toEqual(['crm-1001']);
      const html = (await agent.get(`/customers/${anna.id}`).expect(200)).text;
      expect(html).toContain('Anna Maria Kowalska');
      expect(html).toContain('<span class="kind">Answer</span>');
      expect(html).not.toContain('Feedback item in');
      expect(html).not.toContain('/export"');
    });

    it('is not there for a department head: 404 for the search and the page, and no navigation entry', async () => {
      const agent = await signedIn(await d.makeUser({ role: 'department_head', department: 'logistics' }));
      await agent.get('/customers').expect(404);
      await agent.get(`/customers?q=anna`).expect(404);
      await agent.get(`/customers/${anna.id}`).expect(404);
      expect((await agent.get('/').expect(200)).text).not.toContain('href="/customers"');
      expect((await adminAgent.get('/').expect(200)).text).toContain('href="/customers"');
    });

    it('answers 404 for a customer that does not exist', async () => {
      await adminAgent.get('/customers/00000000-0000-0000-0000-000000000000').expect(404);
      // Not an id at all: the same 404, not a database error.
      await adminAgent.get('/customers/not-an-id').expect(404);
      const token = await csrfTokenFrom(adminAgent, `/customers/${anna.id}`);
      await adminAgent.post('/customers/not-an-id/export').type('form').send({ _csrf: token }).expect(404);
      await adminAgent.post('/customers/not-an-id/erase').type('form').send({ _csrf: token, confirmExternalId: 'x' }).expect(404);
    });
  });

  describe('GDPR', () => {
    it("downloads the API's export for an admin only", async () => {
      const token = await csrfTokenFrom(adminAgent, `/customers/${anna.id}`);
      const res = await adminAgent.post(`/customers/${anna.id}/export`).type('form').send({ _csrf: token }).expect(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="customer-crm-1001.json"');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = JSON.parse(res.text);
      expect(body.customer).toMatchObject({ id: anna.id, externalId: 'crm-1001', email: 'anna.kowalska@example.com' });
      expect(body.consentHistory).toEqual([expect.objectContaining({ channel: 'sms', optedOut: true, source: 'sms_reply' })]);
      expect(body.responses).toHaveLength(1);

      const analyst = await signedIn(await d.makeUser({ role: 'analyst' }));
      const page = (await analyst.get(`/customers/${anna.id}`).expect(200)).text;
      expect(page).not.toContain('/erase"');
      const analystToken = await csrfTokenFrom(analyst, `/customers/${anna.id}`);
      await analyst.post(`/customers/${anna.id}/export`).type('form').send({ _csrf: analystToken }).expect(403);
      await analyst.post(`/customers/${anna.id}/erase`).type('form').send({ _csrf: analystToken, confirmExternalId: 'crm-1001' }).expect(403);
    });

    it('refuses an erasure without the right external id, then erases with it and shows the erased state', async () => {
      const c = await makeCustomer(d.app, { externalId: 'crm-9009', name: 'Ewa Erased', email: 'ewa@example.com' });
      await makeFeedbackItem(d.app, { customerId: c.id, comment: 'Mój komentarz' });
      const token = await csrfTokenFrom(adminAgent, `/customers/${c.id}`);
      const wrong = await adminAgent.post(`/customers/${c.id}/erase`).type('form').send({ _csrf: token, confirmExternalId: 'crm-9008' }).expect(400);
      expect(wrong.text).toMatch(/id="f-confirmExternalId-error">Type the external id exactly as shown \(crm-9009\) to erase.</);
      expect(wrong.text).toContain('value="crm-9008"');
      expect(wrong.text).toMatch(/<details class="danger-zone" open>/);
      expect((await db.query(`SELECT erased_at, email FROM customers WHERE id = $1`, [c.id]))[0]).toEqual({ erased_at: null, email: 'ewa@example.com' });
      await adminAgent.post(`/customers/${c.id}/erase`).type('form').send({ _csrf: token }).expect(400);

      const ok = await adminAgent.post(`/customers/${c.id}/erase`).type('form').send({ _csrf: token, confirmExternalId: 'crm-9009' }).expect(303);
      expect(ok.headers.location).toBe(`/customers/${c.id}`);
      const [row] = await db.query(`SELECT erased_at, email, name, external_id FROM customers WHERE id = $1`, [c.id]);
      expect(row).toMatchObject({ email: null, name: null, external_id: null });
      expect(row.erased_at).not.toBeNull();
      const page = (await adminAgent.get(`/customers/${c.id}`).expect(200)).text;
      expect(page).toContain('The customer was erased.');
      expect(page).toContain('<h1>Erased customer</h1>');
      expect(page).not.toContain('Ewa Erased');
      expect(page).not.toContain('Mój komentarz');
      expect(page).toContain('<span class="kind">Answer</span>');
      expect(page).not.toContain('/erase"');
      await adminAgent.post(`/customers/${c.id}/erase`).type('form').send({ _csrf: token, confirmExternalId: 'crm-9009' }).expect(409);
    });
  });
});
