import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { freePort } from '../../test/postgres-server';
import { SmtpCapture } from '../../test/smtp-capture';
import { until } from '../../test/wait';
import { SurveyDispatchService } from './survey-dispatch.service';
import { SurveySchedulingService } from './survey-scheduling.service';

const INVITATIONS = 12;

describe('survey e-mail while the SMTP server is down', () => {
  let api: TestApi;
  let smtp: SmtpCapture | undefined;
  let port: number;
  let db: DataSource;

  beforeAll(async () => {
    port = await freePort();
    api = await startTestApi({ WORKERS: 'on', SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'Feedloop <ankiety@feedloop.test>' });
    db = api.app.get(DataSource);
    await db.query(`UPDATE surveys SET delay_minutes = 0 WHERE kind = 'post_contact'`);
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const invitations = (): Promise<Array<{ id: string; status: string; attempts: number; last_error: string | null; customer_id: string }>> =>
    db.query(`SELECT id, status, attempts, last_error, customer_id FROM invitations ORDER BY id`);

  it('delivers every invitation exactly once after the server comes back, losing none', async () => {
    const customers = await Promise.all(Array.from({ length: INVITATIONS }, () => makeCustomer(api.app)));
    for (const customer of customers) {
      await request(api.app.getHttpServer())
        .post('/api/v1/events')
        .set('authorization', api.auth)
        .send({
          type: 'contact',
          idempotencyKey: `outage-${randomBytes(6).toString('hex')}`,
          customerExternalId: customer.externalId,
          contactChannel: 'chat',
          occurredAt: new Date().toISOString(),
        })
        .expect(201);
    }
    await api.app.get(SurveySchedulingService).drain();

    // Every first attempt fails on the refused connection and is queued for a retry.
    const failed = await until(
      'every first attempt refused and scheduled again',
      invitations,
      (rows) => rows.length === INVITATIONS && rows.every((r) => r.attempts === 1 && r.status === 'scheduled'),
      20_000,
    );
    expect(failed.every((r) => /ECONNREFUSED|connect/i.test(r.last_error ?? ''))).toBe(true);
    await until(
      'every send job waiting for a retry',
      () => db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'surveys.send-invitation' AND state = 'retry'`),
      ([{ n }]) => n === INVITATIONS,
      20_000,
    );

    smtp = await SmtpCapture.start({ port });
    // The backoff would wait 30–60 s; time moves on faster here.
    await db.query(`UPDATE pgboss.job SET start_after = now() WHERE name = 'surveys.send-invitation' AND state = 'retry'`);

    await smtp.waitFor(INVITATIONS);
    const sent = await until('every invitation sent', invitations, (rows) => rows.every((r) => r.status === 'sent'), 20_000);
    // Long enough for any duplicate to show up.
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.messages).toHaveLength(INVITATIONS);
    expect(new Set(smtp.messages.map((m) => m.to[0]))).toEqual(new Set(customers.map((c) => c.email)));
    expect(sent.every((r) => r.attempts === 2)).toBe(true);
    const log: Array<{ status: string }> = await db.query('SELECT status FROM invitation_log WHERE invitation_id = $1 ORDER BY id', [sent[0].id]);
    expect(log.map((l) => l.status)).toEqual(['scheduled', 'sending', 'scheduled', 'sending', 'sent']);
  });

  it('gives an invitation up as failed when its last attempt fails too', async () => {
    await smtp?.close();
    smtp = undefined;
    const customer = await makeCustomer(api.app);
    const [{ id: surveyId }] = await db.query(`SELECT id FROM surveys WHERE kind = 'post_contact'`);
    const [{ id }] = await db.query(
      `INSERT INTO invitations (survey_id, customer_id, locale, token, due_at, expires_at, attempts)
       VALUES ($1, $2, 'pl', $3, now(), now() + interval '1 day', 8) RETURNING id`,
      [surveyId, customer.id, randomBytes(24).toString('base64url')],
    );

    await api.app.get(SurveyDispatchService).sendBatch([{ jobId: '00000000-0000-4000-8000-000000000000', invitationId: id, lastAttempt: true }]);

    const [row] = await db.query('SELECT status, attempts, last_error, failed_at FROM invitations WHERE id = $1', [id]);
    expect(row).toMatchObject({ status: 'failed', attempts: 9, failed_at: expect.any(Date) });
    const [last] = await db.query('SELECT detail FROM invitation_log WHERE invitation_id = $1 ORDER BY id DESC LIMIT 1', [id]);
    expect(last.detail).toMatch(/^gave up after 9 attempts: .*(ECONNREFUSED|connect)/i);
  });
});
