import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../auth/api-keys.service';
import { TestApi, startTestApi } from '../../test/api';
import { Agent, csrfTokenFrom, login, startSecondDashboard } from '../../test/dashboard';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { makeUser } from '../../test/factories/users';

/**
 * Every admin and staff action that changes data leaves one audit row with
 * who, what and before/after, written in the action's own transaction; a
 * failed action leaves none; secrets never reach it; only admins read it.
 */

let api: TestApi;
let dashboard: NestExpressApplication;
let db: DataSource;
let admin: Agent;
let adminId: string;
let keyId: string;

interface Row {
  action: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  actor_label: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  client_address: string | null;
}

const rows = (): Promise<Row[]> => db.query('SELECT * FROM audit_log ORDER BY at, id');
async function newRows<T>(work: () => Promise<T>): Promise<Row[]> {
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM audit_log');
  await work();
  return (await rows()).slice(n);
}

const http = () => request(api.app.getHttpServer());
const apiCall = (method: 'post' | 'patch' | 'delete' | 'get', path: string, body?: object) =>
  http()[method](`/api/v1${path}`).set('Authorization', api.auth).send(body);

async function form(agent: Agent, page: string, action: string, fields: Record<string, string>) {
  const token = await csrfTokenFrom(agent, page);
  return agent.post(action).type('form').send({ _csrf: token, ...fields });
}

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  dashboard = await startSecondDashboard(api.db);
  const user = await makeUser(dashboard, { role: 'admin', name: 'Ada Admin' });
  adminId = user.id;
  admin = request.agent(dashboard.getHttpServer());
  expect((await login(admin, user.email)).status).toBe(303);
  [{ id: keyId }] = await db.query(`SELECT id FROM api_keys WHERE name = 'test'`);
}, 90_000);
afterAll(async () => {
  await dashboard?.close();
  await api?.close();
});

