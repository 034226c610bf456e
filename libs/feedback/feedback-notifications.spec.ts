import request from 'supertest';
import { DataSource } from 'typeorm';
import { CustomerPrivacyService } from '@feedloop/customers/customer-privacy.service';
import { ResponsesService } from '@feedloop/responses/responses.service';
import { SmsRepliesService } from '@feedloop/responses/sms-replies.service';
import { UsersService } from '@feedloop/auth/users.service';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';
import { makeUser } from '../../test/factories/users';
import { LoopbackWebhookReceiver } from '../../test/loopback-webhook-receiver';
import { SmtpCapture } from '../../test/smtp-capture';
import { until } from '../../test/wait';
import { FeedbackAlertsService } from './feedback-alerts.service';
import { FeedbackRoutingService } from './feedback-routing.service';

/** With workers on: routing happens in its pg-boss job, as in production. */
describe('feedback items: jobs, webhooks, digests and erasure', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let receiver: LoopbackWebhookReceiver;
  let db: DataSource;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    receiver = await LoopbackWebhookReceiver.start();
    api = await startTestApi({ WORKERS: 'on', SMTP_URL: smtp.url, WEBHOOK_RETRY_BASE_SECONDS: '0.1' });
    db = api.app.get(DataSource);
    await request(api.app.getHttpServer())
      .post('/api/v1/webhooks')
      .set('Authorization', api.auth)
      .send({ url: receiver.url, events: ['feedback_item.created', 'feedback_item.resolved'] })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await receiver?.close();
    await smtp?.close();
  });

  /** A CSAT 1 with this comment from a new customer, recorded and routed as its job would. */
  async function routedComplaint(comment: string) {
    const customer = await makeCustomer(api.app);
    const invitation = await makeInvitation(api.app, customer.id, { metric: 'csat' });
    const { responseId } = await api.app.get(ResponsesService).record({
      invitationId: invitation.id, surveyId: invitation.surveyId, customerId: customer.id, metric: 'csat', score: 1, comment, source: 'web',
    });
    await api.app.get(FeedbackRoutingService).route(responseId);
    return customer;
  }

  const itemsOfCustomer = (customerId: string) =>
    db.query(`SELECT f.id, d.key AS department, f.comment FROM feedback_items f JOIN departments d ON d.id = f.department_id WHERE f.customer_id = $1`, [customerId]);

  it('routes an SMS reply in its job and announces the item to webhooks, then its resolution', async () => {
    const customer = await makeCustomer(api.app, { phone: '+48601999001' });
    const invitation = await makeInvitation(api.app, customer.id, { channel: 'sms', metric: 'nps' });
    const outcome = await api.app.get(SmsRepliesService).handleInbound({
      from: '+48601999001',
      text: '3 paczka zaginela, kurier nie odbiera telefonu',
      receivedAt: new Date(),
      externalId: null,
    });
    expect(outcome).toMatchObject({ outcome: 'recorded', invitationId: invitation.id });
    const items = await until('the routed feedback item', () => itemsOfCustomer(customer.id), (rows) => rows.length > 0, 20_000);
    expect(items).toEqual([expect.objectContaining({ department: 'logistics', comment: 'paczka zaginela, kurier nie odbiera telefonu' })]);

    await receiver.until(() => receiver.events().some((e) => e.type === 'feedback_item.created' && e.feedbackItem.id === items[0].id));
    const created = receiver.events().find((e) => e.type === 'feedback_item.created' && e.feedbackItem.id === items[0].id)!;
    expect(created.feedbackItem).toMatchObject({ department: { key: 'logistics' }, score: 3, metric: 'nps', status: 'new', customer: { id: customer.id } });

    await request(api.app.getHttpServer())
      .patch(`/api/v1/feedback-items/${items[0].id}`)
      .set('Authorization', api.auth)
      .send({ status: 'resolved', resolutionNote: 'Paczka odnaleziona' })
      .expect(200);
    await receiver.until(() => receiver.events().some((e) => e.type === 'feedback_item.resolved' && e.feedbackItem.id === items[0].id));
    const resolved = receiver.events().find((e) => e.type === 'feedback_item.resolved')!;
    expect(resolved.feedbackItem).toMatchObject({ status: 'resolved', resolutionNote: 'Paczka odnaleziona' });
  });

  it('sends each department head one digest per period with new and overdue items, none when set to off', async () => {
    const hourly = await makeUser(api.app, { email: 'billing.head@example.com', role: 'department_head', department: 'billing', locale: 'en' });
    await api.app.get(UsersService).setDigestFrequency(hourly.id, 'hourly');
    const quiet = await makeUser(api.app, { email: 'billing.quiet@example.com', role: 'department_head', department: 'billing', locale: 'en' });
    await api.app.get(UsersService).setDigestFrequency(quiet.id, 'off');
    await routedComplaint('Naliczyliście mi opłatę dwa razy za to samo zamówienie');
    const alerts = api.app.get(FeedbackAlertsService);
    const nextHour = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 60_000);
    expect(await alerts.sendDigests(nextHour)).toBeGreaterThanOrEqual(1);
    expect(await alerts.sendDigests(nextHour)).toBe(0);
    const digests = smtp.messages.filter((m) => m.to.includes('billing.head@example.com'));
    expect(digests).toHaveLength(1);
    expect(digests[0].parsed.subject).toMatch(/^Billing: 1 new, 0 overdue$/);
    expect(digests[0].parsed.text).toContain('Naliczyliście mi opłatę dwa razy');
    expect(smtp.messages.some((m) => m.to.includes('billing.quiet@example.com'))).toBe(false);
    await api.app.get(UsersService).setDigestFrequency(hourly.id, 'off');
  });

  it('erases the customer\'s words from items and replies, and exports them before', async () => {
    const customer = await routedComplaint('Faktura ma błędny adres i NIP');
    const privacy = api.app.get(CustomerPrivacyService);
    const exported = await privacy.export(customer.id);
    expect(JSON.stringify(exported)).toContain('Faktura ma błędny adres i NIP');
    expect(exported.feedbackItems).toHaveLength(1);
    await privacy.erase(customer.id);
    const rows = await itemsOfCustomer(customer.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { comment: string | null }) => r.comment === null)).toBe(true);
  });
});
