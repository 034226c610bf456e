import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ResponsesService } from '@feedloop/responses/responses.service';
import { SurveyDispatchService } from '@feedloop/surveys/survey-dispatch.service';
import { SurveySchedulingService } from '@feedloop/surveys/survey-scheduling.service';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation, surveyWithMetric } from '../../test/factories/invitations';

const outbox = mkdtempSync(join(tmpdir(), 'feedloop-metrics-outbox-'));
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ OUTBOX_DIR: outbox, DEFAULT_TIME_ZONE: 'Europe/Warsaw' });
});
afterAll(async () => {
  await api.close();
  rmSync(outbox, { recursive: true, force: true });
});

const get = (query: Record<string, string>) => request(api.app.getHttpServer()).get('/api/v1/metrics').query(query).set('Authorization', api.auth);
const VALID = { metric: 'nps', from: '2025-01-01', to: '2025-02-01' };

describe('GET /api/v1/metrics', () => {
  it('answers 200 with one empty bucket for a period without responses, in the default time zone', async () => {
    const res = await get(VALID).expect(200);
    expect(res.body).toEqual({
      metric: 'nps',
      interval: 'none',
      timeZone: 'Europe/Warsaw',
      groupBy: 'none',
      from: '2024-12-31T23:00:00.000Z',
      to: '2025-01-31T23:00:00.000Z',
      buckets: [
        {
          start: null,
          from: '2024-12-31T23:00:00.000Z',
          to: '2025-01-31T23:00:00.000Z',
          groups: [
            { group: null, n: 0, value: null, marginOfError: null, lowSample: true, promoters: 0, passives: 0, detractors: 0, responseRate: { delivered: 0, answered: 0, rate: null } },
          ],
        },
      ],
    });
  });

  it('returns 401 without an API key', async () => {
    await request(api.app.getHttpServer()).get('/api/v1/metrics').query(VALID).expect(401);
  });

  it.each([
    [{ metric: '(missing)' }, 'metric must be one of the following values: nps, csat, ces'],
    [{ metric: 'ltv' }, 'metric must be one of the following values: nps, csat, ces'],
    [{ from: '(missing)' }, 'from must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2025-03-01T00:00:00+01:00'],
    [{ to: '2025-02-30' }, 'to must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2025-03-01T00:00:00+01:00'],
    [{ to: '2025-W10' }, 'to must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2025-03-01T00:00:00+01:00'],
    [{ interval: 'hour' }, 'interval must be one of the following values: day, week, month, none'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone must be a valid IANA time-zone'],
    [{ groupBy: 'agent' }, 'groupBy must be one of the following values: survey, contactChannel, team, channel, none'],
    [{ surveyId: '42' }, 'surveyId must be a UUID'],
    [{ contactChannel: 'fax' }, 'contactChannel must be one of the following values: phone, email, chat, social, branch, app'],
    [{ channel: 'push' }, 'channel must be one of the following values: email, sms'],
    [{ team: '' }, 'team must be longer than or equal to 1 characters'],
    [{ agent: 'Jan' }, 'property agent should not exist'],
  ] as Array<[Record<string, string | undefined>, string]>)('returns 400 for %j: the message names the field and rule', async (change, message) => {
    const query = Object.fromEntries(Object.entries({ ...VALID, ...change }).filter(([, v]) => v !== '(missing)')) as Record<string, string>;
    const res = await get(query).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('names a missing date once, not once per check', async () => {
    const { from: _from, ...withoutFrom } = VALID;
    const res = await get(withoutFrom as Record<string, string>).expect(400);
    expect(res.body.message).toEqual(['from must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2025-03-01T00:00:00+01:00']);
  });

  it('returns 400 naming "to" when the period is empty or reversed', async () => {
    const res = await get({ ...VALID, from: '2025-02-01', to: '2025-01-01', interval: 'week' }).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_INPUT', field: 'to', message: ['to must be later than from'] });
  });

  it('returns 400 naming "interval" for more than 1000 periods', async () => {
    const res = await get({ ...VALID, from: '2020-01-01', to: '2025-01-01', interval: 'day' }).expect(400);
    expect(res.body).toMatchObject({ field: 'interval', message: [expect.stringMatching(/^interval must give at most 1000 periods/)] });
  });

  it('answers figures rounded as people read them: an NPS of 15 is 15, not 15.000000000000002', async () => {
    const db = api.app.get(DataSource);
    const surveyId = await surveyWithMetric(db, 'nps');
    const customer = await makeCustomer(api.app);
    const sentAt = new Date('2024-03-12T10:00:00Z');
    // 8 promoters, 7 passives, 5 detractors: (8/20 − 5/20)·100 is 15.000000000000002 in floating point.
    const scores = [...Array(8).fill(10), ...Array(7).fill(8), ...Array(5).fill(2)];
    for (const score of scores) {
      const inv = await makeInvitation(db, customer.id, { surveyId, status: 'answered', sentAt });
      await db.query(
        `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, source, channel, created_at, updated_at)
         VALUES ($1, $2, $3, 'nps', $4, 'web', 'sms', $5, $5)`,
        [inv.id, surveyId, customer.id, score, sentAt],
      );
    }
    // One more delivered, unanswered: 20 of 21 answered = 95.238…%.
    await makeInvitation(db, customer.id, { surveyId, status: 'sent', sentAt });

    const res = await get({ metric: 'nps', from: '2024-03-01', to: '2024-04-01', surveyId }).expect(200);
    const raw = (await get({ metric: 'nps', from: '2024-03-01', to: '2024-04-01', surveyId })).text;
    expect(raw).not.toMatch(/"(value|marginOfError|rate)":-?\d+\.\d{2,}/);
    // MoE = 1.96·sqrt((0.4 + 0.25 − 0.15²)/20)·100 = 34.717… → 34.7
    expect(res.body.buckets[0].groups[0]).toMatchObject({ n: 20, value: 15, marginOfError: 34.7, responseRate: { delivered: 21, answered: 20, rate: 95.2 } });
  });

  it('is described in the OpenAPI document with its parameters and what puts a response and an invitation into a period', async () => {
    const res = await request(api.app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    const op = res.body.paths['/api/v1/metrics'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['metric', 'from', 'to', 'interval', 'timeZone', 'groupBy', 'surveyId', 'contactChannel', 'team', 'channel']),
    );
    expect(op.description).toMatch(/first answer/);
    expect(op.description).toMatch(/period it was sent/);
    expect(res.body.components.schemas.MetricsGroupDto.properties).toEqual(
      expect.objectContaining({ n: expect.anything(), marginOfError: expect.anything(), lowSample: expect.anything(), responseRate: expect.anything() }),
    );
  });

  it('reports an answer to a survey triggered by a contact event under its contact channel and team', async () => {
    const db = api.app.get(DataSource);
    await db.query(`UPDATE surveys SET delay_minutes = 0 WHERE kind = 'post_contact'`);
    const customer = await makeCustomer(api.app, { locale: 'pl' });
    await request(api.app.getHttpServer())
      .post('/api/v1/events')
      .set('Authorization', api.auth)
      .send({
        type: 'contact',
        idempotencyKey: `metrics-${randomBytes(6).toString('hex')}`,
        customerExternalId: customer.externalId,
        contactChannel: 'chat',
        team: 'Reklamacje',
        occurredAt: new Date().toISOString(),
      })
      .expect(201);

    await api.app.get(SurveySchedulingService).drain();
    const [invitation] = await db.query(`SELECT id, survey_id, customer_id FROM invitations WHERE customer_id = $1`, [customer.id]);
    await api.app.get(SurveyDispatchService).sendBatch([{ jobId: '00000000-0000-4000-8000-000000000000', invitationId: invitation.id, lastAttempt: false }]);
    const [{ status }] = await db.query(`SELECT status FROM invitations WHERE id = $1`, [invitation.id]);
    expect(status).toBe('sent');
    await api.app.get(ResponsesService).record({
      invitationId: invitation.id,
      surveyId: invitation.survey_id,
      customerId: customer.id,
      metric: 'csat',
      score: 5,
      source: 'email_link',
    });

    const period = { metric: 'csat', from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const byTeam = (await get({ ...period, groupBy: 'team' }).expect(200)).body;
    expect(byTeam.buckets[0].groups).toEqual([
      expect.objectContaining({ group: 'Reklamacje', n: 1, value: 100, satisfied: 1, responseRate: { delivered: 1, answered: 1, rate: 100 } }),
    ]);
    const byChannel = (await get({ ...period, groupBy: 'contactChannel', channel: 'email' }).expect(200)).body;
    expect(byChannel.buckets[0].groups).toEqual([expect.objectContaining({ group: 'chat', n: 1 })]);
  });
});