describe('audit rows of dashboard actions', () => {
  it('records users created, changed, disabled, reactivated and reset, with the admin, request and before/after, never a password', async () => {
    const logistics = (await db.query(`SELECT id FROM departments WHERE key = 'logistics'`))[0].id;
    const [created] = await newRows(async () => {
      const res = await form(admin, '/admin/users', '/admin/users', { email: 'head@example.com', name: 'Hela Head', password: 'a long enough password', role: 'department_head', departmentId: logistics, locale: 'pl' });
      expect(res.status).toBe(303);
    });
    expect(created).toMatchObject({
      action: 'user.created',
      actor_kind: 'user',
      actor_user_id: adminId,
      actor_label: expect.stringContaining('Ada Admin'),
      entity_type: 'user',
      before: null,
      after: { email: 'head@example.com', role: 'department_head', departmentId: logistics, locale: 'pl', disabled: false },
      request_id: expect.any(String),
      client_address: expect.any(String),
    });
    const id = created.entity_id!;
    expect(JSON.stringify(created)).not.toContain('a long enough password');
    expect(JSON.stringify(created)).not.toContain('argon2');

    const [changed] = await newRows(async () => {
      expect((await form(admin, `/admin/users/${id}`, `/admin/users/${id}`, { name: 'Hela Head', role: 'analyst', departmentId: '', locale: 'en' })).status).toBe(303);
    });
    expect(changed).toMatchObject({ action: 'user.updated', before: { role: 'department_head', departmentId: logistics, locale: 'pl' }, after: { role: 'analyst', departmentId: null, locale: 'en' } });

    const [disabled] = await newRows(async () => expect((await form(admin, `/admin/users/${id}`, `/admin/users/${id}/disable`, {})).status).toBe(303));
    expect(disabled).toMatchObject({ action: 'user.deactivated', before: { disabled: false }, after: { disabled: true } });
    const [enabled] = await newRows(async () => expect((await form(admin, `/admin/users/${id}`, `/admin/users/${id}/enable`, {})).status).toBe(303));
    expect(enabled).toMatchObject({ action: 'user.reactivated', before: { disabled: true }, after: { disabled: false } });

    let shown = '';
    const [reset] = await newRows(async () => {
      const res = await form(admin, `/admin/users/${id}`, `/admin/users/${id}/reset-password`, { password: '' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toContain('no-store');
      shown = /id="revealed-password" readonly value="([^"]+)"/.exec(res.text)![1];
    });
    expect(reset).toMatchObject({ action: 'user.password_reset', entity_id: id });
    expect(JSON.stringify(await rows())).not.toContain(shown);
    // The password shown once works.
    const agent = request.agent(dashboard.getHttpServer());
    expect((await login(agent, 'head@example.com', shown)).status).toBe(303);
  });

  it('records departments, SLAs, webhooks, themes and keyword rules, and account settings', async () => {
    const dept = await newRows(async () => expect((await form(admin, '/admin/departments', '/admin/departments', { key: 'returns', name: 'Returns' })).status).toBe(303));
    expect(dept).toEqual([expect.objectContaining({ action: 'department.created', after: { key: 'returns', name: 'Returns', ackSlaHours: 8, resolveSlaDays: 5 } })]);
    const deptId = dept[0].entity_id!;
    const sla = await newRows(async () => expect((await form(admin, '/admin/departments', `/admin/departments/${deptId}/sla`, { ackSlaHours: '4', resolveSlaDays: '2' })).status).toBe(303));
    expect(sla).toEqual([expect.objectContaining({ action: 'department.updated', before: expect.objectContaining({ ackSlaHours: 8, resolveSlaDays: 5 }), after: expect.objectContaining({ ackSlaHours: 4, resolveSlaDays: 2 }) })]);

    let secret = '';
    const hook = await newRows(async () => {
      const res = await form(admin, '/admin/webhooks', '/admin/webhooks', { url: 'https://hooks.example.com/feedloop', events: 'response.created' });
      expect(res.status).toBe(201);
      secret = /id="revealed-secret" readonly value="([^"]+)"/.exec(res.text)![1];
    });
    expect(hook).toEqual([expect.objectContaining({ action: 'webhook.created', entity_type: 'webhook', after: expect.objectContaining({ url: 'https://hooks.example.com/feedloop', status: 'active' }) })]);
    const rotated = await newRows(async () => expect((await form(admin, '/admin/webhooks', `/admin/webhooks/${hook[0].entity_id}/rotate-secret`, {})).status).toBe(200));
    expect(rotated).toEqual([expect.objectContaining({ action: 'webhook.secret_rotated' })]);
    expect(JSON.stringify(await rows())).not.toContain(secret);
    expect(JSON.stringify(await rows())).not.toContain('whsec_');

    const theme = await newRows(async () => expect((await form(admin, '/admin/themes/late_delivery', '/admin/themes/late_delivery/rules', { phrase: 'kurier zgubił' })).status).toBe(303));
    expect(theme).toEqual([expect.objectContaining({ action: 'keyword_rule.created', after: { theme: 'late_delivery', phrase: 'kurier zgubil' } })]);
    const removed = await newRows(async () => expect((await form(admin, '/admin/themes/late_delivery', `/admin/themes/late_delivery/rules/${theme[0].entity_id}/delete`, {})).status).toBe(303));
    expect(removed).toEqual([expect.objectContaining({ action: 'keyword_rule.deleted', before: { theme: 'late_delivery', phrase: 'kurier zgubil' } })]);

    const digest = await newRows(async () => expect((await form(admin, '/account', '/account/digest', { digestFrequency: 'hourly' })).status).toBe(303));
    expect(digest).toEqual([expect.objectContaining({ action: 'user.settings_changed', entity_id: adminId, before: expect.objectContaining({ digestFrequency: 'daily' }), after: expect.objectContaining({ digestFrequency: 'hourly' }) })]);
  });

  it('records feedback item work in the inbox: status, assignee, re-route', async () => {
    const item = await makeFeedbackItem(db, { department: 'logistics' });
    const ack = await newRows(async () => expect((await form(admin, `/inbox/${item.id}`, `/inbox/${item.id}/acknowledge`, {})).status).toBe(303));
    expect(ack).toEqual([expect.objectContaining({ action: 'feedback_item.status_changed', entity_id: item.id, before: { status: 'new', resolutionNote: null }, after: { status: 'acknowledged', resolutionNote: null } })]);
    const assigned = await newRows(async () => expect((await form(admin, `/inbox/${item.id}`, `/inbox/${item.id}/assign`, { assigneeId: adminId })).status).toBe(303));
    expect(assigned).toEqual([expect.objectContaining({ action: 'feedback_item.assigned', after: { assigneeId: adminId } })]);
    const moved = await newRows(async () => expect((await form(admin, `/inbox/${item.id}`, `/inbox/${item.id}/reroute`, { department: 'billing', note: 'invoice' })).status).toBe(303));
    expect(moved).toEqual([expect.objectContaining({ action: 'feedback_item.rerouted', before: expect.objectContaining({ department: 'logistics' }), after: expect.objectContaining({ department: 'billing', note: 'invoice' }) })]);
  });
});

