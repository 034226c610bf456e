import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { LoopbackWebhookReceiver } from '../../test/loopback-webhook-receiver';

describe('/admin/webhooks', () => {
  let d: TestDashboard;
  let db: DataSource;
  let adminAgent: Agent;
  let receiver: LoopbackWebhookReceiver;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    receiver = await LoopbackWebhookReceiver.start();
    adminAgent = await signedIn(await d.makeUser({ role: 'admin', name: 'Ada Admin' }));
  });
  afterAll(async () => {
    await receiver.close();
    await d.close();
  });

  async function signedIn(user: UserEntity): Promise<Agent> {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  }

  const endpointIdOf = async (url: string): Promise<string> => (await db.query(`SELECT id FROM webhook_endpoints WHERE url = $1`, [url]))[0].id;

  /** Posts the create form; resolves to the response after checking its status. */
  async function create(fields: Record<string, string | string[]>, status: number, agent = adminAgent) {
    const token = await csrfTokenFrom(agent, '/admin/webhooks');
    return agent.post('/admin/webhooks').type('form').send({ _csrf: token, ...fields }).expect(status);
  }

  it.each(['analyst', 'department_head', 'retention_agent'] as const)('answers 403 to a %s, for the page and its forms', async (role) => {
    const agent = await signedIn(await d.makeUser({ role, department: role === 'department_head' ? 'billing' : undefined }));
    await agent.get('/admin/webhooks').expect(403);
    const token = await csrfTokenFrom(agent, '/');
    await agent.post('/admin/webhooks').type('form').send({ _csrf: token, url: 'https://sneaky.example.com/', events: 'response.created' }).expect(403);
    expect(await db.query(`SELECT 1 FROM webhook_endpoints WHERE url LIKE 'https://sneaky%'`)).toEqual([]);
    expect((await agent.get('/').expect(200)).text).not.toContain('href="/admin/webhooks"');
  });

  it('shows admins the navigation entry', async () => {
    expect((await adminAgent.get('/').expect(200)).text).toContain('href="/admin/webhooks"');
  });

  it('refuses a form without a valid CSRF token and stores nothing', async () => {
    await adminAgent.get('/admin/webhooks').expect(200);
    const res = await adminAgent.post('/admin/webhooks').type('form').send({ url: 'https://no-token.example.com/', events: 'response.created' }).expect(403);
    expect(res.text).toContain('This form has expired or did not come from this site.');
    await adminAgent.post('/admin/webhooks').type('form').send({ _csrf: 'forged', url: 'https://no-token.example.com/', events: 'response.created' }).expect(403);
    expect(await db.query(`SELECT 1 FROM webhook_endpoints WHERE url = 'https://no-token.example.com/'`)).toEqual([]);
  });

  it('creates an endpoint and shows its secret in that response only', async () => {
    const res = await create({ url: 'https://crm.example.com/hooks', events: ['response.created', 'response.detractor'], description: 'CRM <b>tickets</b>' }, 201);
    expect(res.headers['cache-control']).toBe('no-store');
    const secret = /id="revealed-secret" readonly value="(whsec_[A-Za-z0-9_-]{43})"/.exec(res.text)?.[1];
    expect(secret).toBeDefined();
    expect(res.text).toContain('Copy it now: it is not shown again.');
    expect(res.text).toContain('CRM &lt;b&gt;tickets&lt;/b&gt;');
    expect(res.text).not.toContain('<b>tickets</b>');

    const later = await adminAgent.get('/admin/webhooks').expect(200);
    expect(later.text).toContain('<code>https://crm.example.com/hooks</code>');
    expect(later.text).toContain(`Secret ends in …${secret!.slice(-4)}`);
    expect(later.text).not.toContain(secret!);
    expect(await db.query(`SELECT events, status FROM webhook_endpoints WHERE url = 'https://crm.example.com/hooks'`)).toEqual([
      { events: ['response.created', 'response.detractor'], status: 'active' },
    ]);
  });

  it('re-renders the form naming the bad URL and the missing events, keeping and escaping what was typed', async () => {
    const res = await create({ url: 'ftp://"><script>x</script>', description: 'keep me' }, 400);
    expect(res.text).toMatch(/id="f-url-error">URL must be an http or https address</);
    expect(res.text).toMatch(/id="f-events-error">Choose at least one event</);
    expect(res.text).toContain('value="ftp://&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(res.text).toContain('value="keep me"');
    expect(res.text).not.toMatch(/name="events" value="response.created" checked/);
    expect(await db.query(`SELECT 1 FROM webhook_endpoints WHERE url LIKE 'ftp:%'`)).toEqual([]);

    const unknown = await create({ url: 'https://ok.example.com/', events: 'response.deleted' }, 400);
    expect(unknown.text).toMatch(/id="f-events-error">Events must be chosen from the list</);
  });

  it('speaks Polish to a Polish admin', async () => {
    const agent = await signedIn(await d.makeUser({ role: 'admin', locale: 'pl' }));
    const page = await agent.get('/admin/webhooks').expect(200);
    expect(page.text).toContain('<h1>Webhooki</h1>');
    expect(page.text).toContain('Dodaj punkt odbioru');
    const res = await create({ url: 'nie-adres' }, 400, agent);
    expect(res.text).toMatch(/id="f-url-error">Adres URL musi być adresem http lub https</);
    expect(res.text).toMatch(/id="f-events-error">Wybierz co najmniej jedno zdarzenie</);
  });

  it('pauses, resumes, tests and deletes an endpoint, showing the test in its recent deliveries', async () => {
    await create({ url: receiver.url, events: 'response.detractor' }, 201);
    const id = await endpointIdOf(receiver.url);
    const token = await csrfTokenFrom(adminAgent, '/admin/webhooks');
    const post = (action: string) => adminAgent.post(`/admin/webhooks/${id}/${action}`).type('form').send({ _csrf: token });

    expect((await post('pause').expect(303)).headers.location).toBe('/admin/webhooks');
    let page = await adminAgent.get('/admin/webhooks').expect(200);
    expect(page.text).toContain(`Paused ${receiver.url}: nothing is sent to it until it is resumed.`);
    expect(page.text).toContain(`action="/admin/webhooks/${id}/resume"`);
    await post('resume').expect(303);
    expect((await db.query(`SELECT status FROM webhook_endpoints WHERE id = $1`, [id]))[0].status).toBe('active');

    await post('ping').expect(303);
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0].rawBody).type).toBe('ping');
    page = await adminAgent.get('/admin/webhooks').expect(200);
    expect(page.text).toContain('The test event was accepted (HTTP 204).');
    expect(page.text).toMatch(/<code>ping<\/code><\/td>\s*<td><span class="badge ok">Delivered<\/span>/);

    const rotated = await post('rotate-secret').expect(200);
    expect(rotated.text).toMatch(/id="revealed-secret" readonly value="whsec_/);

    await post('delete').expect(303);
    expect((await adminAgent.get('/admin/webhooks').expect(200)).text).toContain(`Deleted ${receiver.url}.`);
    expect(await db.query(`SELECT 1 FROM webhook_endpoints WHERE id = $1`, [id])).toEqual([]);
    await adminAgent.post(`/admin/webhooks/${id}/pause`).type('form').send({ _csrf: token }).expect(404);
  });
});
