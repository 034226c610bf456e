import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { ResponsesService } from '@feedloop/responses/responses.service';
import { ThemeModelService } from '@feedloop/themes/theme-model.service';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation, Metric } from '../../test/factories/invitations';
import { makeUser } from '../../test/factories/users';
import { SmtpCapture } from '../../test/smtp-capture';
import { AccessScope } from '@feedloop/auth/access-scope';
import { FeedbackAlertsService } from './feedback-alerts.service';
import { FeedbackStatsService } from './feedback-stats.service';
import { FeedbackRepliesService } from './feedback-replies.service';
import { FeedbackRoutingService } from './feedback-routing.service';

describe('feedback routing and department inboxes', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let db: DataSource;
  let routing: FeedbackRoutingService;
  let logisticsKey: string;
  let billingKey: string;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    api = await startTestApi({ SMTP_URL: smtp.url, SMTP_FROM: 'Feedloop <feedback@feedloop.test>' });
    db = api.app.get(DataSource);
    routing = api.app.get(FeedbackRoutingService);
    const keys = api.app.get(ApiKeysService);
    const [logistics] = await db.query(`SELECT id FROM departments WHERE key = 'logistics'`);
    const [billing] = await db.query(`SELECT id FROM departments WHERE key = 'billing'`);
    logisticsKey = `Bearer ${(await keys.create('logistics tool', null, logistics.id)).key}`;
    billingKey = `Bearer ${(await keys.create('billing tool', null, billing.id)).key}`;
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  /** An answer recorded the general way (which publishes response.recorded), then routed as its job would. */
  async function answer(score: number, comment: string | null, metric: Metric = 'csat', customer?: { id: string }) {
    const c = customer ?? (await makeCustomer(api.app));
    const invitation = await makeInvitation(api.app, c.id, { metric, locale: 'pl' });
    const { responseId } = await api.app.get(ResponsesService).record({
      invitationId: invitation.id,
      surveyId: invitation.surveyId,
      customerId: c.id,
      metric,
      score,
      comment,
      source: 'web',
    });
    await routing.route(responseId);
    return { responseId, customerId: c.id, invitation };
  }

  const itemsOf = (responseId: string) =>
    db.query(
      `SELECT f.id, d.key AS department, f.reason, f.status, f.withdrawn_at,
              ARRAY(SELECT theme_key FROM feedback_item_themes t WHERE t.item_id = f.id ORDER BY theme_key) AS themes
       FROM feedback_items f JOIN departments d ON d.id = f.department_id WHERE f.response_id = $1 ORDER BY d.key`,
      [responseId],
    );

  describe('POST /api/v1/themes/classify', () => {
    it.each([
      ['Kurier spóźnił się trzy dni, paczka była zgnieciona'],
      ['kurier sie spoznil trzy dni paczka byla zgnieciona'],
    ])('finds late delivery and a damaged parcel in Polish, with or without diacritics: %s', async (text) => {
      const res = await request(api.app.getHttpServer()).post('/api/v1/themes/classify').set('Authorization', api.auth).send({ text }).expect(200);
      const keys = res.body.themes.map((t: { key: string }) => t.key);
      expect(keys).toEqual(expect.arrayContaining(['late_delivery', 'damaged_parcel']));
      expect(res.body.department).toMatchObject({ key: 'logistics' });
      for (const t of res.body.themes) expect(t.confidence).toBeGreaterThan(0);
    });

    it('classifies English: a refund that never came goes to billing', async () => {
      const res = await request(api.app.getHttpServer())
        .post('/api/v1/themes/classify')
        .set('Authorization', api.auth)
        .send({ text: 'I returned the order a month ago and I am still waiting for my refund', locale: 'en' })
        .expect(200);
      expect(res.body.themes.map((t: { key: string }) => t.key)).toContain('refund');
      expect(res.body.department.key).toBe('billing');
    });

    it('names the department the whole text points to, not only the strongest theme\'s: a defect whose complaint goes unanswered is customer service\'s', async () => {
      const text =
        'Kupiłam ekspres do kawy za 899 zł. Przez tydzień robił dobrą kawę, potem zaczął przeciekać od spodu. ' +
        'Zgłosiłam reklamację ze zdjęciami i filmem, od trzech tygodni nikt mi nie odpowiada, infolinia nie odbiera, ' +
        'a na czacie za każdym razem muszę wszystko tłumaczyć od nowa. Obiecali oddzwonić i cisza.';
      const res = await request(api.app.getHttpServer()).post('/api/v1/themes/classify').set('Authorization', api.auth).send({ text }).expect(200);
      expect(res.body.department).toMatchObject({ key: 'customer_service' });
      expect(res.body.department.confidence).toBe(res.body.departments[0].confidence);
    });

    it('names no department for praise alone', async () => {
      const res = await request(api.app.getHttpServer())
        .post('/api/v1/themes/classify')
        .set('Authorization', api.auth)
        .send({ text: 'Super obsługa, paczka przyszła następnego dnia, wszystko idealnie!' })
        .expect(200);
      expect(res.body.themes.every((t: { kind: string }) => t.kind === 'praise')).toBe(true);
      expect(res.body.department).toBeNull();
    });

    it('returns 400 naming "text" when it is missing', async () => {
      const res = await request(api.app.getHttpServer()).post('/api/v1/themes/classify').set('Authorization', api.auth).send({}).expect(400);
      expect(res.body.message.join(' ')).toMatch(/^text /);
    });
  });

  describe('routing', () => {
    it('makes one item per owning department for a dissatisfied answer with two departments\' themes, and none twice on retries', async () => {
      const { responseId } = await answer(1, 'Kurier spóźnił się trzy dni, a na fakturze był zły NIP i zła kwota');
      await routing.route(responseId);
      await db.query(`UPDATE feedback_response_routings SET response_updated_at = '2000-01-01' WHERE response_id = $1`, [responseId]);
      await routing.route(responseId);
      const items = await itemsOf(responseId);
      expect(items.map((i: { department: string }) => i.department)).toEqual(['billing', 'logistics']);
      expect(items.find((i: { department: string }) => i.department === 'logistics').themes).toContain('late_delivery');
      expect(items.find((i: { department: string }) => i.department === 'billing').themes).toContain('invoice_error');
    });

    it('routes each complaint of a two-part comment by its own clause, not only the one the whole sentence carries', async () => {
      const { responseId } = await answer(2, 'Kurier się spóźnił, a potem naliczyli mi podwójną opłatę');
      const items = await itemsOf(responseId);
      expect(items.map((i: { department: string }) => i.department)).toEqual(['billing', 'logistics']);
      expect(items.find((i: { department: string }) => i.department === 'logistics').themes).toEqual(['late_delivery']);
      expect(items.find((i: { department: string }) => i.department === 'billing').themes).toContain('unexpected_charge');
    });

    it('opens no item for a clause that reads as praise: a leaking coffee machine and an ignored complaint reach product and customer service, not logistics', async () => {
      const { responseId } = await answer(
        1,
        'Kupiłam ekspres do kawy za 899 zł. Przez tydzień robił dobrą kawę, potem zaczął przeciekać od spodu. ' +
          'Zgłosiłam reklamację ze zdjęciami i filmem, od trzech tygodni nikt mi nie odpowiada, infolinia nie odbiera, ' +
          'a na czacie za każdym razem muszę wszystko tłumaczyć od nowa. Obiecali oddzwonić i cisza.',
      );
      const items = await itemsOf(responseId);
      expect(items.map((i: { department: string }) => i.department)).toEqual(['customer_service', 'product']);
    });

    it('opens no item for a neutral clause the department head is unsure of: "ordered it on Friday, and two days later it stopped working" is product\'s alone', async () => {
      const { responseId } = await answer(1, 'Zamówiłam go w piątek, a po dwóch dniach przestał działać');
      const items = await itemsOf(responseId);
      expect(items.map((i: { department: string }) => i.department)).toEqual(['product']);
    });

    it('opens no item for a weak theme of another department than the comment\'s own: "The price went up again" is product\'s, not billing\'s', async () => {
      const { responseId } = await answer(1, 'The price went up again');
      const items = await itemsOf(responseId);
      expect(items.map((i: { department: string }) => i.department)).toEqual(['product']);
    });

    it('routes a complaint theme on a promoter score: a 9 with "kurier był spóźniony" reaches logistics', async () => {
      const { responseId } = await answer(9, 'Wszystko ok, tylko kurier był spóźniony', 'nps');
      const items = await itemsOf(responseId);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ department: 'logistics', reason: 'theme' });
    });

    it('sends a low score without a comment to the survey\'s default department, and a happy one nowhere', async () => {
      const low = await answer(2, null);
      expect(await itemsOf(low.responseId)).toEqual([expect.objectContaining({ department: 'customer_service', reason: 'score', themes: [] })]);
      const happy = await answer(5, 'Super, dziękuję!');
      expect(await itemsOf(happy.responseId)).toEqual([]);
      const [routed] = await db.query(`SELECT themes FROM feedback_response_routings WHERE response_id = $1`, [happy.responseId]);
      expect(routed.themes.map((t: { key: string }) => t.key)).toContain('praise_service');
      const stats = api.app.get(FeedbackStatsService);
      const period = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 60_000) };
      expect(await stats.praise(AccessScope.system(), period)).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'praise_service', count: 1 })]));
      const [billing] = await db.query(`SELECT id FROM departments WHERE key = 'billing'`);
      const billingHead = AccessScope.of({ id: '00000000-0000-0000-0000-000000000001', role: 'department_head', departmentId: billing.id });
      expect(await stats.praise(billingHead, period)).toEqual([]);
    });

    it('updates the items of a changed answer instead of making new ones, and withdraws the department it no longer concerns', async () => {
      const first = await answer(2, 'Paczka przyszła zniszczona');
      const [before] = await itemsOf(first.responseId);
      expect(before.department).toBe('logistics');
      await api.app.get(ResponsesService).record({
        invitationId: first.invitation.id,
        surveyId: first.invitation.surveyId,
        customerId: first.customerId,
        metric: 'csat',
        score: 2,
        comment: 'Pobrali ode mnie podwójną opłatę za zamówienie',
        source: 'web',
      });
      await routing.route(first.responseId);
      const after = await itemsOf(first.responseId);
      expect(after.find((i: { id: string }) => i.id === before.id).withdrawn_at).toBeInstanceOf(Date);
      expect(after.filter((i: { withdrawn_at: Date | null }) => !i.withdrawn_at).map((i: { department: string }) => i.department)).toEqual(['billing']);
    });

    it('adds "had to repeat" from the history: a second contact on the same case', async () => {
      const customer = await makeCustomer(api.app);
      const auth = { Authorization: api.auth };
      const post = (key: string, occurredAt: string) =>
        request(api.app.getHttpServer())
          .post('/api/v1/events')
          .set(auth)
          .send({ type: 'contact', idempotencyKey: key, customerExternalId: customer.externalId, contactChannel: 'phone', caseId: 'Z-9', occurredAt })
          .expect(201);
      await post(`${customer.externalId}-1`, new Date(Date.now() - 20 * 86_400_000).toISOString());
      const second = await post(`${customer.externalId}-2`, new Date(Date.now() - 3_600_000).toISOString());
      const invitation = await makeInvitation(api.app, customer.id, { metric: 'csat' });
      await db.query(`UPDATE invitations SET event_id = $2 WHERE id = $1`, [invitation.id, second.body.id]);
      const { responseId } = await api.app.get(ResponsesService).record({
        invitationId: invitation.id, surveyId: invitation.surveyId, customerId: customer.id, metric: 'csat', score: 1, comment: null, source: 'web',
      });
      await routing.route(responseId);
      const [item] = await itemsOf(responseId);
      expect(item).toMatchObject({ department: 'customer_service', themes: ['had_to_repeat'] });
    });

    it('queues every answer of a period for reclassification, which re-routes versions routed before', async () => {
      const from = new Date();
      const a = await answer(1, 'Paczka przyszła uszkodzona');
      const b = await answer(4, 'Dobrze');
      const server = api.app.getHttpServer();
      const queued = await request(server)
        .post('/api/v1/feedback-items/reclassify')
        .set('Authorization', api.auth)
        .send({ from: from.toISOString(), to: new Date(Date.now() + 1000).toISOString() })
        .expect(202);
      expect(queued.body).toEqual({ queued: 2 });
      await request(server).post('/api/v1/feedback-items/reclassify').set('Authorization', logisticsKey).send({ from: from.toISOString(), to: new Date().toISOString() }).expect(403);
      const bad = await request(server).post('/api/v1/feedback-items/reclassify').set('Authorization', api.auth).send({ from: '0000-01-01T00:00:00Z', to: new Date().toISOString() }).expect(400);
      expect(bad.body.message[0]).toMatch(/^from must be/);
      const [before] = await db.query(`SELECT routed_at FROM feedback_response_routings WHERE response_id = $1`, [a.responseId]);
      expect(await routing.route(a.responseId)).toBeNull();
      expect(await routing.route(a.responseId, true)).toMatchObject({ created: [], updated: [expect.any(String)] });
      const [after] = await db.query(`SELECT routed_at FROM feedback_response_routings WHERE response_id = $1`, [a.responseId]);
      expect(after.routed_at.getTime()).toBeGreaterThan(before.routed_at.getTime());
      expect(await itemsOf(b.responseId)).toEqual([]);
    });

    it('routes answers that published nothing (score links) when the sweep runs', async () => {
      const customer = await makeCustomer(api.app);
      const invitation = await makeInvitation(api.app, customer.id, { metric: 'nps' });
      const [row] = await db.query(
        `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, source, created_at, updated_at)
         VALUES ($1, $2, $3, 'nps', 3, 'email_link', now() - interval '1 minute', now() - interval '1 minute') RETURNING id`,
        [invitation.id, invitation.surveyId, customer.id],
      );
      expect(await itemsOf(row.id)).toEqual([]);
      await routing.sweep();
      expect(await itemsOf(row.id)).toHaveLength(1);
    });
  });

  describe('API and scoping', () => {
    it('lets a logistics-bound key list, read and work only logistics items: 404 for billing\'s on every route', async () => {
      const { responseId } = await answer(1, 'Kurier się spóźnił, a potem naliczyli mi podwójną opłatę');
      const items = await itemsOf(responseId);
      const logistics = items.find((i: { department: string }) => i.department === 'logistics');
      const billing = items.find((i: { department: string }) => i.department === 'billing');
      expect(logistics && billing).toBeTruthy();
      const server = api.app.getHttpServer();

      const list = await request(server).get('/api/v1/feedback-items?limit=500').set('Authorization', logisticsKey).expect(200);
      expect(list.body.items.every((i: { department: { key: string } }) => i.department.key === 'logistics')).toBe(true);
      expect(list.body.items.map((i: { id: string }) => i.id)).toContain(logistics.id);
      const asBilling = await request(server).get('/api/v1/feedback-items?department=logistics').set('Authorization', billingKey).expect(200);
      expect(asBilling.body.items).toEqual([]);

      await request(server).get(`/api/v1/feedback-items/${billing.id}`).set('Authorization', logisticsKey).expect(404);
      await request(server).patch(`/api/v1/feedback-items/${billing.id}`).set('Authorization', logisticsKey).send({ status: 'acknowledged' }).expect(404);
      await request(server).post(`/api/v1/feedback-items/${billing.id}/reroute`).set('Authorization', logisticsKey).send({ department: 'product' }).expect(404);
      await request(server).post(`/api/v1/feedback-items/${billing.id}/replies`).set('Authorization', logisticsKey).send({ body: 'x' }).expect(404);

      // The catalogue is every department's: readable, not writable, with a bound key.
      await request(server).get('/api/v1/themes').set('Authorization', logisticsKey).expect(200);
      await request(server).patch('/api/v1/themes/late_delivery').set('Authorization', logisticsKey).send({ active: false }).expect(403);
      await request(server).post('/api/v1/themes/model/retrain').set('Authorization', logisticsKey).expect(403);

      const item = await request(server).get(`/api/v1/feedback-items/${logistics.id}`).set('Authorization', logisticsKey).expect(200);
      expect(item.body).toMatchObject({
        id: logistics.id,
        department: { key: 'logistics', name: 'Logistics' },
        status: 'new',
        score: 1,
        metric: 'csat',
        comment: 'Kurier się spóźnił, a potem naliczyli mi podwójną opłatę',
        slaState: 'on_time',
        contact: expect.any(Object),
        customer: expect.objectContaining({ id: expect.any(String) }),
      });
      expect(item.body.themes[0]).toEqual(expect.objectContaining({ key: expect.any(String), confidence: expect.any(Number) }));
      expect(Date.parse(item.body.acknowledgeBy)).toBeLessThan(Date.parse(item.body.resolveBy));
    });

    it('moves an item new → acknowledged → in_progress → resolved, refuses illegal moves with 409 naming the allowed ones', async () => {
      const { responseId } = await answer(1, 'Paczka zaginęła, nikt nie wie gdzie jest');
      const [item] = await itemsOf(responseId);
      const server = api.app.getHttpServer();
      const patch = (body: object) => request(server).patch(`/api/v1/feedback-items/${item.id}`).set('Authorization', api.auth).send(body);
      await patch({ status: 'acknowledged' }).expect(200);
      const back = await patch({ status: 'new' }).expect(409);
      expect(back.body.message[0]).toMatch(/allowed: in_progress, resolved/);
      await patch({ status: 'in_progress' }).expect(200);
      const noNote = await patch({ status: 'resolved' }).expect(400);
      expect(noNote.body.message[0]).toMatch(/^resolutionNote/);
      const done = await patch({ status: 'resolved', resolutionNote: 'Paczka odnaleziona i doręczona' }).expect(200);
      expect(done.body).toMatchObject({ status: 'resolved', resolutionNote: 'Paczka odnaleziona i doręczona' });
      const bad = await request(server).get('/api/v1/feedback-items?slaState=late').set('Authorization', api.auth).expect(400);
      expect(bad.body.message.join(' ')).toMatch(/^slaState must be one of/);
    });

    it('re-routes an item, records it, and retraining on the correction changes the classifier\'s answer', async () => {
      const text = 'Zepsuła się klamka w drzwiach wejściowych budynku';
      const { responseId } = await answer(1, text);
      const [item] = await itemsOf(responseId);
      const server = api.app.getHttpServer();
      const before = (await request(server).post('/api/v1/themes/classify').set('Authorization', api.auth).send({ text }).expect(200)).body;
      const target = before.departments[0]?.key === 'billing' ? 'digital' : 'billing';
      const moved = await request(server)
        .post(`/api/v1/feedback-items/${item.id}/reroute`)
        .set('Authorization', api.auth)
        .send({ department: target, note: 'to nie nasz dział' })
        .expect(200);
      expect(moved.body).toMatchObject({ department: { key: target }, reroutedFrom: { key: item.department }, status: 'new' });
      const [example] = await db.query(`SELECT text, department_key, source FROM theme_training_examples WHERE feedback_item_id = $1`, [item.id]);
      expect(example).toEqual({ text, department_key: target, source: 'reroute' });
      // A burst of corrections would wait for the job; retraining directly swaps the model in this process.
      for (let i = 0; i < 4; i++) await db.query(`INSERT INTO theme_training_examples (text, department_key, source) VALUES ($1, $2, 'reroute')`, [text, target]);
      await api.app.get(ThemeModelService).retrain();
      const after = (await request(server).post('/api/v1/themes/classify').set('Authorization', api.auth).send({ text }).expect(200)).body;
      expect(after.modelVersion).not.toBe(before.modelVersion);
      expect(after.departments[0].key).toBe(target);
    });

    it('sends a reply that reaches the SMTP server and shows on the item', async () => {
      const customer = await makeCustomer(api.app, { locale: 'pl' });
      const { responseId } = await answer(1, 'Nikt nie odpowiada na moje maile <b>od tygodnia</b>', 'csat', customer);
      const [item] = await itemsOf(responseId);
      const server = api.app.getHttpServer();
      const reply = await request(server)
        .post(`/api/v1/feedback-items/${item.id}/replies`)
        .set('Authorization', api.auth)
        .send({ body: 'Przepraszamy za zwłokę. Odpisaliśmy na Twoje wiadomości.' })
        .expect(201);
      expect(reply.body).toMatchObject({ channel: 'email', status: 'queued', locale: 'pl' });
      await api.app.get(FeedbackRepliesService).send(reply.body.id, false);
      const mail = smtp.messages.find((m) => m.to.includes(customer.email!));
      expect(mail).toBeDefined();
      expect(mail!.parsed.subject).toBe('Odpowiedź w sprawie Twojej opinii');
      expect(mail!.parsed.text).toContain('Przepraszamy za zwłokę.');
      expect(String(mail!.parsed.html)).toContain('&lt;b&gt;od tygodnia&lt;/b&gt;');
      const detail = await request(server).get(`/api/v1/feedback-items/${item.id}`).set('Authorization', api.auth).expect(200);
      expect(detail.body.replies[0]).toMatchObject({ status: 'sent', body: 'Przepraszamy za zwłokę. Odpisaliśmy na Twoje wiadomości.' });
      expect(detail.body.activity.map((a: { kind: string }) => a.kind)).toEqual(expect.arrayContaining(['created', 'reply_queued', 'reply_sent']));

      const timeline = await request(server).get(`/api/v1/customers/${customer.id}/timeline`).set('Authorization', api.auth).expect(200);
      expect(timeline.body.items.map((i: { kind: string }) => i.kind)).toEqual(['reply', 'feedback_item', 'response', 'invitation']);
      expect(timeline.body.items[0].reply).toMatchObject({ itemId: item.id, status: 'sent', channel: 'email' });
      expect(timeline.body.items[1].feedbackItem).toMatchObject({ id: item.id, department: { key: item.department } });
      // A key bound to another department sees the answer but not that department's item or reply.
      const otherKey = item.department === 'billing' ? logisticsKey : billingKey;
      const scoped = await request(server).get(`/api/v1/customers/${customer.id}/timeline`).set('Authorization', otherKey).expect(200);
      expect(scoped.body.items.map((i: { kind: string }) => i.kind)).toEqual(['response', 'invitation']);
    });

    it('alerts the department\'s heads once when an item breaches its SLA', async () => {
      await makeUser(api.app, { email: 'szef.logistyki@example.com', role: 'department_head', department: 'logistics', locale: 'pl' });
      const { responseId } = await answer(1, 'Kurier zostawił paczkę pod drzwiami i była mokra');
      const [item] = await itemsOf(responseId);
      await db.query(`UPDATE feedback_items SET acknowledge_by = now() - interval '1 minute' WHERE id = $1`, [item.id]);
      const alerts = api.app.get(FeedbackAlertsService);
      expect(await alerts.alertBreaches()).toBeGreaterThanOrEqual(1);
      expect(await alerts.alertBreaches()).toBe(0);
      const mails = smtp.messages.filter((m) => m.to.includes('szef.logistyki@example.com'));
      expect(mails).toHaveLength(1);
      expect(mails[0].parsed.subject).toMatch(/przekroczony termin SLA/);
      expect(mails[0].parsed.text).toContain(`/inbox/${item.id}`);
    });
  });
});