describe('audit rows of API actions', () => {
  it('names the API key as the actor of surveys, customers, themes, webhooks and feedback items', async () => {
    const survey = await newRows(async () => {
      await apiCall('post', '/surveys', {
        name: 'Audit CES',
        kind: 'post_contact',
        metric: 'ces',
        question: { pl: 'Jak łatwo?', en: 'How easy?' },
        followUp: { pl: 'Dlaczego?', en: 'Why?' },
      }).expect(201);
    });
    expect(survey).toEqual([expect.objectContaining({ action: 'survey.created', actor_kind: 'api_key', actor_api_key_id: keyId, actor_label: 'API key test', after: expect.objectContaining({ name: 'Audit CES', status: 'active' }) })]);
    const surveyId = survey[0].entity_id!;
    const changed = await newRows(async () => {
      await apiCall('patch', `/surveys/${surveyId}`, { name: 'Audit CES 2' }).expect(200);
      await apiCall('post', `/surveys/${surveyId}/pause`, {}).expect(200);
      await apiCall('post', `/surveys/${surveyId}/pause`, {}).expect(200);
      await apiCall('post', `/surveys/${surveyId}/resume`, {}).expect(200);
    });
    expect(changed.map((r) => r.action)).toEqual(['survey.updated', 'survey.paused', 'survey.resumed']);
    expect(changed[0]).toMatchObject({ before: expect.objectContaining({ name: 'Audit CES' }), after: expect.objectContaining({ name: 'Audit CES 2' }) });

    const customer = await newRows(async () => {
      const { body } = await apiCall('post', '/customers', { externalId: 'audit-1', name: 'Anna Nowak', email: 'anna@example.com' }).expect(201);
      await apiCall('patch', `/customers/${body.id}`, { name: 'Anna Kowalska' }).expect(200);
      await apiCall('patch', `/customers/${body.id}`, { consent: { email: false } }).expect(200);
      await apiCall('post', '/customers/import', [{ externalId: 'audit-2' }, { externalId: 'audit-3' }, { externalId: '' }]).expect(200);
      await apiCall('delete', `/customers/${body.id}`).expect(200);
    });
    expect(customer.map((r) => r.action)).toEqual(['customer.created', 'customer.updated', 'customer.consent_changed', 'customer.imported', 'customer.erased']);
    expect(customer[3].after).toEqual({ format: 'json', total: 3, created: 2, updated: 0, rejected: 1 });
    // Erasure takes the person out of the earlier rows too; that the changes happened stays.
    const about = await db.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY at`, [customer[0].entity_id]);
    expect(JSON.stringify(about)).not.toMatch(/Anna|anna@example/);
    expect(about.map((r: { action: string }) => r.action)).toEqual(['customer.created', 'customer.updated', 'customer.consent_changed', 'customer.erased']);

    const theme = await newRows(async () => apiCall('patch', '/themes/late_delivery', { active: false }).expect(200));
    expect(theme).toEqual([expect.objectContaining({ action: 'theme.updated', entity_id: 'late_delivery', before: expect.objectContaining({ active: true }), after: expect.objectContaining({ active: false }) })]);

    const hook = await newRows(async () => {
      const { body } = await apiCall('post', '/webhooks', { url: 'https://hooks.example.com/api', events: ['response.created'] }).expect(201);
      await apiCall('patch', `/webhooks/${body.id}`, { status: 'paused' }).expect(200);
      await apiCall('delete', `/webhooks/${body.id}`).expect(204);
    });
    expect(hook.map((r) => r.action)).toEqual(['webhook.created', 'webhook.updated', 'webhook.deleted']);

    const item = await makeFeedbackItem(db, { department: 'logistics' });
    const work = await newRows(async () => {
      await apiCall('patch', `/feedback-items/${item.id}`, { status: 'resolved', resolutionNote: 'Parcel re-sent' }).expect(200);
      await apiCall('post', `/feedback-items/${item.id}/replies`, { body: 'Przepraszamy, paczka jest w drodze.' }).expect(201);
    });
    expect(work.map((r) => r.action)).toEqual(['feedback_item.status_changed', 'reply.sent']);
    expect(work[0]).toMatchObject({ after: { status: 'resolved', resolutionNote: 'Parcel re-sent' } });
  });
});

describe('when the action fails', () => {
  it('writes no audit row, as the change itself is rolled back', async () => {
    const before = (await rows()).length;
    // A taken e-mail fails inside the transaction the row would be written in.
    await form(admin, '/admin/users', '/admin/users', { email: 'head@example.com', name: 'Twin', password: 'a long enough password', role: 'analyst', departmentId: '', locale: 'en' });
    // A rule only the transaction checks: the last active admin keeps the role.
    await db.query(`UPDATE users SET role = 'analyst' WHERE id <> $1 AND role = 'admin'`, [adminId]);
    const stillAdmin = await form(admin, `/admin/users/${adminId}`, `/admin/users/${adminId}`, { name: 'Ada Admin', role: 'analyst', departmentId: '', locale: 'en' });
    expect(stillAdmin.status).toBe(400);
    expect(stillAdmin.text).toContain('The last active admin can not be disabled or given another role.');
    await apiCall('patch', '/feedback-items/00000000-0000-4000-8000-000000000000', { status: 'acknowledged' }).expect(404);
    expect((await rows()).length).toBe(before);
    expect((await db.query(`SELECT role FROM users WHERE id = $1`, [adminId]))[0].role).toBe('admin');
  });

  it('rolls the change back when the audit row can not be written', async () => {
    // Prove the two are one transaction: make the audit insert fail, and the department must not be renamed.
    const [{ id, name }] = await db.query(`SELECT id, name FROM departments WHERE key = 'billing'`);
    await db.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_test_refuse CHECK (action <> 'department.updated') NOT VALID`);
    try {
      const res = await form(admin, '/admin/departments', `/admin/departments/${id}`, { name: 'Billing renamed' });
      expect(res.status).toBe(500);
    } finally {
      await db.query('ALTER TABLE audit_log DROP CONSTRAINT audit_test_refuse');
    }
    expect((await db.query(`SELECT name FROM departments WHERE id = $1`, [id]))[0].name).toBe(name);
  });
});

