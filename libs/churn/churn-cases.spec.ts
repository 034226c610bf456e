import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { UsersService } from '@feedloop/auth/users.service';
import { EVENT_CONSUMERS, EventConsumersService } from '@feedloop/events/event-consumers.service';
import { SurveyDispatchService } from '@feedloop/surveys/survey-dispatch.service';
import { SurveySchedulingService } from '@feedloop/surveys/survey-scheduling.service';
import { TestApi, startTestApi } from '../../test/api';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { makeUser } from '../../test/factories/users';
import { SmtpCapture } from '../../test/smtp-capture';
import { ChurnEventsConsumer } from './churn-events.consumer';
import { ChurnInterviewRouting } from './churn-interview-routing';

const PUBLIC_URL = 'https://feedback.example.com';

describe('churn cases and exit interviews', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let db: DataSource;
  let logisticsKey: string;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    // Workers off: each test runs the consumers and jobs itself, in the order it asserts on.
    api = await startTestApi({ PUBLIC_URL, SMTP_URL: smtp.url, SMTP_FROM: 'Feedloop <ankiety@feedloop.test>' });
    db = api.app.get(DataSource);
    const [logistics] = await db.query(`SELECT id FROM departments WHERE key = 'logistics'`);
    logisticsKey = `Bearer ${(await api.app.get(ApiKeysService).create('logistics tool', null, logistics.id)).key}`;
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const http = () => request(api.app.getHttpServer());
  const casesOf = (customerId: string) => db.query(`SELECT * FROM churn_cases WHERE customer_id = $1 ORDER BY created_at`, [customerId]);

  async function postEvent(body: Record<string, unknown>, expected = 201) {
    const res = await http().post('/api/v1/events').set('authorization', api.auth).send(body);
    expect(res.status).toBe(expected);
    return res.body as { id: string };
  }

  function cancellation(customer: CustomerRow, overrides: Record<string, unknown> = {}) {
    return {
      type: 'cancellation',
      idempotencyKey: `cancel-${randomBytes(6).toString('hex')}`,
      customerExternalId: customer.externalId,
      occurredAt: new Date().toISOString(),
      reason: 'za drogo',
      plan: 'pro',
      ...overrides,
    };
  }

  /** What the workers would do within seconds: both event consumers, then the send jobs the churn consumer queued. */
  async function runWorkers(): Promise<void> {
    await api.app.get(SurveySchedulingService).drain();
    await api.app.get(ChurnEventsConsumer).drain();
    const jobs: Array<{ id: string; data: { invitationId: string } }> = await db.query(
      `SELECT id, data FROM pgboss.job WHERE name = 'surveys.send-invitation' AND state = 'created'`,
    );
    if (jobs.length) {
      await api.app.get(SurveyDispatchService).sendBatch(jobs.map((j) => ({ jobId: j.id, invitationId: j.data.invitationId, lastAttempt: false })));
      await db.query(`UPDATE pgboss.job SET state = 'completed' WHERE id = ANY($1::uuid[])`, [jobs.map((j) => j.id)]);
    }
  }

  async function openManually(customer: CustomerRow, body: Record<string, unknown> = {}, expected = 201) {
    const res = await http().post('/api/v1/churn-cases').set('authorization', api.auth).send({ customerExternalId: customer.externalId, reason: 'by phone', ...body });
    expect(res.status).toBe(expected);
    return res.body;
  }

  const itemsOfCase = (caseId: string) =>
    db.query(
      `SELECT f.id, d.key AS department, f.reason, f.comment,
              ARRAY(SELECT theme_key FROM feedback_item_themes t WHERE t.item_id = f.id ORDER BY theme_key) AS themes
       FROM feedback_items f JOIN departments d ON d.id = f.department_id WHERE f.churn_case_id = $1 AND f.withdrawn_at IS NULL ORDER BY d.key`,
      [caseId],
    );

  describe('a cancellation event', () => {
    it('opens one case and e-mails the exit survey at once, although the customer was surveyed yesterday', async () => {
      const customer = await makeCustomer(api.app, { attributes: { monthlyRevenue: 80 } });
      const [postContact] = await db.query(`SELECT id FROM surveys WHERE kind = 'post_contact'`);
      await db.query(
        `INSERT INTO invitations (survey_id, customer_id, locale, token, status, channel, due_at, sent_at, expires_at)
         VALUES ($1, $2, 'pl', $3, 'sent', 'email', now() - interval '1 day', now() - interval '1 day', now() + interval '6 days')`,
        [postContact.id, customer.id, randomBytes(24).toString('base64url')],
      );

      await postEvent(cancellation(customer, { monthlyRevenue: 129.9 }));
      await runWorkers();

      const cases = await casesOf(customer.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ source: 'event', status: 'open', value_at_risk: '129.90', plan: 'pro', recorded_reason: 'za drogo' });
      const [invitation] = await db.query(`SELECT * FROM invitations WHERE id = $1`, [cases[0].exit_invitation_id]);
      expect(invitation).toMatchObject({ status: 'sent', channel: 'email' });
      const mails = smtp.messages.filter((m) => m.to.includes(customer.email!));
      expect(mails).toHaveLength(1);
      expect(mails[0].parsed.subject).toMatch(/odchodzisz/);
      expect(mails[0].parsed.text).toContain(`${PUBLIC_URL}/s/${invitation.token}`);
      expect(mails[0].parsed.html).not.toContain('?score=');
    });

    it('opens nothing for a customer erased before the cancellation was handled, and takes it off the queue', async () => {
      const customer = await makeCustomer(api.app);
      await postEvent(cancellation(customer));
      await http().delete(`/api/v1/customers/${customer.id}`).set('authorization', api.auth).expect((res) => expect(res.status).toBeLessThan(300));
      await runWorkers();
      expect(await casesOf(customer.id)).toHaveLength(0);
      expect(await api.app.get(EventConsumersService).pendingCount(EVENT_CONSUMERS.churnCases)).toBe(0);
    });

    it('takes the customer\'s attributes.monthlyRevenue when the event has none', async () => {
      const customer = await makeCustomer(api.app, { attributes: { monthlyRevenue: '45.5', segment: 'home' } });
      await postEvent(cancellation(customer));
      await runWorkers();
      expect((await casesOf(customer.id))[0].value_at_risk).toBe('45.50');
    });

    it('opens the case without a value when the attribute rounds past what a case can hold', async () => {
      const customer = await makeCustomer(api.app, { attributes: { monthlyRevenue: '999999999999.999' } });
      await postEvent(cancellation(customer));
      await runWorkers();
      const cases = await casesOf(customer.id);
      expect(cases).toHaveLength(1);
      expect(cases[0].value_at_risk).toBeNull();
    });

    it('never makes a second case: a repeated event, or a second cancellation while the case is open, joins it', async () => {
      const customer = await makeCustomer(api.app);
      const first = cancellation(customer);
      await postEvent(first);
      await postEvent(first, 200);
      await runWorkers();
      await postEvent(cancellation(customer, { reason: 'jednak na pewno' }));
      await runWorkers();
      // As if a worker had crashed before taking the event off the churn queue: handled again, nothing new.
      await db.query(
        `INSERT INTO event_consumer_pending (consumer, received_at, event_id) SELECT 'churn_cases', received_at, id FROM events WHERE idempotency_key = $1`,
        [first.idempotencyKey],
      );
      await runWorkers();

      const cases = await casesOf(customer.id);
      expect(cases).toHaveLength(1);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM churn_case_events WHERE case_id = $1`, [cases[0].id]);
      expect(n).toBe(2);
      const [{ exits }] = await db.query(
        `SELECT count(*)::int AS exits FROM invitations i JOIN surveys s ON s.id = i.survey_id WHERE i.customer_id = $1 AND s.kind = 'exit'`,
        [customer.id],
      );
      expect(exits).toBe(1);
    });
  });

  describe('the exit interview page', () => {
    it('fills the case\'s interview and routes its reasons and comment to the departments, once', async () => {
      const customer = await makeCustomer(api.app, { locale: 'pl' });
      await postEvent(cancellation(customer));
      await runWorkers();
      const [churnCase] = await casesOf(customer.id);
      const [{ token }] = await db.query(`SELECT token FROM invitations WHERE id = $1`, [churnCase.exit_invitation_id]);

      const link = await http().get(`/s/${token}`).expect(303);
      expect(link.headers.location).toBe(`${token}/exit`);
      const page = await http().get(`/s/${token}/exit`).expect(200);
      expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(page.text).toContain('<legend>Jaki jest główny powód rezygnacji?</legend>');
      expect(page.text).toContain('name="primaryReason" id="primary-delivery_problems"');
      expect(page.text).not.toContain('<script');

      const missing = await http().post(`/s/${token}/exit`).type('form').send({ comment: 'bez powodu' }).expect(400);
      expect(missing.text).toContain('<p class="error" id="primary-error">Wybierz główny powód.</p>');
      expect(missing.text).toContain('bez powodu</textarea>');
      expect((await casesOf(customer.id))[0].interview_primary_reason).toBeNull();

      const comment = 'Kurier spóźnił się trzy dni, paczka była zgnieciona';
      const sent = await http()
        .post(`/s/${token}/exit`)
        .type('form')
        .send(`primaryReason=delivery_problems&secondaryReasons=poor_service&secondaryReasons=moving&destination=competitor&competitor=Netia&mightReturn=maybe&comment=${encodeURIComponent(comment)}`)
        .expect(303);
      expect(sent.headers.location).toBe('exit/thanks');
      await http().get(`/s/${token}/exit/thanks`).expect(200);

      const [stored] = await casesOf(customer.id);
      expect(stored).toMatchObject({
        interview_primary_reason: 'delivery_problems',
        interview_secondary_reasons: ['poor_service', 'moving'],
        interview_destination: 'competitor',
        interview_competitor: 'Netia',
        interview_might_return: 'maybe',
        interview_comment: comment,
        interview_source: 'survey',
      });
      const [{ status }] = await db.query(`SELECT status FROM invitations WHERE id = $1`, [churnCase.exit_invitation_id]);
      expect(status).toBe('answered');
      const queued = await db.query(`SELECT data FROM pgboss.job WHERE name = 'churn.route-exit-interview' AND data->>'caseId' = $1`, [churnCase.id]);
      expect(queued.length).toBeGreaterThan(0);

      const routing = api.app.get(ChurnInterviewRouting);
      await routing.route(churnCase.id);
      const items = await itemsOfCase(churnCase.id);
      expect(items.map((i: { department: string }) => i.department)).toEqual(['customer_service', 'logistics']);
      const logistics = items.find((i: { department: string }) => i.department === 'logistics');
      expect(logistics).toMatchObject({ reason: 'exit_interview', comment });
      expect(logistics.themes).toEqual(expect.arrayContaining(['late_delivery']));
      // A retried job makes nothing twice.
      const again = await routing.route(churnCase.id);
      expect(again!.created).toEqual([]);
      expect((await itemsOfCase(churnCase.id)).map((i: { id: string }) => i.id)).toEqual(items.map((i: { id: string }) => i.id));
      // The logistics department sees the exit comment in its inbox.
      const inbox = await http().get(`/api/v1/feedback-items?customerId=${customer.id}`).set('authorization', logisticsKey).expect(200);
      expect(inbox.body.items).toHaveLength(1);
      expect(inbox.body.items[0]).toMatchObject({ reason: 'exit_interview', score: null, churnCaseId: churnCase.id, responseId: null });
    });
  });

  describe('POST /api/v1/churn-cases and its interview', () => {
    it('moves an open case to contacted once when two calls are logged at the same moment', async () => {
      const customer = await makeCustomer(api.app);
      const opened = await openManually(customer);
      const call = (body: string) => http().post(`/api/v1/churn-cases/${opened.id}/activities`).set('authorization', api.auth).send({ kind: 'call', body }).expect(201);
      await Promise.all([call('First line'), call('Second line')]);
      const changes = await db.query(`SELECT data FROM churn_case_activities WHERE case_id = $1 AND kind = 'status_changed'`, [opened.id]);
      expect(changes.map((c: { data: Record<string, string> }) => c.data)).toEqual([{ from: 'open', to: 'contacted' }]);
    });

    it('shows the customer\'s last contacts however many other events came after them', async () => {
      const customer = await makeCustomer(api.app);
      const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
      const contact = await postEvent({
        type: 'contact',
        idempotencyKey: `contact-${randomBytes(6).toString('hex')}`,
        customerExternalId: customer.externalId,
        occurredAt: at(3),
        contactChannel: 'phone',
      });
      const signups = Array.from({ length: 60 }, (_, i) => ({
        type: 'signup',
        idempotencyKey: `signup-${i}-${randomBytes(6).toString('hex')}`,
        customerExternalId: customer.externalId,
        occurredAt: at(1),
      }));
      await http().post('/api/v1/events').set('authorization', api.auth).send(signups).expect(200);
      const opened = await openManually(customer);
      expect(opened.lastContacts.map((c: { id: string }) => c.id)).toEqual([contact.id]);
    });

    it('opens a case for a phone cancellation, records the agent\'s interview, and routes a price complaint to product', async () => {
      const customer = await makeCustomer(api.app);
      const agent = await makeUser(api.app, { role: 'retention_agent' });
      const opened = await openManually(customer, { monthlyRevenue: 59.99 });
      expect(opened).toMatchObject({ status: 'open', source: 'manual', valueAtRisk: 59.99, recordedReason: 'by phone', interview: null, customer: { externalId: customer.externalId } });
      expect(opened.firstContactBreached).toBe(false);
      expect(new Date(opened.firstContactDue).getTime() - new Date(opened.createdAt).getTime()).toBeCloseTo(24 * 3_600_000, -4);
      // The same customer again: the open case, not a second one.
      const joined = await openManually(customer, {}, 200);
      expect(joined.id).toBe(opened.id);

      const res = await http()
        .post(`/api/v1/churn-cases/${opened.id}/interview`)
        .set('authorization', api.auth)
        .send({ primaryReason: 'too_expensive', secondaryReasons: ['missing_features'], destination: 'no_replacement', mightReturn: 'yes', comment: 'The price went up again', authorId: agent.id })
        .expect(200);
      expect(res.body.interview).toMatchObject({
        primaryReason: 'too_expensive',
        secondaryReasons: ['missing_features'],
        destination: 'no_replacement',
        competitor: null,
        mightReturn: 'yes',
        comment: 'The price went up again',
        source: 'agent',
        recordedBy: agent.id,
      });
      await http().post(`/api/v1/churn-cases/${opened.id}/interview`).set('authorization', api.auth).send({ primaryReason: 'cheap' }).expect(400);

      await api.app.get(ChurnInterviewRouting).route(opened.id);
      const items = await itemsOfCase(opened.id);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ department: 'product' });
      expect(items[0].themes).toEqual(expect.arrayContaining(['missing_feature', 'price_too_high']));
    });

    it('routes an exit comment by the same decision as a survey comment: each complaint of a two-part comment by its own clause', async () => {
      const customer = await makeCustomer(api.app);
      const opened = await openManually(customer, {});
      // "moving" routes nowhere by itself: whatever opens comes from the comment.
      await http()
        .post(`/api/v1/churn-cases/${opened.id}/interview`)
        .set('authorization', api.auth)
        .send({ primaryReason: 'moving', comment: 'Kurier się spóźnił, a potem naliczyli mi podwójną opłatę' })
        .expect(200);
      await api.app.get(ChurnInterviewRouting).route(opened.id);
      const items: Array<{ department: string; themes: string[] }> = await itemsOfCase(opened.id);
      expect(items.map((i) => i.department)).toEqual(['billing', 'logistics']);
      expect(items.find((i) => i.department === 'logistics')!.themes).toEqual(['late_delivery']);
      expect(items.find((i) => i.department === 'billing')!.themes).toContain('unexpected_charge');
    });

    it('answers 422 for an unknown customer and 400 naming a bad field', async () => {
      await http().post('/api/v1/churn-cases').set('authorization', api.auth).send({ customerExternalId: 'nobody-here' }).expect(422);
      const bad = await http().post('/api/v1/churn-cases').set('authorization', api.auth).send({ customerExternalId: 'x', monthlyRevenue: -1 }).expect(400);
      expect(bad.body.message.join(' ')).toMatch(/monthlyRevenue must not be less than 0/);
    });
  });

  describe('status changes, activities and offers', () => {
    it('refuses illegal transitions with 409 naming the allowed ones, and records the offer that won the customer back', async () => {
      const customer = await makeCustomer(api.app);
      const c = await openManually(customer);
      const patch = (body: Record<string, unknown>) => http().patch(`/api/v1/churn-cases/${c.id}`).set('authorization', api.auth).send(body);

      const illegal = await patch({ status: 'won_back' }).expect(409);
      expect(illegal.body.message.join(' ')).toBe('status cannot change from open to won_back; allowed: contacted, lost');
      const noReason = await patch({ status: 'lost' }).expect(400);
      expect(noReason.body.message.join(' ')).toMatch(/lostReason is required/);

      await http().post(`/api/v1/churn-cases/${c.id}/activities`).set('authorization', api.auth).send({ kind: 'call', body: 'Called, she is unhappy with the price' }).expect(201);
      const [types] = [(await http().get('/api/v1/churn-offer-types').set('authorization', api.auth).expect(200)).body];
      const discount = types.find((t: { key: string }) => t.key === 'discount');
      const offer = await http()
        .post(`/api/v1/churn-cases/${c.id}/activities`)
        .set('authorization', api.auth)
        .send({ kind: 'offer', offerTypeId: discount.id, body: '20% for 6 months' })
        .expect(201);
      expect(offer.body).toMatchObject({ kind: 'offer', data: { offerType: 'discount', outcome: 'pending' } });

      const current = (await http().get(`/api/v1/churn-cases/${c.id}`).set('authorization', api.auth).expect(200)).body;
      expect(current.status).toBe('offer_made');
      expect(current.firstContactedAt).not.toBeNull();
      expect(current.activities.map((a: { kind: string }) => a.kind)).toEqual(['opened', 'status_changed', 'call', 'status_changed', 'offer']);

      // An offer that is not this case's is refused, and nothing is written for it.
      const strangerOffer = await http()
        .patch(`/api/v1/churn-cases/${c.id}/offers/${randomUUID()}`)
        .set('authorization', api.auth)
        .send({ outcome: 'declined' })
        .expect(404);
      expect(JSON.stringify(strangerOffer.body)).toMatch(/offer/i);
      const afterStranger = (await http().get(`/api/v1/churn-cases/${c.id}`).set('authorization', api.auth).expect(200)).body;
      expect(afterStranger.activities).toHaveLength(current.activities.length);

      const won = await patch({ status: 'won_back', wonOfferId: offer.body.data.offerId }).expect(200);
      expect(won.body).toMatchObject({ status: 'won_back', wonOffer: { id: offer.body.data.offerId, outcome: 'accepted', offerType: { key: 'discount' } } });
      const closed = await patch({ status: 'lost', lostReason: 'changed her mind' }).expect(409);
      expect(closed.body.message.join(' ')).toBe('status cannot change from won_back to lost; allowed: none');

      const list = await http().get(`/api/v1/churn-cases?customerExternalId=${customer.externalId}`).set('authorization', api.auth).expect(200);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0].wonOffer).toMatchObject({ offerType: { key: 'discount' }, details: '20% for 6 months' });
    });

    it('pages the list with a cursor and filters by status', async () => {
      const first = await http().get('/api/v1/churn-cases?limit=1&status=active').set('authorization', api.auth).expect(200);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await http().get(`/api/v1/churn-cases?limit=1&status=active&cursor=${first.body.nextCursor}`).set('authorization', api.auth).expect(200);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      await http().get('/api/v1/churn-cases?cursor=forged').set('authorization', api.auth).expect(400);
    });

    it('manages offer types', async () => {
      const created = await http().post('/api/v1/churn-offer-types').set('authorization', api.auth).send({ key: 'free_month', name: 'A free month' }).expect(201);
      await http().post('/api/v1/churn-offer-types').set('authorization', api.auth).send({ key: 'free_month', name: 'Again' }).expect(409);
      const off = await http().patch(`/api/v1/churn-offer-types/${created.body.id}`).set('authorization', api.auth).send({ active: false }).expect(200);
      expect(off.body).toMatchObject({ key: 'free_month', active: false });
    });
  });

  describe('round-robin assignment', () => {
    it('takes the active retention agents in turn and skips one who was disabled', async () => {
      const agents = await Promise.all([1, 2, 3].map(() => makeUser(api.app, { role: 'retention_agent' })));
      const ids = agents.map((a) => a.id).sort();
      // Agents made by earlier tests of this file take turns too.
      const all = (await api.app.get(UsersService).retentionAgents()).map((u) => u.id);
      const owners: string[] = [];
      for (let i = 0; i < 4; i++) owners.push((await openManually(await makeCustomer(api.app))).owner.id);
      const start = all.indexOf(owners[0]);
      expect(owners).toEqual([0, 1, 2, 3].map((i) => all[(start + i) % all.length]));

      await api.app.get(UsersService).disable(owners[1]);
      const active = all.filter((id) => id !== owners[1]);
      const later: string[] = [];
      for (let i = 0; i < active.length + 1; i++) later.push((await openManually(await makeCustomer(api.app))).owner.id);
      expect(later).not.toContain(owners[1]);
      expect(new Set(later.slice(0, active.length))).toEqual(new Set(active));
      for (const id of ids) expect([...owners, ...later]).toContain(id);
    });
  });

  describe('GET /api/v1/churn-analytics', () => {
    it('gives count, value at risk, won back, lost and win-back rate per group, as computed by hand', async () => {
      const customer = async (attributes: Record<string, string>) => (await makeCustomer(api.app, { attributes })).id;
      const a = await customer({ segment: 'business' });
      const b = await customer({ segment: 'business' });
      const c = await customer({ segment: 'home' });
      const d = await customer({});
      const e = await customer({ segment: 'home' });
      const insert = (row: unknown[]) =>
        db.query(
          `INSERT INTO churn_cases (customer_id, source, status, plan, value_at_risk, customer_since, cancelled_at, first_contact_due,
                                    interview_primary_reason, interview_destination, interview_competitor, interview_recorded_at, lost_reason, closed_at)
           VALUES ($1, 'manual', $2, $3, $4, $5, $6, $6, $7, $8, $9, CASE WHEN $7::text IS NULL THEN NULL ELSE now() END,
                   CASE WHEN $2 = 'lost' THEN 'gone' END, CASE WHEN $2 IN ('won_back', 'lost') THEN now() END)`,
          row,
        );
      // The period is March 2020; nothing else in this file is that old.
      await insert([a, 'won_back', 'pro', 100.1, '2020-01-15T00:00:00Z', '2020-03-10T12:00:00Z', 'too_expensive', null, null]); // tenure 1 month: <3m
      await insert([b, 'lost', 'pro', 49.95, '2019-06-01T00:00:00Z', '2020-03-11T12:00:00Z', 'too_expensive', null, null]); // 9 months: 3-12m
      await insert([c, 'lost', 'basic', null, '2018-01-01T00:00:00Z', '2020-03-12T12:00:00Z', 'delivery_problems', 'competitor', 'Netia']); // 26 months: 2y+
      await insert([d, 'open', 'basic', 30, '2018-09-01T00:00:00Z', '2020-03-13T12:00:00Z', 'delivery_problems', 'competitor', ' netia ']); // 18 months: 1-2y
      await insert([e, 'won_back', null, 20.5, null, '2020-03-14T12:00:00Z', null, null, null]); // no interview, tenure unknown
      await insert([a, 'lost', 'pro', 999, '2020-01-15T00:00:00Z', '2020-04-01T00:00:00Z', 'too_expensive', null, null]); // outside [from, to)

      const get = async (groupBy: string) =>
        (await http().get(`/api/v1/churn-analytics?from=2020-03-01&to=2020-04-01&groupBy=${groupBy}`).set('authorization', api.auth).expect(200)).body;
      const row = (key: string | null, count: number, valueAtRisk: number, wonBack: number, lost: number, winBackRate: number | null) => ({ key, count, valueAtRisk, wonBack, lost, winBackRate });

      // too_expensive: cases a (won back, 100.10) and b (lost, 49.95): 150.05, 1/(1+1) = 0.5.
      // delivery_problems: c (lost, no value: 0) and d (open, 30): 30, 0/(0+1) = 0. No interview: e (won back, 20.50): 1/1 = 1.
      const byReason = await get('reason');
      expect(byReason.groups).toEqual([row('delivery_problems', 2, 30, 0, 1, 0), row('too_expensive', 2, 150.05, 1, 1, 0.5), row(null, 1, 20.5, 1, 0, 1)]);
      // All five: 100.10 + 49.95 + 30 + 20.50 = 200.55; 2 won back, 2 lost: 0.5.
      expect(byReason.total).toEqual(row(null, 5, 200.55, 2, 2, 0.5));
      // netia: c and d (spelling aside): 0 + 30; 0 won, 1 lost. Others: a, b, e: 170.55, 2/(2+1) = 0.667.
      expect((await get('competitor')).groups).toEqual([row(null, 3, 170.55, 2, 1, 0.667), row('netia', 2, 30, 0, 1, 0)]);
      // business: a, b: 150.05, 1/2. home: c, e: 20.50, 1/2. None: d: 30, nothing closed.
      expect((await get('segment')).groups).toEqual([row('business', 2, 150.05, 1, 1, 0.5), row('home', 2, 20.5, 1, 1, 0.5), row(null, 1, 30, 0, 0, null)]);
      expect((await get('plan')).groups).toEqual([row('basic', 2, 30, 0, 1, 0), row('pro', 2, 150.05, 1, 1, 0.5), row(null, 1, 20.5, 1, 0, 1)]);
      expect((await get('tenureBand')).groups).toEqual([
        row('1-2y', 1, 30, 0, 0, null),
        row('2y+', 1, 0, 0, 1, 0),
        row('3-12m', 1, 49.95, 0, 1, 0),
        row('<3m', 1, 100.1, 1, 0, 1),
        row(null, 1, 20.5, 1, 0, 1),
      ]);
      await http().get('/api/v1/churn-analytics?from=2020-03-01&to=2020-04-01&groupBy=colour').set('authorization', api.auth).expect(400);
    });
  });

  describe('scoping', () => {
    it('gives a key bound to a department 403 on every churn route, and hides churn entries from its timeline', async () => {
      const customer = await makeCustomer(api.app);
      const c = await openManually(customer);
      await http().post(`/api/v1/churn-cases/${c.id}/activities`).set('authorization', api.auth).send({ kind: 'note', body: 'Left a voicemail' }).expect(201);
      for (const req of [
        http().get('/api/v1/churn-cases'),
        http().get(`/api/v1/churn-cases/${c.id}`),
        http().patch(`/api/v1/churn-cases/${c.id}`).send({ status: 'contacted' }),
        http().post('/api/v1/churn-cases').send({ customerExternalId: customer.externalId }),
        http().post(`/api/v1/churn-cases/${c.id}/interview`).send({ primaryReason: 'moving' }),
        http().post(`/api/v1/churn-cases/${c.id}/activities`).send({ kind: 'note', body: 'x' }),
        http().get('/api/v1/churn-offer-types'),
        http().post('/api/v1/churn-offer-types').send({ key: 'bound_key_offer', name: 'Not for a department' }),
        http().get('/api/v1/churn-analytics?from=2020-01-01&to=2020-02-01'),
      ]) {
        await req.set('authorization', logisticsKey).expect(403);
      }
      const kinds = async (auth: string) =>
        (await http().get(`/api/v1/customers/${customer.id}/timeline`).set('authorization', auth).expect(200)).body.items.map((i: { kind: string }) => i.kind);
      expect(await kinds(api.auth)).toEqual(expect.arrayContaining(['churn_case', 'churn_activity']));
      const headView = await kinds(logisticsKey);
      expect(headView).not.toContain('churn_case');
      expect(headView).not.toContain('churn_activity');
      const [{ status }] = await casesOf(customer.id);
      expect(status).toBe('open');
    });
  });

  describe('GDPR', () => {
    it('exports cases, interviews and activities, and erasure clears their free text', async () => {
      const customer = await makeCustomer(api.app);
      const c = await openManually(customer, { reason: 'Moving to Gdańsk with my husband' });
      await http().post(`/api/v1/churn-cases/${c.id}/activities`).set('authorization', api.auth).send({ kind: 'call', body: 'Spoke with Anna about her move' }).expect(201);
      await http()
        .post(`/api/v1/churn-cases/${c.id}/interview`)
        .set('authorization', api.auth)
        .send({ primaryReason: 'moving', destination: 'competitor', competitor: 'Local Co', comment: 'My new flat is at Długa 5' })
        .expect(200);

      const exported = (await http().get(`/api/v1/customers/${customer.id}/export`).set('authorization', api.auth).expect(200)).body;
      const section = exported.churnCases;
      expect(JSON.stringify(section)).toContain('My new flat is at Długa 5');
      expect(JSON.stringify(section)).toContain('Spoke with Anna about her move');
      expect(JSON.stringify(section)).toContain('Moving to Gdańsk');

      await http().delete(`/api/v1/customers/${customer.id}`).set('authorization', api.auth).expect((res) => expect(res.status).toBeLessThan(300));
      const [erased] = await casesOf(customer.id);
      expect(erased).toMatchObject({ recorded_reason: null, interview_comment: null, interview_competitor: null, interview_primary_reason: 'moving' });
      const bodies = await db.query(`SELECT body FROM churn_case_activities WHERE case_id = $1 AND body IS NOT NULL`, [c.id]);
      expect(bodies).toEqual([]);
    });
  });
});
