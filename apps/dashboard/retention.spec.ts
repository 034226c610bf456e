import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';

/** The retention pages through the dashboard app: who sees them, the case's status machine, the interview, analytics CSV. */
describe('retention dashboard', () => {
  let d: TestDashboard;
  let db: DataSource;
  let agentUser: UserEntity;
  let agent: Agent;
  let head: Agent;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    agentUser = await d.makeUser({ role: 'retention_agent', name: 'Rita Retention' });
    const headUser = await d.makeUser({ role: 'department_head', department: 'logistics' });
    agent = d.agent();
    await login(agent, agentUser.email);
    head = d.agent();
    await login(head, headUser.email);
  }, 60_000);

  afterAll(async () => {
    await d?.close();
  });

  async function openCase(externalId: string, extra: Record<string, string> = {}): Promise<string> {
    const _csrf = await csrfTokenFrom(agent, '/retention');
    const res = await agent.post('/retention/cases').type('form').send({ _csrf, customerExternalId: externalId, ...extra });
    expect(res.status).toBe(303);
    const match = /^\/retention\/cases\/([0-9a-f-]{36})$/.exec(res.headers.location);
    expect(match).not.toBeNull();
    return match![1];
  }

  it('department heads get 404 on every retention route', async () => {
    const customer = await makeCustomer(d.app, {});
    const caseId = await openCase(customer.externalId!);
    for (const path of ['/retention', '/retention/at-risk', '/retention/analytics', `/retention/cases/${caseId}`, '/retention/analytics?format=csv&chart=pareto-count']) {
      expect((await head.get(path)).status).toBe(404);
    }
    const _csrf = await csrfTokenFrom(head, '/account');
    for (const path of [
      '/retention/cases',
      `/retention/cases/${caseId}/status`,
      `/retention/cases/${caseId}/owner`,
      `/retention/cases/${caseId}/activities`,
      `/retention/cases/${caseId}/offers`,
      `/retention/cases/${caseId}/interview`,
      `/retention/at-risk/${customer.id}/open-case`,
      `/retention/at-risk/${customer.id}/dismiss`,
    ]) {
      expect((await head.post(path).type('form').send({ _csrf, status: 'contacted', customerExternalId: customer.externalId })).status).toBe(404);
    }
    const home = await head.get('/');
    expect(home.text).not.toContain('href="/retention"');
  });

  it('a retention agent sees the board with the case, owner and first-contact deadline, escaped', async () => {
    const customer = await makeCustomer(d.app, { name: '<b>Zofia</b> Nowak' });
    const caseId = await openCase(customer.externalId!, { reason: 'Za drogo <script>', monthlyRevenue: '129,90' });
    const res = await agent.get('/retention');
    expect(res.status).toBe(200);
    expect(res.text).toContain(`/retention/cases/${caseId}`);
    expect(res.text).toContain('&lt;b&gt;Zofia&lt;/b&gt; Nowak');
    expect(res.text).not.toContain('<b>Zofia</b>');
    expect(res.text).toContain('Rita Retention');
    expect(res.text).toMatch(/129\.90?\b/);
    expect(res.text).toContain('First contact by');
    // Filters live in the URL.
    const mine = await agent.get('/retention?mine=1&status=open');
    expect(mine.text).toContain(`/retention/cases/${caseId}`);
    const other = await agent.get('/retention?status=contacted');
    expect(other.text).not.toContain(`/retention/cases/${caseId}`);
    expect((await agent.get('/retention?owner=nope')).status).toBe(400);
  });

  it('offers as owners whom the API accepts (active retention agents and admins, not analysts, heads or disabled agents), and assigns an admin', async () => {
    const admin = await d.makeUser({ role: 'admin', name: 'Adam Admin' });
    const analyst = await d.makeUser({ role: 'analyst', name: 'Anna Analyst' });
    const gone = await d.makeUser({ role: 'retention_agent', name: 'Gerda Gone' });
    await db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [gone.id]);
    const customer = await makeCustomer(d.app, {});
    const page = `/retention/cases/${await openCase(customer.externalId!)}`;
    const optionsOf = (html: string, select: RegExp) => [...select.exec(html)![1].matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);

    const offered = optionsOf((await agent.get(page)).text, /<select id="f-ownerId" name="ownerId">([\s\S]*?)<\/select>/);
    expect(offered).toEqual(expect.arrayContaining([agentUser.id, admin.id]));
    for (const id of [analyst.id, gone.id, (await db.query(`SELECT id FROM users WHERE role = 'department_head' LIMIT 1`))[0].id]) expect(offered).not.toContain(id);
    // The board's owner filter offers the same people.
    const board = (await agent.get('/retention')).text;
    expect(optionsOf(board, /<select[^>]*name="owner"[^>]*>([\s\S]*?)<\/select>/).filter(Boolean).sort()).toEqual([...offered].sort());

    const _csrf = await csrfTokenFrom(agent, page);
    expect((await agent.post(`${page}/owner`).type('form').send({ _csrf, ownerId: admin.id })).status).toBe(303);
    const [row] = await db.query(`SELECT owner_id FROM churn_cases WHERE id = $1`, [page.split('/').pop()]);
    expect(row.owner_id).toBe(admin.id);
    expect((await agent.get(page)).text).toContain('Adam Admin (Admin)</option>');
  });

  it('the open-a-case form keeps the input and names the field', async () => {
    const _csrf = await csrfTokenFrom(agent, '/retention');
    const res = await agent.post('/retention/cases').type('form').send({ _csrf, customerExternalId: 'no-such-customer', monthlyRevenue: 'lots' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="f-monthlyRevenue-error"');
    expect(res.text).toContain('value="no-such-customer"');
    const unknown = await agent.post('/retention/cases').type('form').send({ _csrf, customerExternalId: 'no-such-customer' });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.text).toContain('id="f-customerExternalId-error"');
    expect(unknown.text).toContain('value="no-such-customer"');
  });

  it('takes a case through the allowed transitions, refuses an illegal one with 409, and records an interview', async () => {
    const customer = await makeCustomer(d.app, {});
    const caseId = await openCase(customer.externalId!, { monthlyRevenue: '50' });
    const page = `/retention/cases/${caseId}`;
    let _csrf = await csrfTokenFrom(agent, page);
    const open = await agent.get(page);
    expect(open.text).toContain('Mark contacted');
    expect(open.text).not.toContain('Mark won back');

    const illegal = await agent.post(`${page}/status`).type('form').send({ _csrf, status: 'won_back' });
    expect(illegal.status).toBe(409);
    expect(illegal.text).toContain('role="alert"');

    expect((await agent.post(`${page}/status`).type('form').send({ _csrf, status: 'contacted' })).status).toBe(303);
    const lostWithout = await agent.post(`${page}/status`).type('form').send({ _csrf, status: 'lost' });
    expect(lostWithout.status).toBe(400);
    expect(lostWithout.text).toContain('id="f-lostReason-error"');

    const [offerType] = await db.query(`SELECT id FROM churn_offer_types WHERE active ORDER BY key LIMIT 1`);
    expect((await agent.post(`${page}/offers`).type('form').send({ _csrf, offerTypeId: offerType.id, outcome: 'accepted', details: '20% for 6 months' })).status).toBe(303);
    const [offer] = await db.query(`SELECT id FROM churn_offers WHERE case_id = $1`, [caseId]);
    // An offer the form names that is not on the case: the case page again with the message; a case that is not there: the error page.
    const strayOffer = await agent.post(`${page}/status`).type('form').send({ _csrf, status: 'won_back', wonOfferId: '00000000-0000-4000-8000-000000000000' });
    expect(strayOffer.status).toBe(404);
    expect(strayOffer.text).toContain('role="alert"');
    expect(strayOffer.text).toContain('Mark won back');
    const strayCase = await agent.post(`/retention/cases/00000000-0000-4000-8000-000000000000/offers/${offer.id}`).type('form').send({ _csrf, outcome: 'declined' });
    expect(strayCase.status).toBe(404);
    expect(strayCase.text).toContain('Page not found');
    expect(strayCase.text).not.toContain('Mark won back');
    expect((await agent.get('/retention/cases/not-an-id')).status).toBe(404);
    expect((await agent.post(`${page}/offers/not-an-id`).type('form').send({ _csrf, outcome: 'declined' })).status).toBe(404);

    _csrf = await csrfTokenFrom(agent, page);
    const interview = await agent
      .post(`${page}/interview`)
      .type('form')
      .send(`_csrf=${encodeURIComponent(_csrf)}&primaryReason=too_expensive&secondaryReasons=poor_service&secondaryReasons=moving&destination=competitor&competitor=Netia&mightReturn=maybe&comment=Cena+wzros%C5%82a`);
    expect(interview.status).toBe(303);
    const badInterview = await agent.post(`${page}/interview`).type('form').send({ _csrf, primaryReason: 'bored', secondaryReasons: 'too_expensive', comment: 'keep me' });
    expect(badInterview.status).toBe(400);
    // The boxes as they were ticked in the failed form, not as the recorded interview has them.
    expect(badInterview.text).toContain('value="too_expensive" checked');
    expect(badInterview.text).not.toContain('value="moving" checked');
    expect(badInterview.text).toContain('id="f-primaryReason-error"');
    expect(badInterview.text).toContain('keep me');

    expect((await agent.post(`${page}/status`).type('form').send({ _csrf, status: 'won_back', wonOfferId: offer.id })).status).toBe(303);
    const [row] = await db.query(`SELECT status, won_offer_id, interview_primary_reason, interview_secondary_reasons, interview_competitor, interview_source FROM churn_cases WHERE id = $1`, [caseId]);
    expect(row).toEqual({
      status: 'won_back',
      won_offer_id: offer.id,
      interview_primary_reason: 'too_expensive',
      interview_secondary_reasons: ['poor_service', 'moving'],
      interview_competitor: 'Netia',
      interview_source: 'agent',
    });
    const audit = await db.query(`SELECT action, actor_user_id FROM audit_log WHERE entity_id = $1 ORDER BY at, action`, [caseId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['churn_case.opened', 'churn_case.status_changed', 'churn_case.offer_recorded', 'churn_case.interview_recorded']),
    );
    expect(audit.every((a: { actor_user_id: string }) => a.actor_user_id === agentUser.id)).toBe(true);
    const closed = await agent.get(page);
    expect(closed.text).toContain('The case is closed.');
    expect(closed.text).toContain('Too expensive');
  });

  it('analytics: each CSV has the rows of its table', async () => {
    await openCase((await makeCustomer(d.app, {})).externalId!, { monthlyRevenue: '10' });
    const res = await agent.get('/retention/analytics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('/assets/vendor/chart.umd.min.js');
    const html = res.text.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
    const csvLink = /href="(\/retention\/analytics\?[^"]*chart=pareto-count[^"]*)"/.exec(html);
    expect(csvLink).not.toBeNull();
    const csv = await agent.get(csvLink![1]);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"Reason","Cases","Cumulative %"');
    const table = /<table data-chart="pareto-count">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1];
    const tableRows = [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[3].replace('%', '')]);
    const csvRows = lines.slice(1).map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
    expect(csvRows).toEqual(tableRows);
    expect(csvRows.length).toBeGreaterThan(0);
    expect((await agent.get('/retention/analytics?from=2026-13-01')).status).toBe(400);
  });
});
