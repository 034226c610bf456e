import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AccessScope } from '@feedloop/auth/access-scope';
import { ResponsesService } from '@feedloop/responses/responses.service';
import { TestApi, startTestApi } from '../../test/api';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { InvitationOverrides, makeInvitation } from '../../test/factories/invitations';
import { TimelineService } from './timeline.service';

type Item = { kind: 'event' | 'invitation' | 'response'; at: string; event?: { id: string }; invitation?: { id: string }; response?: { id: string } };

const T0 = Date.parse('2026-10-01T09:00:00Z');
const at = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('GET /api/v1/customers/:id/timeline', () => {
  let api: TestApi;
  let db: DataSource;
  let http: ReturnType<typeof request>;
  const get = (path: string) => http.get(path).set('Authorization', api.auth);
  const timeline = (customerId: string, query: Record<string, string | number> = {}) => get(`/api/v1/customers/${customerId}/timeline`).query(query);

  /** An event through the real ingestion route. */
  async function event(customer: CustomerRow, body: Record<string, unknown>): Promise<string> {
    const res = await http
      .post('/api/v1/events')
      .set('Authorization', api.auth)
      .send({ idempotencyKey: randomUUID(), customerExternalId: customer.externalId, ...body })
      .expect(201);
    return res.body.id;
  }

  /** An invitation with the times and status given, created at `createdAt`. */
  async function invitation(
    customer: CustomerRow,
    overrides: InvitationOverrides & { createdAt: string; eventId?: string; suppressed?: string; dueAt?: string },
  ): Promise<string> {
    const row = await makeInvitation(api.app, customer.id, overrides);
    await db.query(
      `UPDATE invitations SET created_at = $2, event_id = $3,
              status = CASE WHEN $4::text IS NULL THEN status ELSE 'suppressed' END, suppression_reason = $4,
              sent_at = CASE WHEN $4::text IS NULL THEN sent_at END, due_at = COALESCE($5, due_at)
       WHERE id = $1`,
      [row.id, overrides.createdAt, overrides.eventId ?? null, overrides.suppressed ?? null, overrides.dueAt ?? null],
    );
    return row.id;
  }

  /** A response recorded as answers are, each of `answers` replacing the one before; dated `createdAt`. */
  async function response(customer: CustomerRow, invitationId: string, createdAt: string, answers: Array<{ score: number; comment: string | null }>) {
    const [{ survey_id: surveyId }] = await db.query(`SELECT survey_id FROM invitations WHERE id = $1`, [invitationId]);
    let id = '';
    for (const a of answers) {
      ({ responseId: id } = await api.app
        .get(ResponsesService)
        .record({ invitationId, surveyId, customerId: customer.id, metric: 'csat', source: 'email_link', ...a }));
    }
    await db.query(`UPDATE responses SET created_at = $2 WHERE id = $1`, [id, createdAt]);
    return id;
  }

  const idOf = (i: Item) => (i.event ?? i.invitation ?? i.response)!.id;

  async function allPages(customerId: string, limit: number): Promise<{ items: Item[]; pages: number }> {
    const items: Item[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const res: request.Response = await timeline(customerId, { limit, ...(cursor ? { cursor } : {}) }).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...res.body.items);
      pages++;
      cursor = res.body.nextCursor;
    } while (cursor);
    return { items, pages };
  }

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    http = request(api.app.getHttpServer());
  });
  afterAll(() => api.close());

  describe('a customer with contacts, surveys and answers', () => {
    let customer: CustomerRow;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      customer = await makeCustomer(api.app);
      ids.signup = await event(customer, { type: 'signup', plan: 'pro', occurredAt: at(-30 * DAY) });
      ids.contact = await event(customer, { type: 'contact', contactChannel: 'phone', team: 'Infolinia', agent: 'Jan K.', caseId: 'Z-1', occurredAt: at(0) });
      ids.sent = await invitation(customer, { metric: 'csat', channel: 'email', status: 'answered', sentAt: new Date(T0 + HOUR), createdAt: at(10 * 60_000), eventId: ids.contact });
      ids.answer = await response(customer, ids.sent, at(2 * HOUR), [
        { score: 2, comment: 'Długo czekałem' },
        { score: 4, comment: 'Jednak OK' },
      ]);
      ids.suppressed = await invitation(customer, { metric: 'nps', createdAt: at(3 * HOUR), suppressed: 'throttled' });
      ids.cancel = await event(customer, { type: 'cancellation', reason: 'price', occurredAt: at(5 * DAY) });
      ids.scheduled = await invitation(customer, { metric: 'nps', status: 'scheduled', createdAt: at(5 * DAY + 60_000), dueAt: at(19 * DAY) });
      // Another customer's history must not leak in.
      const other = await makeCustomer(api.app);
      await event(other, { type: 'contact', contactChannel: 'chat', occurredAt: at(HOUR) });
      await invitation(other, { metric: 'csat', createdAt: at(HOUR) });
    });

    it('lists events, invitations and responses newest first with their details', async () => {
      const res = await timeline(customer.id).expect(200);

      expect(res.body.customer).toEqual({ id: customer.id, externalId: customer.externalId, erased: false, erasedAt: null });
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items.map((i: Item) => [i.kind, idOf(i), i.at])).toEqual([
        ['invitation', ids.scheduled, at(5 * DAY + 60_000)],
        ['event', ids.cancel, at(5 * DAY)],
        ['invitation', ids.suppressed, at(3 * HOUR)],
        ['response', ids.answer, at(2 * HOUR)],
        ['invitation', ids.sent, at(HOUR)],
        ['event', ids.contact, at(0)],
        ['event', ids.signup, at(-30 * DAY)],
      ]);
      const [scheduled, cancel, suppressed, answer, sent, contact] = res.body.items;

      expect(scheduled.invitation).toMatchObject({ status: 'scheduled', sentAt: null, dueAt: at(19 * DAY), suppressionReason: null, surveyName: 'Onboarding NPS (day 14)' });
      expect(cancel.event).toMatchObject({ type: 'cancellation', data: { reason: 'price' }, occurredAt: at(5 * DAY) });
      expect(suppressed.invitation).toMatchObject({ status: 'suppressed', suppressionReason: 'throttled', sentAt: null, createdAt: at(3 * HOUR) });
      expect(answer.response).toMatchObject({
        invitationId: ids.sent,
        score: 4,
        comment: 'Jednak OK',
        changed: true,
        changeCount: 1,
        changes: [{ score: 2, comment: 'Długo czekałem', source: 'email_link', changedAt: expect.any(String) }],
      });
      expect(sent.invitation).toEqual({
        id: ids.sent,
        surveyId: expect.any(String),
        surveyName: 'Post-contact CSAT',
        eventId: ids.contact,
        status: 'answered',
        suppressionReason: null,
        channel: 'email',
        contactChannel: null,
        team: null,
        createdAt: at(10 * 60_000),
        dueAt: at(HOUR),
        sentAt: at(HOUR),
        deliveredAt: null,
        failedAt: null,
        answeredAt: null,
        reminderSentAt: null,
        expiresAt: at(HOUR + 7 * DAY),
      });
      expect(contact.event).toMatchObject({ type: 'contact', contactChannel: 'phone', team: 'Infolinia', agent: 'Jan K.', caseId: 'Z-1' });
    });

    it('merges only the kinds a caller asks for (the item page: no items, replies or churn of any department)', async () => {
      const page = await api.app.get(TimelineService).page(customer.id, { limit: 3 }, AccessScope.system(), ['event', 'response']);
      expect(page.items.map((i) => [i.kind, idOf(i as Item)])).toEqual([
        ['event', ids.cancel],
        ['response', ids.answer],
        ['event', ids.contact],
      ]);
      expect(page.nextCursor).not.toBeNull();
    });

    it.each([1, 2, 3, 6])('pages through it %i at a time without duplicates or gaps', async (limit) => {
      const whole = (await timeline(customer.id).expect(200)).body.items.map(idOf);
      const { items, pages } = await allPages(customer.id, limit);
      expect(items.map(idOf)).toEqual(whole);
      expect(pages).toBe(Math.ceil(whole.length / limit));
    });
  });

  it('orders items at the same instant: response, invitation, event, then by id, and pages through such ties', async () => {
    const customer = await makeCustomer(api.app);
    const same = at(DAY);
    // uuids compare in PostgreSQL as their lower-case text does in JavaScript.
    const newestFirst = (ids: string[]) => [...ids].sort().reverse();
    const events = newestFirst([
      await event(customer, { type: 'contact', contactChannel: 'email', occurredAt: same }),
      await event(customer, { type: 'contact', contactChannel: 'chat', occurredAt: same }),
      await event(customer, { type: 'signup', occurredAt: same }),
    ]);
    const invitations = newestFirst([
      await invitation(customer, { metric: 'csat', sentAt: new Date(same), createdAt: same }),
      await invitation(customer, { metric: 'csat', sentAt: new Date(same), createdAt: same }),
    ]);
    const answer = await response(customer, invitations[0], same, [{ score: 5, comment: null }]);
    const expected = [answer, ...invitations, ...events];

    expect((await timeline(customer.id).expect(200)).body.items.map(idOf)).toEqual(expected);
    for (const limit of [1, 2, 4]) expect((await allPages(customer.id, limit)).items.map(idOf)).toEqual(expected);
  });

  it('shows what remains of an erased customer: scores and times, without comments or event details', async () => {
    const customer = await makeCustomer(api.app);
    const contact = await event(customer, { type: 'contact', contactChannel: 'phone', caseId: 'Z-99', occurredAt: at(0), attributes: { order: 'A-1' } });
    const sent = await invitation(customer, { metric: 'csat', sentAt: new Date(T0 + HOUR), createdAt: at(HOUR), eventId: contact });
    const answer = await response(customer, sent, at(2 * HOUR), [
      { score: 1, comment: 'Nazywam się Anna Nowak' },
      { score: 2, comment: 'tel. 601 234 567' },
    ]);
    await http.delete(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(200);

    const res = await timeline(customer.id).expect(200);

    expect(res.body.customer).toEqual({ id: customer.id, externalId: null, erased: true, erasedAt: expect.any(String) });
    expect(res.body.items.map(idOf)).toEqual([answer, sent, contact]);
    const [r, , e] = res.body.items;
    expect(r.response).toMatchObject({ score: 2, comment: null, customerExternalId: null, changes: [{ score: 1, comment: null, source: 'email_link', changedAt: expect.any(String) }] });
    expect(e.event).toMatchObject({ contactChannel: 'phone', caseId: null, data: {}, customerExternalId: null });
    expect(JSON.stringify(res.body)).not.toMatch(/Anna|601 234 567|Z-99|A-1/);
  });

  it('answers an empty first page for a customer with no history', async () => {
    const customer = await makeCustomer(api.app);
    expect((await timeline(customer.id).expect(200)).body).toMatchObject({ items: [], nextCursor: null });
  });

  it('answers 404 CUSTOMER_NOT_FOUND for an unknown id', async () => {
    const res = await timeline('00000000-0000-4000-8000-000000000000').expect(404);
    expect(res.body.code).toBe('CUSTOMER_NOT_FOUND');
  });

  it.each([
    ['a malformed id', 'abc', {}, 'id must be a UUID'],
    ['an external id instead of the id', 'cust-1', {}, 'id must be a UUID'],
    ['limit 0', null, { limit: 0 }, 'limit must not be less than 1'],
    ['a cursor that is not one', null, { cursor: 'xyz' }, 'cursor must be a cursor returned by a previous page'],
    [
      'a cursor of another list',
      null,
      { cursor: Buffer.from(JSON.stringify(['2026-10-01T09:00:00.000000Z', randomUUID()])).toString('base64url') },
      'cursor must be a cursor returned by a previous page',
    ],
    ['an unknown parameter', null, { kind: 'event' }, 'property kind should not exist'],
  ])('answers 400 for %s, naming the field', async (_case, id, query, message) => {
    const customer = id ?? (await makeCustomer(api.app)).id;
    const res = await timeline(customer, query as Record<string, string | number>).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('requires an API key', async () => {
    const customer = await makeCustomer(api.app);
    await http.get(`/api/v1/customers/${customer.id}/timeline`).expect(401);
  });

  it('is documented in OpenAPI under customers', async () => {
    const res = await http.get('/api/docs/openapi.json').expect(200);
    const route = res.body.paths['/api/v1/customers/{id}/timeline'].get;
    expect(route.tags).toEqual(['customers']);
    expect(route.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'cursor', 'limit']));
    expect(Object.keys(res.body.components.schemas.TimelineItemDto.properties)).toEqual(['kind', 'at', 'event', 'invitation', 'response', 'feedbackItem', 'reply', 'churnCase', 'churnActivity']);
  });
});
