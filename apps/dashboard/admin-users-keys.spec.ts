import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { Agent, csrfTokenFrom, login, startSecondDashboard } from '../../test/dashboard';
import { makeUser } from '../../test/factories/users';

/** /admin/api-keys and /admin/users/:id, against a real API on the same database. */

let api: TestApi;
let dashboard: NestExpressApplication;
let admin: Agent;

async function form(agent: Agent, page: string, action: string, fields: Record<string, string>) {
  const token = await csrfTokenFrom(agent, page);
  return agent.post(action).type('form').send({ _csrf: token, ...fields });
}

beforeAll(async () => {
  // No cache of verified keys, so a revocation is seen by the very next request.
  api = await startTestApi({ API_KEY_CACHE_SECONDS: '0' });
  dashboard = await startSecondDashboard(api.db);
  const user = await makeUser(dashboard, { role: 'admin' });
  admin = request.agent(dashboard.getHttpServer());
  expect((await login(admin, user.email)).status).toBe(303);
}, 90_000);
afterAll(async () => {
  await dashboard?.close();
  await api?.close();
});

describe('/admin/api-keys', () => {
  it('creates a key shown once, bound to a department, that works against the API until revoked after confirmation', async () => {
    const logistics = (await api.app.get(DataSource).query(`SELECT id FROM departments WHERE key = 'logistics'`))[0].id;
    const created = await form(admin, '/admin/api-keys', '/admin/api-keys', { name: 'logistics tool', departmentId: logistics });
    expect(created.status).toBe(201);
    expect(created.headers['cache-control']).toContain('no-store');
    const key = /id="revealed-key" readonly value="(fl_[^"]+)"/.exec(created.text)![1];

    const list = await admin.get('/admin/api-keys').expect(200);
    expect(list.text).not.toContain(key);
    expect(list.text).toContain('logistics tool');
    // The prefix is 8 base64url characters, which may themselves contain '_'.
    expect(list.text).toContain(`${key.slice(0, 12)}…`);

    const http = () => request(api.app.getHttpServer());
    await http().get('/api/v1/feedback-items').set('Authorization', `Bearer ${key}`).expect(200);
    // Bound to a department: it may not read the audit log.
    await http().get('/api/v1/audit-log').set('Authorization', `Bearer ${key}`).expect(403);

    const [{ id }] = await api.app.get(DataSource).query(`SELECT id FROM api_keys WHERE name = 'logistics tool'`);
    const confirm = await admin.get(`/admin/api-keys/${id}/revoke`).expect(200);
    expect(confirm.text).toContain(`action="/admin/api-keys/${id}/revoke"`);
    expect((await form(admin, `/admin/api-keys/${id}/revoke`, `/admin/api-keys/${id}/revoke`, {})).status).toBe(303);
    expect((await admin.get('/admin/api-keys')).text).toContain('The key &quot;logistics tool&quot; was revoked.');
    await http().get('/api/v1/feedback-items').set('Authorization', `Bearer ${key}`).expect(401);
    // A revoked key has nothing left to revoke.
    await admin.get(`/admin/api-keys/${id}/revoke`).expect(404);
  });

  it('keeps what was typed and names the field on a bad form', async () => {
    const res = await form(admin, '/admin/api-keys', '/admin/api-keys', { name: '', departmentId: 'not-a-department' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="f-name-error"');
    expect(res.text).toContain('id="f-departmentId-error"');
  });

  it('is for admins only', async () => {
    const analyst = await makeUser(dashboard, { role: 'analyst' });
    const agent = request.agent(dashboard.getHttpServer());
    await login(agent, analyst.email);
    await agent.get('/admin/api-keys').expect(403);
  });
});

describe('/admin/users/:id', () => {
  it('keeps what the admin typed and shows the error next to the field', async () => {
    const user = await makeUser(dashboard, { role: 'analyst', name: 'Olga Analyst' });
    const res = await form(admin, `/admin/users/${user.id}`, `/admin/users/${user.id}`, { name: 'Olga Renamed', role: 'department_head', departmentId: '', locale: 'pl' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('value="Olga Renamed"');
    expect(res.text).toContain('<option value="department_head" selected>');
    expect(res.text).toMatch(/<option value="pl" selected>/);
    expect(res.text).toContain('<p class="error" id="f-departmentId-error">Department is required for a department head</p>');
    expect((await api.app.get(DataSource).query('SELECT name, role FROM users WHERE id = $1', [user.id]))[0]).toEqual({ name: 'Olga Analyst', role: 'analyst' });
  });

  it('makes a user a department head, and refuses a typed password that is too short', async () => {
    const user = await makeUser(dashboard, { role: 'analyst' });
    const logistics = (await api.app.get(DataSource).query(`SELECT id FROM departments WHERE key = 'logistics'`))[0].id;
    expect((await form(admin, `/admin/users/${user.id}`, `/admin/users/${user.id}`, { name: user.name, role: 'department_head', departmentId: logistics, locale: 'en' })).status).toBe(303);
    expect((await api.app.get(DataSource).query('SELECT role, department_id FROM users WHERE id = $1', [user.id]))[0]).toEqual({ role: 'department_head', department_id: logistics });
    const short = await form(admin, `/admin/users/${user.id}`, `/admin/users/${user.id}/reset-password`, { password: 'short' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('id="f-password-error"');
  });

  it('keeps what was typed when a new user can not be created', async () => {
    const res = await form(admin, '/admin/users', '/admin/users', { email: 'not-an-email', name: 'Typed Name', password: 'a long enough password', role: 'analyst', departmentId: '', locale: 'pl' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('value="Typed Name"');
    expect(res.text).toContain('value="not-an-email"');
    expect(res.text).toContain('id="f-email-error"');
    expect(res.text).not.toContain('a long enough password');
  });
});

describe('counts in Polish', () => {
  it('uses the plural forms of the page language (1 aktywny klucz, 2 aktywne klucze, 5 aktywnych kluczy)', async () => {
    const user = await makeUser(dashboard, { role: 'admin', locale: 'pl' });
    const agent = request.agent(dashboard.getHttpServer());
    await login(agent, user.email);
    const db = api.app.get(DataSource);
    const active = async () => /\d+ aktywn\S+ klucz[a-zy]*/.exec((await agent.get('/admin/api-keys').expect(200)).text)![0];
    await db.query('UPDATE api_keys SET revoked_at = now() WHERE revoked_at IS NULL');
    await db.query(`INSERT INTO api_keys (name, key_prefix, key_hash) VALUES ('a', 'aaaaaaaa', '\\x01')`);
    expect(await active()).toBe('1 aktywny klucz');
    await db.query(`INSERT INTO api_keys (name, key_prefix, key_hash) VALUES ('b', 'bbbbbbbb', '\\x02')`);
    expect(await active()).toBe('2 aktywne klucze');
    await db.query(`INSERT INTO api_keys (name, key_prefix, key_hash) SELECT 'c' || g, 'cccccccc', decode(lpad(to_hex(g + 2), 2, '0'), 'hex') FROM generate_series(1, 3) g`);
    expect(await active()).toBe('5 aktywnych kluczy');
  });
});
