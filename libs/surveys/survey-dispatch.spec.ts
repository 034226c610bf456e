import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { twilioSignature } from '@feedloop/delivery/webhook-signature';
import { TestApi, startTestApi } from '../../test/api';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { LoopbackSmsHttp } from '../../test/loopback-sms-http';
import { SmtpCapture } from '../../test/smtp-capture';
import { until } from '../../test/wait';
import { InvitationsService } from './invitations.service';
import { SurveyDispatchService } from './survey-dispatch.service';
import { SurveySchedulingService } from './survey-scheduling.service';

const PUBLIC_URL = 'https://feedback.example.com';
const WEBHOOK_SECRET = 'loopback-webhook-secret-0123';

interface InvitationRow {
  id: string;
  survey_id: string;
  kind: string;
  status: string;
  suppression_reason: string | null;
  channel: string | null;
  token: string;
  attempts: number;
  provider_message_id: string | null;
  last_error: string | null;
  due_at: Date;
  sent_at: Date | null;
  expires_at: Date;
  reminder_sent_at: Date | null;
}

/** An Etc/GMT zone where the local hour is now `hour`, so quiet-hours tests do not depend on when they run. */
function zoneWhereItIs(hour: number, now = new Date()): string {
  const ahead = (((hour - now.getUTCHours()) % 24) + 24) % 24;
  const offset = ahead > 14 ? ahead - 24 : ahead;
  // POSIX-style names: Etc/GMT-3 is three hours ahead of UTC.
  return offset === 0 ? 'Etc/UTC' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

describe('survey invitations: scheduling and dispatch', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let sms: LoopbackSmsHttp;
  let db: DataSource;
  let exitSurveyId: string;
  let postContactSurveyId: string;
  let onboardingSurveyId: string;

  beforeAll(async () => {
    smtp = await SmtpCapture.start({
      rejectRecipient: (address) => (address.startsWith('bounce') ? [550, `5.1.1 <${address}>: mailbox unavailable`] : null),
    });
    sms = await LoopbackSmsHttp.start();
    api = await startTestApi({
      WORKERS: 'on',
      PUBLIC_URL,
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Feedloop <ankiety@feedloop.test>',
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: sms.url,
      SMS_HTTP_ACCOUNT: 'AC0001',
      SMS_HTTP_TOKEN: 'loopback-token',
      SMS_WEBHOOK_SECRET: WEBHOOK_SECRET,
      SMS_FROM: '+48500000000',
    });
    db = api.app.get(DataSource);
    // The seeded exit survey goes out when a churn case opens (libs/churn); these tests schedule their own exit survey by its trigger.
    await db.query(`UPDATE surveys SET status = 'paused' WHERE kind = 'exit' AND trigger_event_type IS NULL`);
    // The seeded post-contact survey waits an hour; these tests want its message now.
    await db.query(`UPDATE surveys SET delay_minutes = 0 WHERE kind = 'post_contact'`);
    [{ id: postContactSurveyId }] = await db.query(`SELECT id FROM surveys WHERE kind = 'post_contact'`);
    [{ id: onboardingSurveyId }] = await db.query(`SELECT id FROM surveys WHERE kind = 'onboarding'`);
    [{ id: exitSurveyId }] = await db.query(
      `INSERT INTO surveys (name, kind, metric, question, follow_up, trigger_event_type, delay_minutes, throttle_days, reminder_after_hours)
       VALUES ('Exit', 'exit', NULL, '{"pl": "Dlaczego odchodzisz?", "en": "Why are you leaving?"}',
               '{"pl": "Co moglibyśmy poprawić?", "en": "What could we do better?"}', 'cancellation', 0, 0, NULL)
       RETURNING id`,
    );
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
    await sms?.close();
  });

  const scheduling = () => api.app.get(SurveySchedulingService);
  const pendingForScheduling = async (eventId: string): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM event_consumer_pending WHERE consumer = 'survey_scheduling' AND event_id = $1`, [eventId]))[0].n;
  const dispatch = () => api.app.get(SurveyDispatchService);

  async function post(event: Record<string, unknown>, expected = 201) {
    const res = await request(api.app.getHttpServer()).post('/api/v1/events').set('authorization', api.auth).send(event);
    expect(res.status).toBe(expected);
    return res.body as { id: string };
  }

  function event(type: 'contact' | 'signup' | 'cancellation', customer: CustomerRow, overrides: Record<string, unknown> = {}) {
    return {
      type,
      idempotencyKey: `k-${randomBytes(6).toString('hex')}`,
      customerExternalId: customer.externalId,
      occurredAt: new Date().toISOString(),
      ...(type === 'contact' ? { contactChannel: 'phone', team: 'Infolinia' } : {}),
      ...overrides,
    };
  }

  function invitationsOf(customerId: string): Promise<InvitationRow[]> {
    return db.query(
      `SELECT i.*, s.kind FROM invitations i JOIN surveys s ON s.id = i.survey_id WHERE i.customer_id = $1 ORDER BY i.created_at, s.created_at`,
      [customerId],
    );
  }

  /** Runs the scheduler now (the worker's own loop would within 2 s) and waits until the invitations settle. */
  async function scheduleAndSettle(customerId: string, count: number): Promise<InvitationRow[]> {
    await scheduling().drain();
    return until(
      `${count} invitations of the customer settled`,
      () => invitationsOf(customerId),
      (rows) => rows.length === count && rows.every((r) => !['scheduled', 'sending'].includes(r.status)),
      15_000,
    );
  }

  async function logOf(invitationId: string): Promise<Array<{ status: string; detail: string | null }>> {
    return db.query('SELECT status, detail FROM invitation_log WHERE invitation_id = $1 ORDER BY id', [invitationId]);
  }

  const mailsTo = (address: string | null) => smtp.messages.filter((m) => address && m.to.includes(address));
  const textsTo = (phone: string | null) => sms.messages.filter((m) => phone && m.to === phone);
  const dayZone = () => zoneWhereItIs(12);

  /** A due invitation written directly, without its job: for running the send job by hand. */
  async function makeScheduled(customerId: string, surveyId: string, overrides: { expiresAt?: Date } = {}): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO invitations (survey_id, customer_id, locale, token, due_at, expires_at) VALUES ($1, $2, 'pl', $3, now(), $4) RETURNING id`,
      [surveyId, customerId, randomBytes(24).toString('base64url'), overrides.expiresAt ?? new Date(Date.now() + 86_400_000)],
    );
    return id;
  }
  const job = (invitationId: string, lastAttempt = false) => ({ jobId: '00000000-0000-4000-8000-000000000000', invitationId, lastAttempt });

  describe('e-mail', () => {
    it('sends one e-mail for a contact event, with a link per score, both parts and one-click unsubscribe', async () => {
      const customer = await makeCustomer(api.app, { locale: 'en', name: 'Anna Nowak' });
      const stored = await post(event('contact', customer));

      const [invitation] = await scheduleAndSettle(customer.id, 1);
      expect(invitation).toMatchObject({ kind: 'post_contact', status: 'sent', channel: 'email', attempts: 1, suppression_reason: null });
      expect(invitation.token.length).toBeGreaterThanOrEqual(32);
      await smtp.waitFor(1);
      const mails = await until('one e-mail to the customer', () => mailsTo(customer.email), (m) => m.length === 1, 15_000);
      const mail = mails[0];

      expect(mail.parsed.messageId).toBe(invitation.provider_message_id);
      expect(mail.parsed.messageId).toBe(`<invitation-${invitation.id}@feedloop.test>`);
      for (let score = 1; score <= 5; score++) {
        const link = `${PUBLIC_URL}/s/${invitation.token}?score=${score}`;
        expect(mail.parsed.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
        expect(mail.parsed.text).toContain(link);
      }
      expect(mail.parsed.html).not.toContain(`?score=6`);
      const header = (name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n[ \t]+/g, ' ');
      expect(header('list-unsubscribe')).toBe(`List-Unsubscribe: <${PUBLIC_URL}/s/${invitation.token}/unsubscribe>`);
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(mail.parsed.html).toContain(`${PUBLIC_URL}/s/${invitation.token}/unsubscribe`);

      expect((await logOf(invitation.id)).map((l) => l.status)).toEqual(['scheduled', 'sending', 'sent']);
      expect(await pendingForScheduling(stored.id)).toBe(0);
      // The one reminder is queued for 72 hours after the send.
      const [reminder] = await db.query(`SELECT start_after FROM pgboss.job WHERE name = 'surveys.send-reminder' AND data->>'invitationId' = $1`, [
        invitation.id,
      ]);
      expect(reminder.start_after.getTime() - invitation.sent_at!.getTime()).toBeCloseTo(72 * 3_600_000, -3);
    });

    it('sends one message for an event posted twice, and nothing more when the event is processed again', async () => {
      const customer = await makeCustomer(api.app);
      const contact = event('contact', customer);
      await post(contact, 201);
      await post(contact, 200);
      await scheduleAndSettle(customer.id, 1);

      // As if the worker had crashed before taking the event off its queue.
      await db.query(
        `INSERT INTO event_consumer_pending (consumer, received_at, event_id) SELECT 'survey_scheduling', received_at, id FROM events WHERE idempotency_key = $1`,
        [contact.idempotencyKey],
      );
      await scheduling().drain();
      await new Promise((r) => setTimeout(r, 1500));

      expect(await invitationsOf(customer.id)).toHaveLength(1);
      expect(mailsTo(customer.email)).toHaveLength(1);
    });

    it('skips an event no invitation can be stored for, without holding up the events behind it', async () => {
      const poisoned = await makeCustomer(api.app);
      const healthy = await makeCustomer(api.app);
      // Stands in for any row the database refuses (a rule broken by bad data or a bug).
      await db.query(`ALTER TABLE invitations ADD CONSTRAINT test_refuse_one CHECK (customer_id <> '${poisoned.id}')`);
      try {
        const first = await post(event('contact', poisoned));
        await post(event('contact', healthy));
        await scheduleAndSettle(healthy.id, 1);

        expect(await invitationsOf(poisoned.id)).toEqual([]);
        expect(await pendingForScheduling(first.id)).toBe(0);
      } finally {
        await db.query('ALTER TABLE invitations DROP CONSTRAINT test_refuse_one');
      }
    });

    it('suppresses a second survey within the 30-day throttle, but not an exit survey', async () => {
      const customer = await makeCustomer(api.app);
      await post(event('contact', customer));
      await scheduleAndSettle(customer.id, 1);
      // Its onboarding survey would go out in 14 days: within 30 days of the post-contact one.
      await post(event('signup', customer));
      await scheduleAndSettle(customer.id, 2);
      await post(event('cancellation', customer));
      const rows = await scheduleAndSettle(customer.id, 3);

      expect(rows.map((r) => [r.kind, r.status, r.suppression_reason])).toEqual([
        ['post_contact', 'sent', null],
        ['onboarding', 'suppressed', 'throttled'],
        ['exit', 'sent', null],
      ]);
      expect((await logOf(rows[1].id))[0].detail).toMatch(new RegExp(`invitation ${rows[0].id} is within 30 days`));
      await until('two e-mails to the customer', () => mailsTo(customer.email), (m) => m.length === 2, 15_000);
    });

    it('re-checks the throttle when sending: of two due invitations of one customer only the first goes out', async () => {
      const customer = await makeCustomer(api.app);
      const first = await makeScheduled(customer.id, postContactSurveyId);
      const second = await makeScheduled(customer.id, onboardingSurveyId);

      await dispatch().sendBatch([job(first), job(second)]);

      const rows = await invitationsOf(customer.id);
      expect(rows.find((r) => r.id === first)).toMatchObject({ status: 'sent' });
      expect(rows.find((r) => r.id === second)).toMatchObject({ status: 'suppressed', suppression_reason: 'throttled' });
      expect(mailsTo(customer.email)).toHaveLength(1);
    });

    it('after an interruption between claim and send, sends once; after one between send and record, only records', async () => {
      const unsent = await makeCustomer(api.app);
      const claimedOnly = await makeScheduled(unsent.id, exitSurveyId);
      // Interrupted five minutes ago, longer than any send takes.
      await db.query(`UPDATE invitations SET status = 'sending', channel = 'email', attempts = 1, updated_at = now() - interval '5 minutes' WHERE id = $1`, [
        claimedOnly,
      ]);
      const handedOver = await makeCustomer(api.app);
      const alreadySent = await makeScheduled(handedOver.id, exitSurveyId);
      await db.query(`UPDATE invitations SET status = 'sending', channel = 'email', attempts = 1, provider_message_id = '<earlier@feedloop.test>' WHERE id = $1`, [
        alreadySent,
      ]);

      await dispatch().sendBatch([job(claimedOnly), job(alreadySent)]);
      await dispatch().sendBatch([job(claimedOnly), job(alreadySent)]);

      expect((await invitationsOf(unsent.id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
      expect((await invitationsOf(handedOver.id))[0]).toMatchObject({ status: 'sent', attempts: 1, provider_message_id: '<earlier@feedloop.test>' });
      await until('one e-mail to the customer not sent to before', () => mailsTo(unsent.email), (m) => m.length === 1, 15_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(mailsTo(unsent.email)).toHaveLength(1);
      expect(mailsTo(handedOver.email)).toHaveLength(0);
    });

    it('leaves an invitation claimed moments ago by another job alone, for a retry', async () => {
      const customer = await makeCustomer(api.app);
      const id = await makeScheduled(customer.id, exitSurveyId);
      await db.query(`UPDATE invitations SET status = 'sending', channel = 'email', attempts = 1 WHERE id = $1`, [id]);

      await dispatch().sendBatch([job(id)]);

      expect((await invitationsOf(customer.id))[0]).toMatchObject({ status: 'sending', attempts: 1 });
      await new Promise((r) => setTimeout(r, 300));
      expect(mailsTo(customer.email)).toHaveLength(0);
    });

    it('records a permanent 550 refusal as bounced with the server reason and does not retry', async () => {
      const customer = await makeCustomer(api.app, { email: `bounce-${randomBytes(3).toString('hex')}@example.com` });
      await post(event('contact', customer));
      const [invitation] = await scheduleAndSettle(customer.id, 1);

      expect(invitation).toMatchObject({ status: 'bounced', attempts: 1, sent_at: null });
      expect(invitation.last_error).toMatch(/550 5\.1\.1 <bounce-.*>: mailbox unavailable/);
      expect((await logOf(invitation.id)).at(-1)).toMatchObject({ status: 'bounced', detail: expect.stringMatching(/^smtp refused it: .*550/) });
      const jobs = await db.query(`SELECT state FROM pgboss.job WHERE name = 'surveys.send-invitation' AND data->>'invitationId' = $1`, [invitation.id]);
      expect(jobs).toEqual([{ state: 'completed' }]);
      expect(mailsTo(customer.email)).toHaveLength(0);
    });

    it('sends a late event at once while within the expiry, and suppresses it as stale after', async () => {
      const customer = await makeCustomer(api.app);
      await post(event('contact', customer, { occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString() }));
      const [late] = await scheduleAndSettle(customer.id, 1);
      expect(late.status).toBe('sent');
      expect((await logOf(late.id))[0].detail).toMatch(/late by \d+ min: sent at once/);

      const other = await makeCustomer(api.app);
      await post(event('contact', other, { occurredAt: new Date(Date.now() - 8 * 86_400_000).toISOString() }));
      const [stale] = await scheduleAndSettle(other.id, 1);
      expect(stale).toMatchObject({ status: 'suppressed', suppression_reason: 'stale' });
      expect(mailsTo(other.email)).toHaveLength(0);
    });

    it('sends the reminder once, and none for an answered invitation', async () => {
      const customer = await makeCustomer(api.app);
      await post(event('contact', customer));
      const [invitation] = await scheduleAndSettle(customer.id, 1);
      await until('one e-mail to the customer', () => mailsTo(customer.email), (m) => m.length === 1, 15_000);

      await dispatch().sendReminder(invitation.id);
      await dispatch().sendReminder(invitation.id);

      const mails = await until('two e-mails to the customer', () => mailsTo(customer.email), (m) => m.length === 2, 15_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(mailsTo(customer.email)).toHaveLength(2);
      expect(mails[1].parsed.messageId).toBe(`<invitation-${invitation.id}-reminder@feedloop.test>`);
      const [after] = await invitationsOf(customer.id);
      expect(after.reminder_sent_at).toBeInstanceOf(Date);
      expect((await logOf(invitation.id)).filter((l) => l.status === 'reminder_sent')).toHaveLength(1);

      const answered = await makeCustomer(api.app);
      await post(event('contact', answered));
      const [open] = await scheduleAndSettle(answered.id, 1);
      expect(await api.app.get(InvitationsService).markAnswered(open.id)).toBe(true);
      await dispatch().sendReminder(open.id);
      await new Promise((r) => setTimeout(r, 300));
      expect(mailsTo(answered.email)).toHaveLength(1);
    });

    it('expires sent invitations past their answer window', async () => {
      const customer = await makeCustomer(api.app);
      await post(event('contact', customer));
      const [invitation] = await scheduleAndSettle(customer.id, 1);
      await db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invitation.id]);

      expect(await dispatch().expireInvitations()).toBeGreaterThanOrEqual(1);

      const [after] = await invitationsOf(customer.id);
      expect(after.status).toBe('expired');
      expect((await logOf(invitation.id)).at(-1)).toMatchObject({ status: 'expired' });
    });
  });

  describe('consent, addresses and channels', () => {
    it('sends nothing to a customer opted out of every channel', async () => {
      const customer = await makeCustomer(api.app, { emailOptedOut: true, smsOptedOut: true, timeZone: dayZone() });
      await post(event('contact', customer));
      const [invitation] = await scheduleAndSettle(customer.id, 1);

      expect(invitation).toMatchObject({ status: 'suppressed', suppression_reason: 'opted_out', channel: null, attempts: 0 });
      expect((await logOf(invitation.id)).at(-1)?.detail).toBe('email: opted out; sms: opted out');
      expect(mailsTo(customer.email)).toHaveLength(0);
      expect(textsTo(customer.phone)).toHaveLength(0);
    });

    it('falls back to SMS when only e-mail is opted out', async () => {
      const customer = await makeCustomer(api.app, { emailOptedOut: true, timeZone: dayZone() });
      await post(event('contact', customer));
      const [invitation] = await scheduleAndSettle(customer.id, 1);

      expect(invitation).toMatchObject({ status: 'sent', channel: 'sms' });
      const [text] = textsTo(customer.phone);
      // An SMS is answered by replying with the score, so it carries the question, not a link.
      expect(text.body).toMatch(/^Jak oceniasz naszą pomoc w tej sprawie\? Odpisz liczbą 1-5/);
      expect(text.idempotencyKey).toBe(invitation.id);
      expect(invitation.provider_message_id).toMatch(/^SM/);
      expect((await logOf(invitation.id)).find((l) => l.status === 'sending')?.detail).toBe('attempt 1 by sms (email: opted out)');
      expect(mailsTo(customer.email)).toHaveLength(0);
    });

    it('suppresses an invitation for a customer with no address as no_address', async () => {
      const customer = await makeCustomer(api.app, { email: null, phone: null });
      await post(event('contact', customer));
      const [invitation] = await scheduleAndSettle(customer.id, 1);
      expect(invitation).toMatchObject({ status: 'suppressed', suppression_reason: 'no_address' });
    });

    it('suppresses invitations of a paused survey and of an erased customer when their send comes', async () => {
      const [{ id: paused }] = await db.query(
        `INSERT INTO surveys (name, kind, metric, question, follow_up, status) VALUES ('Paused', 'relationship', 'nps', '{"en": "Q?"}', '{"en": "Why?"}', 'paused') RETURNING id`,
      );
      const customer = await makeCustomer(api.app);
      const onPaused = await makeScheduled(customer.id, paused);
      const erased = await makeCustomer(api.app);
      const ofErased = await makeScheduled(erased.id, exitSurveyId);
      await request(api.app.getHttpServer()).delete(`/api/v1/customers/${erased.id}`).set('authorization', api.auth).expect(200);

      await dispatch().sendBatch([job(onPaused), job(ofErased)]);

      expect((await invitationsOf(customer.id))[0]).toMatchObject({ status: 'suppressed', suppression_reason: 'survey_paused' });
      expect((await invitationsOf(erased.id))[0]).toMatchObject({ status: 'suppressed', suppression_reason: 'customer_erased' });
    });

    it('marks an invitation expired when its send comes after its expiry', async () => {
      const customer = await makeCustomer(api.app);
      const id = await makeScheduled(customer.id, exitSurveyId, { expiresAt: new Date(Date.now() - 60_000) });
      await dispatch().sendBatch([job(id)]);
      expect((await invitationsOf(customer.id))[0]).toMatchObject({ status: 'expired', sent_at: null });
      expect(mailsTo(customer.email)).toHaveLength(0);
    });
  });

  describe('SMS', () => {
    it('holds an SMS during the customer\'s quiet hours and sends it when they end', async () => {
      const zone = zoneWhereItIs(2);
      const customer = await makeCustomer(api.app, { email: null, timeZone: zone });
      await post(event('contact', customer));
      await scheduling().drain();

      const log = await until(
        'a quiet-hours entry in the invitation log',
        async () => {
          const [row] = await invitationsOf(customer.id);
          return row ? logOf(row.id) : [];
        },
        (entries) => entries.some((l) => l.detail?.startsWith('quiet hours')),
        15_000,
      );
      const [invitation] = await invitationsOf(customer.id);
      expect(invitation).toMatchObject({ status: 'scheduled', attempts: 0 });
      expect(log.at(-1)).toEqual({ status: 'scheduled', detail: expect.stringMatching(new RegExp(`^quiet hours: moved to \\d{4}-\\d\\d-\\d\\d 08:00 ${zone.replace(/[+]/g, '\\+')}$`)) });
      // The log entry is written inside the first job's handler; pg-boss marks the job completed a moment after it returns.
      const jobs: Array<{ id: string; state: string; start_after: Date }> = await until(
        'the first send job completed and the morning one created',
        () =>
          db.query(
            `SELECT id, state, start_after FROM pgboss.job WHERE name = 'surveys.send-invitation' AND data->>'invitationId' = $1 ORDER BY created_on`,
            [invitation.id],
          ),
        (rows: Array<{ state: string }>) => rows[0]?.state !== 'active',
        15_000,
      );
      expect(jobs.map((j) => j.state)).toEqual(['completed', 'created']);
      const morning = jobs[1].start_after;
      // 08:00 in the customer's zone, about six hours from now (it is 02:xx there).
      expect(morning.getUTCMinutes()).toBe(0);
      expect(morning.getTime() - Date.now()).toBeGreaterThan(5 * 3_600_000);
      expect(morning.getTime() - Date.now()).toBeLessThanOrEqual(6 * 3_600_000);
      expect(textsTo(customer.phone)).toHaveLength(0);

      // The moved job, run when it is due.
      await dispatch().sendBatch([{ jobId: jobs[1].id, invitationId: invitation.id, lastAttempt: false }], new Date(morning.getTime() + 60_000));

      expect(textsTo(customer.phone)).toHaveLength(1);
      expect((await invitationsOf(customer.id))[0]).toMatchObject({ status: 'sent', channel: 'sms' });
    });

    it('applies signed delivery reports from the status callback and refuses a bad signature with 403', async () => {
      const delivered = await makeCustomer(api.app, { email: null, timeZone: dayZone() });
      const failed = await makeCustomer(api.app, { email: null, timeZone: dayZone() });
      await post(event('contact', delivered));
      await post(event('contact', failed));
      const [a] = await scheduleAndSettle(delivered.id, 1);
      const [b] = await scheduleAndSettle(failed.id, 1);
      const callbackOf = (phone: string | null) => new URL(textsTo(phone)[0].statusCallback!);

      async function report(callback: URL, params: Record<string, string>, signature = twilioSignature(WEBHOOK_SECRET, callback.toString(), params)) {
        return request(api.app.getHttpServer())
          .post(callback.pathname + callback.search)
          .set('x-twilio-signature', signature)
          .type('form')
          .send(params);
      }

      const cbA = callbackOf(delivered.phone);
      expect(cbA.toString()).toBe(`${PUBLIC_URL}/webhooks/sms/status?reference=${a.id}`);
      const forged = await report(cbA, { MessageSid: a.provider_message_id!, MessageStatus: 'undelivered' }, 'bm90IHRoZSBzaWduYXR1cmU=');
      expect(forged.status).toBe(403);
      expect((await invitationsOf(delivered.id))[0].status).toBe('sent');

      expect((await report(cbA, { MessageSid: a.provider_message_id!, MessageStatus: 'sent' })).status).toBe(204);
      expect((await invitationsOf(delivered.id))[0].status).toBe('sent');
      expect((await report(cbA, { MessageSid: a.provider_message_id!, MessageStatus: 'delivered' })).status).toBe(204);
      const [afterA] = await db.query('SELECT status, delivered_at FROM invitations WHERE id = $1', [a.id]);
      expect(afterA).toMatchObject({ status: 'delivered', delivered_at: expect.any(Date) });

      const cbB = callbackOf(failed.phone);
      expect((await report(cbB, { MessageSid: b.provider_message_id!, MessageStatus: 'undelivered', ErrorCode: '30003' })).status).toBe(204);
      const [afterB] = await db.query('SELECT status, last_error, failed_at FROM invitations WHERE id = $1', [b.id]);
      expect(afterB).toMatchObject({ status: 'failed', last_error: 'undelivered (error 30003)', failed_at: expect.any(Date) });

      // A receipt naming only the provider's id (as SMPP's do) finds the invitation too.
      const viaExternalId = await api.app.get(InvitationsService).applyDeliveryReport({ externalId: a.provider_message_id! }, 'failed', 'UNDELIV');
      expect(viaExternalId).toEqual({ invitationId: a.id, status: 'failed' });
    });
  });

  it('exports a customer\'s invitations without their tokens', async () => {
    const customer = await makeCustomer(api.app);
    await post(event('contact', customer));
    const [invitation] = await scheduleAndSettle(customer.id, 1);
    const res = await request(api.app.getHttpServer()).get(`/api/v1/customers/${customer.id}/export`).set('authorization', api.auth).expect(200);
    expect(res.body.invitations).toEqual([expect.objectContaining({ id: invitation.id, status: 'sent', channel: 'email' })]);
    expect(JSON.stringify(res.body)).not.toContain(invitation.token);
  });
});
