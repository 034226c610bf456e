import { DataSource } from 'typeorm';
import { TEST_PASSWORD } from '../../test/factories/users';
import { TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';

const sessionCookie = (setCookie: string[] | string | undefined) =>
  ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('feedloop.sid='));

describe('dashboard sign-in', () => {
  let d: TestDashboard;
  let db: DataSource;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
  });
  afterAll(() => d.close());

  const sessionRows = async (userId: string) =>
    db.query(`SELECT sid FROM user_sessions WHERE sess->>'userId' = $1`, [userId]) as Promise<{ sid: string }[]>;

  describe('GET /login', () => {
    it('renders a form with a CSRF token and starts an HttpOnly, SameSite=Lax session for it', async () => {
      const res = await d.agent().get('/login').expect(200);
      expect(res.text).toMatch(/<form method="post" action="\/login"[^>]*><input type="hidden" name="_csrf" value="[\w-]{43}">/);
      const cookie = sessionCookie(res.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
    });

    it('sends a strict Content-Security-Policy and no-store caching', async () => {
      const res = await d.agent().get('/login').expect(200);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|https?:/);
      expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  describe('POST /login', () => {
    it('signs in with the CSRF token, in a new session, and redirects home', async () => {
      const user = await d.makeUser({ role: 'analyst' });
      const agent = d.agent();
      const before = sessionCookie((await agent.get('/login')).headers['set-cookie']);
      const res = await login(agent, user.email);
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/');
      const after = sessionCookie(res.headers['set-cookie']);
      expect(after).toMatch(/HttpOnly/);
      expect(after).toMatch(/SameSite=Lax/);
      // A new session id at sign-in: an id planted before login is worth nothing after it.
      expect(after!.split(';')[0]).not.toBe(before!.split(';')[0]);
      expect(await sessionRows(user.id)).toHaveLength(1);
      await agent.get('/').expect(200);
    });

    it('answers 403 without a _csrf field', async () => {
      const user = await d.makeUser();
      const agent = d.agent();
      await agent.get('/login');
      const res = await agent.post('/login').type('form').send({ email: user.email, password: TEST_PASSWORD }).expect(403);
      expect(res.text).toContain('This form has expired or did not come from this site');
      expect(await sessionRows(user.id)).toHaveLength(0);
    });

    it('answers 403 with a wrong _csrf, or one from another session', async () => {
      const user = await d.makeUser();
      const agent = d.agent();
      const token = await csrfTokenFrom(agent);
      await agent.post('/login').type('form').send({ _csrf: `${token.slice(0, -1)}x`, email: user.email, password: TEST_PASSWORD }).expect(403);
      await d.agent().post('/login').type('form').send({ _csrf: token, email: user.email, password: TEST_PASSWORD }).expect(403);
      expect(await sessionRows(user.id)).toHaveLength(0);
    });

    it('re-renders the form with an error and no session for a wrong password', async () => {
      const user = await d.makeUser();
      const agent = d.agent();
      const res = await login(agent, user.email, 'not the password');
      expect(res.status).toBe(401);
      expect(res.text).toContain('Wrong e-mail or password');
      expect(res.text).toContain(`value="${user.email}"`);
      expect(res.text).not.toContain('not the password');
      expect(await sessionRows(user.id)).toHaveLength(0);
      await agent.get('/').expect(302);
    });

    it('gives an unknown e-mail the same answer as a wrong password', async () => {
      const res = await login(d.agent(), 'nobody@example.com', 'not the password');
      expect(res.status).toBe(401);
      expect(res.text).toContain('Wrong e-mail or password');
    });

    it('re-renders with a message naming the field when the e-mail is empty', async () => {
      const res = await login(d.agent(), '', 'whatever');
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/<p class="error" id="f-email-error">E-mail[^<]*<\/p>/);
    });

    it('after 5 failures on an e-mail refuses this address (429), even the right password, until the window passes', async () => {
      const user = await d.makeUser();
      const agent = d.agent();
      for (let i = 0; i < 5; i += 1) expect((await login(agent, user.email, 'not the password')).status).toBe(401);

      const locked = await login(agent, user.email);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect(locked.text).toContain('Too many failed sign-ins from your network');
      expect(await sessionRows(user.id)).toHaveLength(0);

      await db.query(`DELETE FROM rate_limits WHERE key LIKE 'login-account-ip:%'`);
      expect((await login(agent, user.email)).status).toBe(303);
      await agent.get('/').expect(200);
    });

    it('goes back to the page that asked for sign-in, but only to a path on this site', async () => {
      const user = await d.makeUser();
      const agent = d.agent();
      const bounce = await agent.get('/team').expect(302);
      expect(bounce.headers.location).toBe('/login?next=%2Fteam');
      const form = await agent.get(bounce.headers.location);
      expect(form.text).toContain('<input type="hidden" name="next" value="/team">');
      const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
      const res = await agent.post('/login').type('form').send({ _csrf: token, email: user.email, password: TEST_PASSWORD, next: '/team' });
      expect(res.headers.location).toBe('/team');

      for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
        const other = d.agent();
        const t = await csrfTokenFrom(other);
        const r = await other.post('/login').type('form').send({ _csrf: t, email: user.email, password: TEST_PASSWORD, next });
        expect(r.headers.location).toBe('/');
      }
    });
  });

  describe('POST /logout', () => {
    it('needs the CSRF token', async () => {
      const user = await d.makeUser();
      const agent = d.agent();
      await login(agent, user.email);
      await agent.post('/logout').type('form').send({}).expect(403);
      await agent.get('/').expect(200);
    });

    it('destroys the session row and the cookie', async () => {
      const user = await d.makeUser();
      const agent = d.agent();
      await login(agent, user.email);
      expect(await sessionRows(user.id)).toHaveLength(1);
      const token = await csrfTokenFrom(agent, '/');
      const res = await agent.post('/logout').type('form').send({ _csrf: token }).expect(303);
      expect(res.headers.location).toMatch(/^\/login\?/);
      expect(sessionCookie(res.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970/);
      expect(await sessionRows(user.id)).toHaveLength(0);
      await agent.get('/').expect(302);
    });
  });

  it('signs out a session whose user was disabled meanwhile', async () => {
    const user = await d.makeUser();
    const agent = d.agent();
    await login(agent, user.email);
    await db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.id]);
    await agent.get('/').expect(302);
    expect(await sessionRows(user.id)).toHaveLength(0);
  });

  it('sends a POST without a session to the login page instead of running it', async () => {
    const agent = d.agent();
    const token = await csrfTokenFrom(agent);
    const res = await agent.post('/admin/departments').type('form').send({ _csrf: token, key: 'x_y', name: 'X' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login');
  });
});

describe('dashboard sign-in with COOKIE_SECURE=true behind a proxy on loopback (TRUST_PROXY=loopback)', () => {
  let d: TestDashboard;
  beforeAll(async () => {
    d = await startTestDashboard({ COOKIE_SECURE: 'true', TRUST_PROXY: 'loopback' });
  });
  afterAll(() => d.close());

  it('marks the session cookie Secure when the proxy on loopback says https', async () => {
    const user = await d.makeUser();
    const agent = d.agent();
    const form = await agent.get('/login').set('X-Forwarded-Proto', 'https').expect(200);
    const cookie = sessionCookie(form.headers['set-cookie'])!;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    // supertest's agent keeps Secure cookies to https, so the cookie is passed by hand.
    const res = await agent
      .post('/login')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', cookie.split(';')[0])
      .type('form')
      .send({ _csrf: token, email: user.email, password: TEST_PASSWORD })
      .expect(303);
    expect(sessionCookie(res.headers['set-cookie'])).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('sends HSTS only on responses that went out over https', async () => {
    const plain = await d.agent().get('/login').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