describe('reading the audit log', () => {
  it('filters the API by actor, action prefix, entity and time, in cursor pages newest first', async () => {
    const all = await apiCall('get', '/audit-log?limit=500').expect(200);
    expect(all.body.items.length).toBeGreaterThan(20);
    const times = all.body.items.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);

    const users = await apiCall('get', '/audit-log?action=user.&limit=500').expect(200);
    expect(users.body.items.length).toBeGreaterThan(3);
    expect(users.body.items.every((e: { action: string }) => e.action.startsWith('user.'))).toBe(true);
    const byKey = await apiCall('get', `/audit-log?actor=${keyId}&limit=500`).expect(200);
    expect(byKey.body.items.every((e: { actor: { apiKeyId: string } }) => e.actor.apiKeyId === keyId)).toBe(true);
    const theme = await apiCall('get', '/audit-log?entityType=theme&entityId=late_delivery').expect(200);
    expect(theme.body.items.map((e: { action: string }) => e.action)).toEqual(['theme.updated']);
    expect((await apiCall('get', '/audit-log?from=2999-01-01').expect(200)).body.items).toEqual([]);
    // A form's fields left empty (or blank) filter nothing.
    const blank = await apiCall('get', '/audit-log?actor=&action=%20&entityType=&from=&limit=500').expect(200);
    expect(blank.body.items.map((e: { id: string }) => e.id)).toEqual(all.body.items.map((e: { id: string }) => e.id));

    const first = await apiCall('get', '/audit-log?limit=5').expect(200);
    const second = await apiCall('get', `/audit-log?limit=5&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items[0].at <= first.body.items[4].at).toBe(true);
    expect(second.body.items.map((e: { id: string }) => e.id)).toEqual(all.body.items.slice(5, 10).map((e: { id: string }) => e.id));
  });

  it('answers 400 naming the field for bad filters', async () => {
    expect((await apiCall('get', '/audit-log?actor=someone').expect(400)).body.message).toEqual(['actor must be the id of a user or an API key, or one of: cli, system']);
    expect((await apiCall('get', '/audit-log?from=yesterday').expect(400)).body.message[0]).toMatch(/^from /);
    expect((await apiCall('get', '/audit-log?cursor=abc').expect(400)).body.message[0]).toMatch(/^cursor /);
  });

  it('refuses a key bound to a department (403) and shows the page to admins only (403 for others)', async () => {
    const logistics = (await db.query(`SELECT id FROM departments WHERE key = 'logistics'`))[0].id;
    const { key } = await api.app.get(ApiKeysService).create('bound', null, logistics);
    await http().get('/api/v1/audit-log').set('Authorization', `Bearer ${key}`).expect(403);
    await http().get('/api/v1/audit-log').expect(401);
    for (const role of ['analyst', 'department_head', 'retention_agent'] as const) {
      const user = await makeUser(dashboard, { role, department: role === 'department_head' ? 'logistics' : undefined });
      const agent = request.agent(dashboard.getHttpServer());
      await login(agent, user.email);
      await agent.get('/admin/audit').expect(403);
      expect((await agent.get('/')).text).not.toContain('href="/admin/audit"');
    }
  });

  it('shows admins the page with filters kept in the URL and before/after escaped', async () => {
    await apiCall('post', '/customers', { externalId: 'xss', name: '<script>alert(1)</script>' }).expect(201);
    const page = await admin.get('/admin/audit?entityType=customer&action=customer.created').expect(200);
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).toContain('<option value="customer" selected>');
    expect(page.text).toContain('value="customer.created"');
    const bad = await admin.get('/admin/audit?from=31.12.2026&actor=nobody').expect(400);
    expect(bad.text).toContain('id="f-from-error"');
    expect(bad.text).toContain('id="f-actor-error"');
    expect(bad.text).toContain('value="31.12.2026"');
  });
});
