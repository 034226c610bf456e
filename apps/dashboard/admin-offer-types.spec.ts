import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';

describe('/admin/offer-types', () => {
  let d: TestDashboard;
  let db: DataSource;
  let admin: UserEntity;
  let adminAgent: Agent;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    admin = await d.makeUser({ role: 'admin', name: 'Ada Admin' });
    adminAgent = await signedIn(admin);
  });
  afterAll(() => d.close());

  async function signedIn(user: UserEntity): Promise<Agent> {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  }

  /** Posts a form with a fresh CSRF token; resolves to the response after checking its status. */
  async function post(path: string, fields: Record<string, string>, status: number, agent = adminAgent) {
    const token = await csrfTokenFrom(agent, '/');
    return agent.post(path).type('form').send({ _csrf: token, ...fields }).expect(status);
  }

  const typeWithKey = async (key: string) => (await db.query(`SELECT * FROM churn_offer_types WHERE key = $1`, [key]))[0];
  const auditOf = (id: string) => db.query(`SELECT action, actor_user_id, before, after FROM audit_log WHERE entity_type = 'churn_offer_type' AND entity_id = $1 ORDER BY at, id`, [id]);

  it.each(['analyst', 'department_head', 'retention_agent'] as const)('answers 403 to a %s, for the pages and their forms, and hides the navigation entry', async (role) => {
    const agent = await signedIn(await d.makeUser({ role, department: role === 'department_head' ? 'billing' : undefined }));
    const [seeded] = await db.query(`SELECT id FROM churn_offer_types WHERE key = 'discount'`);
    await agent.get('/admin/offer-types').expect(403);
    await agent.get(`/admin/offer-types/${seeded.id}`).expect(403);
    await post('/admin/offer-types', { key: 'sneaky', offerName: 'Sneaky' }, 403, agent);
    await post(`/admin/offer-types/${seeded.id}/deactivate`, {}, 403, agent);
    expect(await typeWithKey('sneaky')).toBeUndefined();
    expect((await typeWithKey('discount')).active).toBe(true);
    expect((await agent.get('/').expect(200)).text).not.toContain('href="/admin/offer-types"');
  });

  it('lists the seeded offer types for an admin, with the navigation entry', async () => {
    const page = await adminAgent.get('/admin/offer-types').expect(200);
    for (const name of ['Discount', 'Plan change', 'Pause', 'Free service visit']) expect(page.text).toContain(name);
    expect(page.text).toContain('<code>free_service_visit</code>');
    expect(page.text).toMatch(/<a href="\/admin\/offer-types"[^>]*>Offer types<\/a>/);
  });

  it('refuses a form without a valid CSRF token and stores nothing', async () => {
    await adminAgent.post('/admin/offer-types').type('form').send({ key: 'no_token', offerName: 'No token' }).expect(403);
    await adminAgent.post('/admin/offer-types').type('form').send({ _csrf: 'forged', key: 'no_token', offerName: 'No token' }).expect(403);
    expect(await typeWithKey('no_token')).toBeUndefined();
  });

  it('creates an offer type, escaped on the page, with the audit entry the API writes', async () => {
    const res = await post('/admin/offer-types', { key: 'loyalty_bonus', offerName: 'Loyalty <b>bonus</b>', offerDescription: 'Two months free' }, 303);
    expect(res.headers.location).toBe('/admin/offer-types');
    const row = await typeWithKey('loyalty_bonus');
    expect(row).toMatchObject({ name: 'Loyalty <b>bonus</b>', description: 'Two months free', active: true });

    const page = await adminAgent.get('/admin/offer-types').expect(200);
    expect(page.text).toContain('Offer type Loyalty &lt;b&gt;bonus&lt;/b&gt; was added.');
    expect(page.text).not.toContain('<b>bonus</b>');
    expect(await auditOf(row.id)).toEqual([
      { action: 'churn_offer_type.created', actor_user_id: admin.id, before: null, after: { key: 'loyalty_bonus', name: 'Loyalty <b>bonus</b>', description: 'Two months free', active: true } },
    ]);
  });

  it('re-renders the form naming the bad key, the missing name and a taken key (409), keeping what was typed', async () => {
    const bad = await post('/admin/offer-types', { key: 'Bad Key!', offerName: '', offerDescription: 'keep me' }, 400);
    expect(bad.text).toMatch(/id="f-key-error">Key must start with a lower-case letter/);
    expect(bad.text).toMatch(/id="f-offerName-error">Name must be 1 to 200 characters long</);
    expect(bad.text).toContain('value="Bad Key!"');
    expect(bad.text).toContain('keep me</textarea>');

    const long = await post('/admin/offer-types', { key: 'long_one', offerName: 'Long', offerDescription: 'x'.repeat(2001) }, 400);
    expect(long.text).toMatch(/id="f-offerDescription-error">Description must be at most 2000 characters long</);

    const taken = await post('/admin/offer-types', { key: 'discount', offerName: 'Another discount' }, 409);
    expect(taken.text).toMatch(/id="f-key-error">Another offer type has this key already.</);
    expect(await db.query(`SELECT count(*)::int AS n FROM churn_offer_types WHERE key IN ('long_one') OR name = 'Another discount'`)).toEqual([{ n: 0 }]);
  });

  it('edits the name and description, then deactivates and reactivates, each with its audit entry; a case offers only active types', async () => {
    await post('/admin/offer-types', { key: 'free_month', offerName: 'Free month' }, 303);
    const { id } = await typeWithKey('free_month');
    const edit = await adminAgent.get(`/admin/offer-types/${id}`).expect(200);
    expect(edit.text).toContain('value="Free month"');
    expect(edit.text).toContain('<code>free_month</code>');

    const bad = await post(`/admin/offer-types/${id}`, { offerName: '' }, 400);
    expect(bad.text).toMatch(/id="f-offerName-error">Name must be 1 to 200 characters long</);
    expect(await post(`/admin/offer-types/${id}`, { offerName: 'One month free', offerDescription: '' }, 303)).toHaveProperty('headers.location', '/admin/offer-types');
    expect(await typeWithKey('free_month')).toMatchObject({ name: 'One month free', description: null, active: true });

    await post(`/admin/offer-types/${id}/deactivate`, {}, 303);
    expect((await typeWithKey('free_month')).active).toBe(false);
    const list = await adminAgent.get('/admin/offer-types').expect(200);
    expect(list.text).toContain('Offer type One month free was deactivated: recorded offers keep it, new ones can not use it.');
    expect(list.text).toContain(`action="/admin/offer-types/${id}/activate"`);

    // The retention case page offers active types only.
    const agent = await signedIn(await d.makeUser({ role: 'retention_agent' }));
    const customer = await makeCustomer(d.app);
    const opened = await agent.post('/retention/cases').type('form').send({ _csrf: await csrfTokenFrom(agent, '/retention'), customerExternalId: customer.externalId }).expect(303);
    expect((await agent.get(opened.headers.location).expect(200)).text).not.toContain(`<option value="${id}"`);

    await post(`/admin/offer-types/${id}/activate`, {}, 303);
    expect((await typeWithKey('free_month')).active).toBe(true);
    expect((await agent.get(opened.headers.location).expect(200)).text).toContain(`<option value="${id}"`);

    expect((await auditOf(id)).map((a: { action: string; actor_user_id: string }) => [a.action, a.actor_user_id])).toEqual([
      ['churn_offer_type.created', admin.id],
      ['churn_offer_type.updated', admin.id],
      ['churn_offer_type.updated', admin.id],
      ['churn_offer_type.updated', admin.id],
    ]);
    const [, renamed, deactivated] = await auditOf(id);
    expect(renamed).toMatchObject({ before: { name: 'Free month' }, after: { name: 'One month free', description: null } });
    expect(deactivated).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it('answers 404 for an offer type that does not exist or an id that is not one', async () => {
    await adminAgent.get('/admin/offer-types/00000000-0000-4000-8000-000000000000').expect(404);
    await adminAgent.get('/admin/offer-types/not-an-id').expect(404);
    await post('/admin/offer-types/00000000-0000-4000-8000-000000000000/deactivate', {}, 404);
    await post('/admin/offer-types/not-an-id', { offerName: 'x' }, 404);
  });

  it('speaks Polish to a Polish admin', async () => {
    const agent = await signedIn(await d.makeUser({ role: 'admin', locale: 'pl' }));
    const page = await agent.get('/admin/offer-types').expect(200);
    expect(page.text).toContain('<h1>Oferty utrzymaniowe</h1>');
    expect(page.text).toContain('Dodaj ofertę');
    const bad = await post('/admin/offer-types', { key: 'x', offerName: '' }, 400, agent);
    expect(bad.text).toMatch(/id="f-key-error">Klucz musi zaczynać się małą literą/);
    expect(bad.text).toMatch(/id="f-offerName-error">Nazwa musi mieć od 1 do 200 znaków</);
  });
});
