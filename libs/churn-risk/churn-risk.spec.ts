import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { EVENT_CONSUMERS, EventConsumersService } from '@feedloop/events/event-consumers.service';
import { RESPONSE_RECORDED } from '@feedloop/responses/response-events';
import { TestApi, startTestApi } from '../../test/api';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { makeResponse } from '../../test/factories/responses';
import { RepeatContactEvidenceAsEvents1765600002000 } from '../../migrations/1765600002000-repeat-contact-evidence-as-events';
import { RiskEvaluationService } from './risk-evaluation.service';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

describe('early warning (churn risk)', () => {
  let api: TestApi;
  let db: DataSource;
  let evaluation: RiskEvaluationService;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    evaluation = api.app.get(RiskEvaluationService);
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());

  async function postEvent(customer: CustomerRow, type: 'contact' | 'cancellation' | 'signup', at: Date): Promise<string> {
    const res = await http()
      .post('/api/v1/events')
      .set('Authorization', api.auth)
      .send({ type, idempotencyKey: randomUUID(), customerExternalId: customer.externalId, occurredAt: at.toISOString(), ...(type === 'contact' ? { contactChannel: 'phone' } : {}) })
      .expect(201);
    return res.body.id;
  }

  async function flagOf(customerId: string) {
    const [row] = await db.query(`SELECT * FROM customer_risk_flags WHERE customer_id = $1`, [customerId]);
    return row ?? null;
  }

  async function listed(query: Record<string, string | number> = {}) {
    const res = await http().get('/api/v1/at-risk-customers').query({ limit: 500, ...query }).set('Authorization', api.auth).expect(200);
    return res.body as { items: Array<{ id: string; customer: { id: string; externalId: string }; score: number; reasons: Array<{ kind: string; at: string; detail: Record<string, any> }>; firstFlaggedAt: string }>; nextCursor: string | null };
  }

  async function entryOf(customerId: string) {
    return (await listed()).items.find((i) => i.customer.id === customerId) ?? null;
  }

  describe('signals', () => {
    it('flags a detractor answer of the window, naming the response', async () => {
      const c = await makeCustomer(db);
      const at = daysAgo(2);
      const answer = await makeResponse(db, c.id, { metric: 'nps', score: 3, at });
      await evaluation.evaluate([c.id]);

      const entry = await entryOf(c.id);
      expect(entry).toMatchObject({ customer: { id: c.id, externalId: c.externalId }, score: 1 });
      expect(entry!.reasons).toEqual([{ kind: 'detractor', at: at.toISOString(), detail: { responseId: answer.id, metric: 'nps', score: 3 } }]);
    });

    it('counts CSAT 1–2 and CES 1–3 as detractors, but not NPS 7, CSAT 3, CES 4, nor a detractor older than 60 days', async () => {
      const csat = await makeCustomer(db);
      await makeResponse(db, csat.id, { metric: 'csat', score: 2, at: daysAgo(5) });
      const ces = await makeCustomer(db);
      await makeResponse(db, ces.id, { metric: 'ces', score: 3, at: daysAgo(5) });
      const neutral = await makeCustomer(db);
      await makeResponse(db, neutral.id, { metric: 'nps', score: 7, at: daysAgo(5) });
      await makeResponse(db, neutral.id, { metric: 'csat', score: 3, at: daysAgo(4) });
      await makeResponse(db, neutral.id, { metric: 'ces', score: 4, at: daysAgo(3) });
      const old = await makeCustomer(db);
      await makeResponse(db, old.id, { metric: 'nps', score: 0, at: daysAgo(61) });
      await evaluation.evaluate([csat.id, ces.id, neutral.id, old.id]);

      expect((await entryOf(csat.id))?.reasons.map((r) => r.kind)).toEqual(['detractor']);
      expect((await entryOf(ces.id))?.reasons.map((r) => r.kind)).toEqual(['detractor']);
      expect(await flagOf(neutral.id)).toBeNull();
      expect(await flagOf(old.id)).toBeNull();
    });

    it('flags three contacts within 14 days with their event ids, not two, nor three spread over more than 14 days', async () => {
      const repeated = await makeCustomer(db);
      const times = [daysAgo(12), daysAgo(6), daysAgo(1)];
      const ids: string[] = [];
      for (const t of times) ids.push(await postEvent(repeated, 'contact', t));
      const twice = await makeCustomer(db);
      await postEvent(twice, 'contact', daysAgo(3));
      await postEvent(twice, 'contact', daysAgo(1));
      const spread = await makeCustomer(db);
      await postEvent(spread, 'contact', daysAgo(30));
      await postEvent(spread, 'contact', daysAgo(15));
      await postEvent(spread, 'contact', daysAgo(1));
      await evaluation.evaluate([repeated.id, twice.id, spread.id]);

      const entry = await entryOf(repeated.id);
      expect(entry?.reasons).toEqual([
        { kind: 'repeat_contacts', at: times[2].toISOString(), detail: { count: 3, withinDays: 14, events: ids.map((id, i) => ({ id, at: times[i].toISOString() })) } },
      ]);
      expect(await flagOf(twice.id)).toBeNull();
      expect(await flagOf(spread.id)).toBeNull();
    });

    it('flags an open feedback item past its SLA, not a resolved one nor one still within it', async () => {
      const late = await makeCustomer(db);
      const item = await makeFeedbackItem(db, { customerId: late.id, metric: 'csat', score: 4, createdAt: daysAgo(10) });
      const resolved = await makeCustomer(db);
      await makeFeedbackItem(db, { customerId: resolved.id, metric: 'csat', score: 4, createdAt: daysAgo(10), status: 'resolved' });
      const fresh = await makeCustomer(db);
      await makeFeedbackItem(db, { customerId: fresh.id, metric: 'csat', score: 4, createdAt: new Date(Date.now() - 3_600_000) });
      await evaluation.evaluate([late.id, resolved.id, fresh.id]);

      const entry = await entryOf(late.id);
      expect(entry?.reasons).toEqual([
        {
          kind: 'sla_breach',
          at: expect.any(String),
          detail: expect.objectContaining({ feedbackItemId: item.id, departmentId: item.departmentId, status: 'new', missed: ['acknowledge', 'resolve'] }),
        },
      ]);
      expect(await flagOf(resolved.id)).toBeNull();
      expect(await flagOf(fresh.id)).toBeNull();

      // Resolving it takes the customer off the list at the next evaluation.
      await db.query(`UPDATE feedback_items SET status = 'resolved', resolved_at = now(), acknowledged_at = now(), resolution_note = 'done' WHERE id = $1`, [item.id]);
      await evaluation.evaluate([late.id]);
      expect(await flagOf(late.id)).toMatchObject({ status: 'cleared', cleared_reason: 'no_signals' });
      expect(await entryOf(late.id)).toBeNull();
    });

    it('flags a sharp drop between the last two answers of one metric (CSAT 5 → 3), not a small one (NPS 9 → 6 is a detractor only)', async () => {
      const dropped = await makeCustomer(db);
      const before = await makeResponse(db, dropped.id, { metric: 'csat', score: 5, at: daysAgo(90) });
      const after = await makeResponse(db, dropped.id, { metric: 'csat', score: 3, at: daysAgo(4) });
      const small = await makeCustomer(db);
      await makeResponse(db, small.id, { metric: 'nps', score: 9, at: daysAgo(30) });
      await makeResponse(db, small.id, { metric: 'nps', score: 6, at: daysAgo(2) });
      await evaluation.evaluate([dropped.id, small.id]);

      expect((await entryOf(dropped.id))?.reasons).toEqual([
        {
          kind: 'score_drop',
          at: expect.any(String),
          detail: { metric: 'csat', fromScore: 5, toScore: 3, fromResponseId: before.id, toResponseId: after.id, previousAt: expect.any(String) },
        },
      ]);
      expect((await entryOf(small.id))?.reasons.map((r) => r.kind)).toEqual(['detractor']);
    });

    it('scores by the kinds of signal shown: NPS 10 → 2 with three contacts is 3 (detractor, drop, contacts)', async () => {
      const c = await makeCustomer(db);
      await makeResponse(db, c.id, { metric: 'nps', score: 10, at: daysAgo(50) });
      await makeResponse(db, c.id, { metric: 'nps', score: 2, at: daysAgo(3) });
      for (const d of [9, 5, 2]) await postEvent(c, 'contact', daysAgo(d));
      await evaluation.evaluate([c.id]);

      const entry = await entryOf(c.id);
      expect(entry?.score).toBe(3);
      expect(entry?.reasons.map((r) => r.kind).sort()).toEqual(['detractor', 'repeat_contacts', 'score_drop']);
    });

    it('does not flag a customer with no signal (promoter, two contacts, a resolved item)', async () => {
      const c = await makeCustomer(db);
      await makeResponse(db, c.id, { metric: 'nps', score: 10, at: daysAgo(3) });
      await postEvent(c, 'contact', daysAgo(2));
      await postEvent(c, 'contact', daysAgo(1));
      await makeFeedbackItem(db, { customerId: c.id, metric: 'csat', score: 4, createdAt: daysAgo(20), status: 'resolved' });
      const outcome = await evaluation.evaluate([c.id]);

      expect(outcome).toEqual({ evaluated: 1, flagged: 0, cleared: 0 });
      expect(await flagOf(c.id)).toBeNull();
    });
  });

  describe('jobs', () => {
    it('listens to response.recorded and evaluates the answer\'s customer', async () => {
      expect(api.app.get(JobsService).hasSubscribers(RESPONSE_RECORDED)).toBe(true);
      const c = await makeCustomer(db);
      const answer = await makeResponse(db, c.id, { metric: 'csat', score: 1, at: daysAgo(1) });
      await evaluation.evaluateResponses([answer.id]);
      expect(await flagOf(c.id)).toMatchObject({ status: 'active', score: 1 });
    });

    it('the sweep finds customers touched by events and answers since it last looked, and advances', async () => {
      const c = await makeCustomer(db);
      for (const d of [4, 3, 2]) await postEvent(c, 'contact', daysAgo(d));
      const quiet = await makeCustomer(db);
      await makeResponse(db, quiet.id, { metric: 'nps', score: 1, at: daysAgo(1) });
      const now = new Date(Date.now() + 60_000);
      const result = await evaluation.sweep(now);

      expect(result.touched).toBeGreaterThanOrEqual(2);
      expect(await flagOf(c.id)).toMatchObject({ status: 'active' });
      expect(await flagOf(quiet.id)).toMatchObject({ status: 'active' });
      const [{ swept_until }] = await db.query(`SELECT swept_until FROM churn_risk_sweep_state`);
      expect(new Date(swept_until).getTime()).toBe(now.getTime() - 10_000);
    });

    it('the sweep takes events from its own queue: one received long ago but not yet handled is seen, and none is handled twice', async () => {
      const now = new Date(Date.now() + 60_000);
      await evaluation.sweep(now);
      const c = await makeCustomer(db);
      const ids: string[] = [];
      for (const d of [14, 13, 12]) ids.push(await postEvent(c, 'contact', daysAgo(d)));
      // Received eleven days ago (a commit that took long, a stop of every worker): far behind where the sweep has looked.
      await db.query(`UPDATE events SET received_at = now() - interval '11 days' WHERE id = ANY($1::uuid[])`, [ids]);
      await db.query(`UPDATE event_consumer_pending SET received_at = now() - interval '11 days' WHERE event_id = ANY($1::uuid[])`, [ids]);

      const side = await Promise.all([evaluation.sweep(now), evaluation.sweep(now)]);
      expect(await flagOf(c.id)).toMatchObject({ status: 'active' });
      expect(side[0].events + side[1].events).toBe(3);
      expect(await api.app.get(EventConsumersService).pendingCount(EVENT_CONSUMERS.churnRisk)).toBe(0);
      expect((await evaluation.sweep(now)).events).toBe(0);
    });

    it('evaluating twice as of the same instant writes the same rows', async () => {
      const customers = [await makeCustomer(db), await makeCustomer(db)];
      await makeResponse(db, customers[0].id, { metric: 'nps', score: 4, at: daysAgo(2) });
      await makeFeedbackItem(db, { customerId: customers[1].id, metric: 'csat', score: 4, createdAt: daysAgo(8) });
      const ids = customers.map((c) => c.id);
      const at = new Date();
      const read = () => db.query(`SELECT * FROM customer_risk_flags WHERE customer_id = ANY($1) ORDER BY customer_id`, [ids]);

      await evaluation.evaluate(ids, at);
      const first = await read();
      await Promise.all([evaluation.evaluate(ids, at), evaluation.evaluate([...ids].reverse(), at)]);
      expect(first).toHaveLength(2);
      expect(await read()).toEqual(first);
    });
  });

  describe('lifecycle', () => {
    it('a dismissed flag leaves the list, stays away while the evidence is the same, and returns with a new signal', async () => {
      const c = await makeCustomer(db);
      await makeResponse(db, c.id, { metric: 'nps', score: 5, at: daysAgo(3) });
      await evaluation.evaluate([c.id]);
      const firstFlaggedAt = (await entryOf(c.id))!.firstFlaggedAt;

      const dismissed = await http().post(`/api/v1/at-risk-customers/${c.id}/dismiss`).set('Authorization', api.auth).expect(200);
      expect(dismissed.body).toMatchObject({ status: 'dismissed', customer: { id: c.id }, dismissedAt: expect.any(String) });
      expect(await entryOf(c.id)).toBeNull();
      // A second dismissal changes nothing.
      await http().post(`/api/v1/at-risk-customers/${c.id}/dismiss`).set('Authorization', api.auth).expect(200);

      await evaluation.evaluate([c.id]);
      expect(await entryOf(c.id)).toBeNull();
      expect(await flagOf(c.id)).toMatchObject({ status: 'dismissed' });

      const newer = await makeResponse(db, c.id, { metric: 'csat', score: 1, at: new Date() });
      await evaluation.evaluate([c.id]);
      const back = await entryOf(c.id);
      expect(back?.reasons.map((r) => r.detail.responseId)).toContain(newer.id);
      expect(new Date(back!.firstFlaggedAt).getTime()).toBeGreaterThan(new Date(firstFlaggedAt).getTime());
      expect(await flagOf(c.id)).toMatchObject({ status: 'active', dismissed_evidence: [] });
    });

    it('a flag stored with the earlier repeat-contacts evidence (eventIds, firstAt) is rewritten by its migration and can be dismissed', async () => {
      const c = await makeCustomer(db);
      for (const days of [5, 4, 3]) await postEvent(c, 'contact', daysAgo(days));
      await evaluation.evaluate([c.id]);
      const current = (await flagOf(c.id)).reasons;
      const old = current.map((r: { kind: string; detail: Record<string, any> }) => {
        if (r.kind !== 'repeat_contacts') return r;
        const { events, ...rest } = r.detail;
        return { ...r, detail: { ...rest, eventIds: events.map((e: { id: string }) => e.id), firstAt: events[0].at } };
      });
      expect(old.some((r: { detail: Record<string, unknown> }) => 'eventIds' in r.detail)).toBe(true);
      await db.query(`UPDATE customer_risk_flags SET reasons = $2 WHERE customer_id = $1`, [c.id, JSON.stringify(old)]);

      const migration = new RepeatContactEvidenceAsEvents1765600002000();
      const runner = db.createQueryRunner();
      try {
        await migration.up(runner);
        expect((await flagOf(c.id)).reasons).toEqual(current);
        await migration.down(runner);
        expect((await flagOf(c.id)).reasons).toEqual(old);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      expect((await flagOf(c.id)).reasons).toEqual(current);
      await http().post(`/api/v1/at-risk-customers/${c.id}/dismiss`).set('Authorization', api.auth).expect(200);
    });

    it('dismissing a customer who is not on the list is a 404', async () => {
      const c = await makeCustomer(db);
      const res = await http().post(`/api/v1/at-risk-customers/${c.id}/dismiss`).set('Authorization', api.auth).expect(404);
      expect(res.body.message.join(' ')).toContain('not on the at-risk list');
    });

    it('a cancellation takes the customer off the list, keeping what was seen before it', async () => {
      const c = await makeCustomer(db);
      await makeResponse(db, c.id, { metric: 'nps', score: 2, at: daysAgo(10) });
      await evaluation.evaluate([c.id]);
      expect(await entryOf(c.id)).not.toBeNull();

      await postEvent(c, 'cancellation', daysAgo(1));
      const outcome = await evaluation.evaluate([c.id]);
      expect(outcome.cleared).toBe(1);
      expect(await entryOf(c.id)).toBeNull();
      const row = await flagOf(c.id);
      expect(row).toMatchObject({ status: 'cleared', cleared_reason: 'cancelled', score: 1 });
      expect(row.reasons.map((r: { kind: string }) => r.kind)).toEqual(['detractor']);

      // A signal after cancelling does not list them again...
      await makeResponse(db, c.id, { metric: 'nps', score: 0, at: new Date(Date.now() - 3_600_000) });
      await evaluation.evaluate([c.id]);
      expect(await entryOf(c.id)).toBeNull();
      // ...and once they sign up again, only what came after the signup counts.
      await postEvent(c, 'signup', new Date(Date.now() - 60_000));
      await evaluation.evaluate([c.id]);
      expect(await entryOf(c.id)).toBeNull();
      const later = await makeResponse(db, c.id, { metric: 'csat', score: 2, at: new Date() });
      await evaluation.evaluate([c.id]);
      expect((await entryOf(c.id))?.reasons).toEqual([expect.objectContaining({ kind: 'detractor', detail: expect.objectContaining({ responseId: later.id }) })]);
    });
  });

  describe('GET /api/v1/at-risk-customers', () => {
    it('filters by reason and minScore and pages by cursor, highest score first', async () => {
      const made: CustomerRow[] = [];
      for (let i = 0; i < 5; i++) {
        const c = await makeCustomer(db);
        // Odd ones: NPS 10 → 1 (drop and detractor, score 2); even ones: CSAT 5 → 3 (drop only, score 1).
        const metric = i % 2 ? 'nps' : 'csat';
        await makeResponse(db, c.id, { metric, score: i % 2 ? 10 : 5, at: daysAgo(40) });
        await makeResponse(db, c.id, { metric, score: i % 2 ? 1 : 3, at: daysAgo(2) });
        made.push(c);
      }
      await evaluation.evaluate(made.map((c) => c.id));
      const ours = new Set(made.map((c) => c.id));

      const twos = (await listed({ minScore: 2 })).items.filter((i) => ours.has(i.customer.id));
      expect(twos.map((i) => i.customer.id).sort()).toEqual([made[1].id, made[3].id].sort());
      const drops = (await listed({ reason: 'score_drop' })).items.filter((i) => ours.has(i.customer.id));
      expect(drops).toHaveLength(5);

      const seen: Array<{ id: string; score: number }> = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listed>> = await listed({ limit: 2, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((i) => ({ id: i.customer.id, score: i.score })));
        cursor = page.nextCursor;
      } while (cursor);
      const all = (await listed()).items.map((i) => i.customer.id);
      expect(seen.map((s) => s.id)).toEqual(all);
      expect(new Set(all).size).toBe(all.length);
      expect(seen.map((s) => s.score)).toEqual([...seen.map((s) => s.score)].sort((a, b) => b - a));
    });

    it('answers 400 naming minScore, reason and cursor when they are wrong', async () => {
      for (const [query, field] of [
        [{ minScore: 9 }, 'minScore'],
        [{ reason: 'unhappy' }, 'reason'],
        [{ cursor: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000000Z', randomUUID()])).toString('base64url') }, 'cursor'],
      ] as const) {
        const res = await http().get('/api/v1/at-risk-customers').query(query).set('Authorization', api.auth).expect(400);
        expect(res.body.message.join(' ')).toContain(field);
      }
    });

    it('is forbidden to a key bound to a department, for the list, an entry and dismissal', async () => {
      const [logistics] = await db.query(`SELECT id FROM departments WHERE key = 'logistics'`);
      const { key } = await api.app.get(ApiKeysService).create('logistics-tool', null, logistics.id);
      const c = await makeCustomer(db);
      await makeResponse(db, c.id, { metric: 'nps', score: 1, at: daysAgo(1) });
      await evaluation.evaluate([c.id]);

      await http().get('/api/v1/at-risk-customers').set('Authorization', `Bearer ${key}`).expect(403);
      await http().get(`/api/v1/at-risk-customers/${c.id}`).set('Authorization', `Bearer ${key}`).expect(403);
      await http().post(`/api/v1/at-risk-customers/${c.id}/dismiss`).set('Authorization', `Bearer ${key}`).expect(403);
      expect(await flagOf(c.id)).toMatchObject({ status: 'active', dismissed_at: null });
      await http().get(`/api/v1/at-risk-customers/${c.id}`).set('Authorization', api.auth).expect(200);
    });
  });

  describe('personal data', () => {
    it('the GDPR export has the flag; erasure removes it and evaluation does not bring it back', async () => {
      const c = await makeCustomer(db);
      await makeResponse(db, c.id, { metric: 'nps', score: 1, at: daysAgo(1) });
      await evaluation.evaluate([c.id]);

      const exported = await http().get(`/api/v1/customers/${c.id}/export`).set('Authorization', api.auth).expect(200);
      expect(exported.body.churnRisk).toEqual([expect.objectContaining({ customerId: c.id, status: 'active', score: 1 })]);

      await http().delete(`/api/v1/customers/${c.id}`).set('Authorization', api.auth).expect(200);
      expect(await flagOf(c.id)).toBeNull();
      await evaluation.evaluate([c.id]);
      expect(await flagOf(c.id)).toBeNull();
    });
  });
});
