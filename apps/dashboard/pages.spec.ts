import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { VIEWS_DIR } from './paths';

describe('dashboard pages', () => {
  let d: TestDashboard;
  let db: DataSource;
  let admin: UserEntity;
  let adminAgent: Agent;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    admin = await d.makeUser({ role: 'admin', name: 'Ada Admin' });
    adminAgent = d.agent();
    await login(adminAgent, admin.email);
  });
  afterAll(() => d.close());

  const signedIn = async (user: UserEntity) => {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  };
  /** Text of the table cells in the page's first column: the names on a staff table. */
  const names = (html: string) => [...html.matchAll(/<tr>\s*<td>([^<]*)<\/td>/g)].map((m) => m[1]);

  describe('GET /', () => {
    it('shows who is signed in, their role and department', async () => {
      const head = await d.makeUser({ role: 'department_head', department: 'logistics', name: 'Lena Logistyk' });
      const res = await (await signedIn(head)).get('/').expect(200);
      expect(res.text).toContain(`Signed in as Lena Logistyk (${head.email})`);
      expect(res.text).toContain('Role: Department head');
      expect(res.text).toContain('Department: Logistics');
      // The overview says whose figures these are.
      expect(res.text).toContain('Scores of the responses routed to Logistics; its themes, items and SLA.');
    });

    it('shows an admin the admin entries of the navigation, and others not', async () => {
      const home = await adminAgent.get('/').expect(200);
      expect(home.text).toMatch(/<a href="\/" aria-current="page">Home<\/a>/);
      // Administration pages are a row of their own, after the main row and the account links.
      const adminRow = home.text.slice(home.text.indexOf('aria-labelledby="nav-admin-title"'));
      expect(home.text.indexOf('aria-labelledby="nav-admin-title"')).toBeGreaterThan(home.text.indexOf('Sign out'));
      expect(adminRow).toContain('>Administration</span>');
      expect(adminRow).toContain('href="/admin/users"');
      expect(adminRow.slice(0, adminRow.indexOf('</nav>'))).not.toContain('href="/inbox"');
      const analyst = await d.makeUser({ role: 'analyst' });
      const other = await (await signedIn(analyst)).get('/').expect(200);
      expect(other.text).toContain('Role: Analyst');
      expect(other.text).not.toContain('href="/admin/users"');
      const agent = await d.makeUser({ role: 'retention_agent' });
      expect((await (await signedIn(agent)).get('/').expect(200)).text).not.toContain('nav-admin-title');
    });

    it('redirects a visitor without a session to the login page', async () => {
      const res = await d.agent().get('/').expect(302);
      expect(res.headers.location).toBe('/login');
    });
  });

  describe('GET /team', () => {
    let logisticsHead: UserEntity;
    let logisticsAgent: UserEntity;
    let billingHead: UserEntity;

    beforeAll(async () => {
      logisticsHead = await d.makeUser({ role: 'department_head', department: 'logistics', name: 'Team Logistics Head' });
      logisticsAgent = await d.makeUser({ role: 'retention_agent', department: 'logistics', name: 'Team Logistics Agent' });
      billingHead = await d.makeUser({ role: 'department_head', department: 'billing', name: 'Team Billing Head' });
    });

    it('shows a department head only the people of their own department', async () => {
      const res = await (await signedIn(logisticsHead)).get('/team').expect(200);
      const seen = names(res.text);
      expect(seen).toEqual(expect.arrayContaining(['Team Logistics Head', 'Team Logistics Agent']));
      expect(seen).not.toContain(billingHead.name);
      expect(seen).not.toContain('Ada Admin');
      expect(res.text).toContain('Staff users of your department.');
    });

    it('shows an analyst everyone', async () => {
      const analyst = await d.makeUser({ role: 'analyst' });
      const seen = names((await (await signedIn(analyst)).get('/team').expect(200)).text);
      expect(seen).toEqual(expect.arrayContaining(['Team Logistics Head', 'Team Logistics Agent', 'Team Billing Head', 'Ada Admin']));
    });

    it('shows a retention agent no department\'s people', async () => {
      const res = await (await signedIn(logisticsAgent)).get('/team').expect(200);
      expect(names(res.text)).toEqual([]);
      expect(res.text).toContain('There are no staff users for you to see here.');
    });

    it('escapes what users typed: a name with a script tag is shown as text', async () => {
      await d.makeUser({ name: '<script>alert(1)</script>' });
      const res = await adminAgent.get('/team').expect(200);
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.text).not.toContain('<script>alert(1)</script>');
    });
  });

  describe('GET /departments/:id', () => {
    it('opens a department head\'s own department and answers 403 for another', async () => {
      const logistics = await d.departmentId('logistics');
      const billing = await d.departmentId('billing');
      const head = await d.makeUser({ role: 'department_head', department: 'logistics', name: 'Dept Page Head' });
      const agent = await signedIn(head);
      const own = await agent.get(`/departments/${logistics}`).expect(200);
      expect(own.text).toContain('<h1>Logistics</h1>');
      expect(names(own.text)).toContain('Dept Page Head');
      const other = await agent.get(`/departments/${billing}`).expect(403);
      expect(other.text).toContain('Access denied');
      expect(other.text).toContain('You do not have access to this page.');
      expect(other.text).not.toContain('Billing');
    });

    it('answers 403 to a retention agent and 404 to an admin for an id that is no department', async () => {
      const agentUser = await d.makeUser({ role: 'retention_agent' });
      await (await signedIn(agentUser)).get(`/departments/${await d.departmentId('product')}`).expect(403);
      const res = await adminAgent.get('/departments/7c2c1b7e-5b1a-4a4e-9d7e-2f1f8f3b9a11').expect(404);
      expect(res.text).toContain('Page not found');
    });

    it('lists on /departments only the departments the user may open', async () => {
      const head = await d.makeUser({ role: 'department_head', department: 'product' });
      const res = await (await signedIn(head)).get('/departments').expect(200);
      expect(res.text).toContain('>Product</a>');
      expect(res.text).not.toContain('>Billing</a>');
    });
  });

  describe('admin pages', () => {
    it.each(['analyst', 'department_head', 'retention_agent'] as const)('answer 403 to a %s', async (role) => {
      const user = await d.makeUser({ role, department: role === 'department_head' ? 'billing' : undefined });
      const agent = await signedIn(user);
      await agent.get('/admin/users').expect(403);
      await agent.get('/admin/departments').expect(403);
      const token = await csrfTokenFrom(agent, '/');
      await agent.post('/admin/departments').type('form').send({ _csrf: token, key: 'sneaky', name: 'Sneaky' }).expect(403);
      expect(await db.query(`SELECT 1 FROM departments WHERE key = 'sneaky'`)).toHaveLength(0);
    });

    it('let an admin create a user who then appears in the list and can sign in', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/users');
      const res = await adminAgent
        .post('/admin/users')
        .type('form')
        .send({
          _csrf: token,
          name: 'Nowa Kierowniczka',
          email: 'Nowa@Example.com',
          password: 'a long enough password',
          role: 'department_head',
          departmentId: await d.departmentId('billing'),
          locale: 'pl',
        })
        .expect(303);
      expect(res.headers.location).toBe('/admin/users');
      const list = await adminAgent.get('/admin/users').expect(200);
      expect(list.text).toContain('User nowa@example.com was added.');
      expect(list.text).toContain('Nowa Kierowniczka');
      // The one-time message shows once.
      expect((await adminAgent.get('/admin/users')).text).not.toContain('was added');

      const agent = d.agent();
      expect((await login(agent, 'nowa@example.com', 'a long enough password')).status).toBe(303);
      const home = await agent.get('/').expect(200);
      expect(home.text).toContain('Rola: Kierownik działu');
      expect(home.text).toContain('Dział: Billing');
    });

    it('re-render the user form with messages naming each bad field, keeping input but never the password', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/users');
      const res = await adminAgent
        .post('/admin/users')
        .type('form')
        .send({ _csrf: token, name: 'Half <Done>', email: 'not-an-email', password: 'short pw', role: 'department_head', departmentId: '' })
        .expect(400);
      expect(res.text).toMatch(/id="f-email-error">E-mail must be an e-mail address</);
      expect(res.text).toMatch(/id="f-password-error">Password must be at least 12 characters long</);
      expect(res.text).toMatch(/id="f-departmentId-error">Department is required for a department head</);
      expect(res.text).toContain('value="Half &lt;Done&gt;"');
      expect(res.text).not.toContain('short pw');
      expect(await db.query(`SELECT 1 FROM users WHERE email = 'not-an-email'`)).toHaveLength(0);
    });

    it('answer 409 with the message on the e-mail field for an e-mail already in use', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/users');
      const res = await adminAgent
        .post('/admin/users')
        .type('form')
        .send({ _csrf: token, name: 'Copy', email: admin.email.toUpperCase(), password: 'a long enough password', role: 'analyst' })
        .expect(409);
      expect(res.text).toMatch(/id="f-email-error">This e-mail address is already used by another user.</);
    });

    it('let an admin add a department that then appears on the department pages', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/departments');
      await adminAgent.post('/admin/departments').type('form').send({ _csrf: token, key: 'returns', name: 'Returns & Refunds' }).expect(303);
      const page = await adminAgent.get('/admin/departments').expect(200);
      expect(page.text).toContain('Department Returns &amp; Refunds was added.');
      expect(page.text).toContain('<code>returns</code>');
      expect((await adminAgent.get('/departments').expect(200)).text).toContain('Returns &amp; Refunds');
      // And the user form offers it.
      expect((await adminAgent.get('/admin/users')).text).toContain('>Returns &amp; Refunds</option>');
    });

    it('re-render the department form naming the key for a bad or taken key', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/departments');
      const bad = await adminAgent.post('/admin/departments').type('form').send({ _csrf: token, key: 'Bad Key', name: 'Bad' }).expect(400);
      expect(bad.text).toMatch(/id="f-key-error">Key must start with a lower-case letter/);
      expect(bad.text).toContain('value="Bad Key"');
      const taken = await adminAgent.post('/admin/departments').type('form').send({ _csrf: token, key: 'logistics', name: 'L2' }).expect(409);
      expect(taken.text).toMatch(/id="f-key-error">This key is already used by another department.</);
    });

    it('let an admin rename a department', async () => {
      const id = await d.departmentId('product');
      const token = await csrfTokenFrom(adminAgent, '/admin/departments');
      await adminAgent.post(`/admin/departments/${id}`).type('form').send({ _csrf: token, name: 'Product & Apps' }).expect(303);
      expect((await adminAgent.get(`/departments/${id}`).expect(200)).text).toContain('<h1>Product &amp; Apps</h1>');
      const empty = await adminAgent.post(`/admin/departments/${id}`).type('form').send({ _csrf: token, name: '' }).expect(400);
      expect(empty.text).toContain(`id="rename-${id}-error"`);
    });

    it('let an admin disable a user, who is then signed out', async () => {
      const victim = await d.makeUser({ name: 'Soon Disabled' });
      const victimAgent = await signedIn(victim);
      const token = await csrfTokenFrom(adminAgent, '/admin/users');
      await adminAgent.post(`/admin/users/${victim.id}/disable`).type('form').send({ _csrf: token }).expect(303);
      expect((await adminAgent.get('/admin/users')).text).toContain(`User ${victim.email} was disabled.`);
      await victimAgent.get('/').expect(302);
    });
  });

  describe('languages', () => {
    it('shows the login page in Polish for ?lang=pl and remembers it in a cookie', async () => {
      const agent = d.agent();
      const res = await agent.get('/login?lang=pl').expect(200);
      expect(res.text).toContain('<html lang="pl">');
      expect(res.text).toContain('Zaloguj się kontem pracownika Feedloop.');
      expect((await agent.get('/login')).text).toContain('<html lang="pl">');
    });

    it('follows Accept-Language before sign-in', async () => {
      const res = await d.agent().get('/login').set('Accept-Language', 'pl-PL,pl;q=0.9,en;q=0.5').expect(200);
      expect(res.text).toContain('<h1>Logowanie</h1>');
    });

    it('uses the signed-in user\'s language and lets them switch it', async () => {
      const user = await d.makeUser({ locale: 'pl', name: 'Jan Kowalski' });
      const agent = await signedIn(user);
      const home = await agent.get('/').expect(200);
      expect(home.text).toContain('Zalogowano jako Jan Kowalski');
      const token = /name="_csrf" value="([^"]+)"/.exec(home.text)![1];
      const res = await agent.post('/account/locale').type('form').send({ _csrf: token, locale: 'en', next: '/team' }).expect(303);
      expect(res.headers.location).toBe('/team');
      expect((await agent.get('/').expect(200)).text).toContain('Signed in as Jan Kowalski');
    });
  });

  describe('error pages', () => {
    it('answers an unknown address with a 404 page that keeps the navigation', async () => {
      const res = await adminAgent.get('/no/such/page').expect(404);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('Page not found');
      expect(res.text).toContain('href="/team"');
    });

    it('answers an oversized form with a 413 page', async () => {
      const token = await csrfTokenFrom(adminAgent, '/admin/departments');
      const res = await adminAgent.post('/admin/departments').type('form').send({ _csrf: token, key: 'big', name: 'x'.repeat(200_000) });
      expect(res.status).toBe(413);
      expect(res.text).toContain('Too much data');
    });
  });

  it('serves the stylesheet from /assets without starting a session', async () => {
    const res = await d.agent().get('/assets/app.css').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/css/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('has a CSRF token in every POST form: no view writes a <form> tag itself', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const offenders = files(VIEWS_DIR).filter((f) => f.endsWith('.hbs') && /<form\b/i.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('writes user data only through escaping {{ }}: {{{ }}} appears only for the layout body', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const triples = files(VIEWS_DIR).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\{\{\{\s*([^}]*)\}\}\}/g)].map((m) => m[1].trim()));
    expect(triples).toEqual(['body']);
  });
});

describe('dashboard 500 page', () => {
  let d: TestDashboard;
  beforeAll(async () => {
    d = await startTestDashboard();
  });
  afterAll(() => d.close());

  it('shows a request id and no internals when something unexpected fails', async () => {
    const head = await d.makeUser({ role: 'department_head', department: 'billing' });
    const agent = d.agent();
    await login(agent, head.email);
    // The home page reads the head's department; without its table the query fails unexpectedly.
    await d.app.get(DataSource).query('ALTER TABLE departments RENAME TO departments_gone');
    try {
      const res = await agent.get('/').expect(500);
      const requestId = res.headers['x-request-id'];
      expect(res.text).toContain('Something went wrong');
      expect(res.text).toContain(`Request id: ${requestId}`);
      expect(res.text).not.toMatch(/departments_gone|QueryFailedError|at \w+ \(|relation/);
    } finally {
      await d.app.get(DataSource).query('ALTER TABLE departments_gone RENAME TO departments');
    }
  });
});
