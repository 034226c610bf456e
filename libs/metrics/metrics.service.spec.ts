import { DataSource } from 'typeorm';
import { ResponsesModule } from '@feedloop/responses/responses.module';
import { ResponsesService } from '@feedloop/responses/responses.service';
import { TestServices, startTestServices } from '../../test/services';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';
import { MetricsModule } from './metrics.module';
import { MetricsRollupsService } from './metrics-rollups.service';
import type { SeriesRow } from './metric-series';
import { MetricsQuery, MetricsService, MetricsView } from './metrics.service';

/** One sent invitation, answered (score) or not, at fixed instants. */
interface Sent {
  sentAt: string;
  /** Omitted: not answered. */
  score?: number;
  /** Default: sentAt. */
  answeredAt?: string;
  status?: 'sent' | 'delivered' | 'failed' | 'bounced' | 'expired' | 'scheduled';
  contactChannel?: string | null;
  team?: string | null;
  channel?: 'email' | 'sms';
}

describe(MetricsService.name, () => {
  let services: TestServices;
  let db: DataSource;
  let metrics: MetricsService;
  let rollups: MetricsRollupsService;
  let customerId: string;

  beforeAll(async () => {
    services = await startTestServices([MetricsModule, ResponsesModule], { DEFAULT_TIME_ZONE: 'Europe/Warsaw' });
    db = services.dataSource;
    metrics = services.module.get(MetricsService);
    rollups = services.module.get(MetricsRollupsService);
    customerId = (await makeCustomer(db)).id;
  });
  afterAll(() => services.close());

  /** A survey of this test's own, so tests sharing the database filter each other out by surveyId. */
  async function survey(metric: 'nps' | 'csat' | 'ces'): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO surveys (name, kind, metric, question, follow_up) VALUES ('Metrics test', 'post_contact', $1, '{"pl": "?", "en": "?"}', '{"pl": "?", "en": "?"}') RETURNING id`,
      [metric],
    );
    return id;
  }

  /** Invitations and their responses in two statements, the dimensions copied as the scheduler and ResponsesRepository copy them. */
  async function seed(surveyId: string, rows: Sent[]): Promise<void> {
    const [{ metric }] = await db.query('SELECT metric FROM surveys WHERE id = $1', [surveyId]);
    const ids: Array<{ id: string }> = await db.query(
      `INSERT INTO invitations (survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, failed_at, contact_channel, team)
       SELECT $1, $2, t.channel, 'pl', gen_random_uuid()::text, t.status, t.sent_at, t.sent_at + interval '7 days',
              CASE WHEN t.status = 'scheduled' THEN NULL ELSE t.sent_at END, CASE WHEN t.status IN ('failed', 'bounced') THEN t.sent_at END, t.cc, t.team
       FROM unnest($3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[]) WITH ORDINALITY AS t(channel, status, sent_at, cc, team, ord)
       ORDER BY t.ord
       RETURNING id`,
      [
        surveyId,
        customerId,
        rows.map((r) => r.channel ?? 'email'),
        rows.map((r) => r.status ?? (r.score === undefined ? 'sent' : 'answered')),
        rows.map((r) => r.sentAt),
        rows.map((r) => (r.contactChannel === undefined ? 'phone' : r.contactChannel)),
        rows.map((r) => (r.team === undefined ? 'Infolinia' : r.team)),
      ],
    );
    const answered = rows.map((r, i) => ({ ...r, id: ids[i].id })).filter((r) => r.score !== undefined);
    await db.query(
      `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, source, channel, contact_channel, team, created_at, updated_at)
       SELECT i.id, i.survey_id, i.customer_id, $2, t.score, 'email_link', i.channel, i.contact_channel, i.team, t.at, t.at
       FROM unnest($1::uuid[], $3::int[], $4::timestamptz[]) AS t(id, score, at) JOIN invitations i ON i.id = t.id`,
      [answered.map((r) => r.id), metric, answered.map((r) => r.score), answered.map((r) => r.answeredAt ?? r.sentAt)],
    );
  }

  /** `n` invitations sent at `at`, answered with `score`. */
  const answers = (n: number, score: number, at: string, extra: Partial<Sent> = {}): Sent[] => Array.from({ length: n }, () => ({ sentAt: at, score, ...extra }));

  /**
   * The answer through each path the service has: raw rows of dirty hours
   * (before a refresh), the rollups (after it), and the raw reference; all
   * three must agree, and the rollup answer is returned.
   */
  async function ask(q: MetricsQuery): Promise<MetricsView> {
    const beforeRefresh = await metrics.query(q);
    await rollups.refreshDirty();
    const [{ dirty }] = await db.query('SELECT count(*)::int AS dirty FROM metrics_dirty_hours');
    expect(dirty).toBe(0);
    const fromRollups = await metrics.query(q);
    expect(fromRollups).toEqual(beforeRefresh);
    expect(await metrics.query({ ...q, source: 'raw' })).toEqual(fromRollups);
    return fromRollups;
  }

  describe('NPS, CSAT and CES on fixed data', () => {
    it('computes NPS 25.0 ± 36.34 from 10 promoters, 5 passives and 5 detractors, flagged as a low sample', async () => {
      const surveyId = await survey('nps');
      const at = '2025-05-14T10:00:00Z';
      await seed(surveyId, [
        ...answers(6, 10, at),
        ...answers(4, 9, at),
        ...answers(3, 8, at),
        ...answers(2, 7, at),
        ...answers(2, 6, at),
        ...answers(1, 3, at),
        ...answers(2, 0, at),
      ]);

      const result = await ask({ metric: 'nps', from: '2025-05-01', to: '2025-06-01', filters: { surveyId } });

      // p₊ = 10/20 = 0.5, p₋ = 5/20 = 0.25: NPS = (0.5 − 0.25)·100 = 25.
      // MoE = 1.96·sqrt((0.5 + 0.25 − 0.25²)/20)·100 = 1.96·sqrt(0.6875/20)·100 = 1.96·0.1854050·100 = 36.339 → 36.3
      const [group] = result.buckets[0].groups;
      expect(group).toEqual({
        group: null,
        n: 20,
        value: 25,
        marginOfError: 36.3,
        lowSample: true,
        promoters: 10,
        passives: 5,
        detractors: 5,
        responseRate: { delivered: 20, answered: 20, rate: 100 },
      });
      expect(result).toMatchObject({ metric: 'nps', interval: 'none', timeZone: 'Europe/Warsaw', groupBy: 'none' });
      // May is CEST (UTC+2): local midnights.
      expect(result.buckets).toEqual([{ start: null, from: '2025-04-30T22:00:00.000Z', to: '2025-05-31T22:00:00.000Z', groups: [group] }]);
    });

    it('computes CSAT 70.0 ± 16.4 from 21 of 30 answers at 4–5, not a low sample at n = 30', async () => {
      const surveyId = await survey('csat');
      const at = '2025-05-20T08:15:00Z';
      await seed(surveyId, [...answers(12, 5, at), ...answers(9, 4, at), ...answers(3, 3, at), ...answers(4, 2, at), ...answers(2, 1, at)]);

      const [group] = (await ask({ metric: 'csat', from: '2025-05-01', to: '2025-06-01', filters: { surveyId } })).buckets[0].groups;

      // p = 21/30 = 0.7: CSAT 70; MoE = 1.96·sqrt(0.7·0.3/30)·100 = 1.96·sqrt(0.007)·100 = 1.96·0.0836660·100 = 16.399 → 16.4
      expect(group).toMatchObject({ n: 30, satisfied: 21, lowSample: false, value: 70, marginOfError: 16.4 });
      expect(group).not.toHaveProperty('promoters');
    });

    it('computes CES as the mean score (two decimals) with 1.96·s/√n as its margin', async () => {
      const surveyId = await survey('ces');
      const at = '2025-05-20T08:15:00Z';
      await seed(surveyId, [1, 2, 3, 4, 5, 6, 7, 7].map((score) => ({ sentAt: at, score })));

      const [group] = (await ask({ metric: 'ces', from: '2025-05-01', to: '2025-06-01', filters: { surveyId } })).buckets[0].groups;

      // (1 + 2 + 3 + 4 + 5 + 6 + 7 + 7) / 8 = 35 / 8 = 4.375 → 4.38 (half away from zero).
      // Σx² = 1 + 4 + 9 + 16 + 25 + 36 + 49 + 49 = 189; s² = (189 − 35²/8) / 7 = (189 − 153.125) / 7 = 5.125;
      // MoE = 1.96·sqrt(5.125/8) = 1.96·0.800391 = 1.5688 → 1.57
      expect(group).toMatchObject({ n: 8, value: 4.38, marginOfError: 1.57, lowSample: true });
    });

    it('counts a changed score once, with its latest value, in the period of the first answer', async () => {
      const surveyId = await survey('nps');
      await seed(surveyId, [...answers(3, 10, '2025-05-10T12:00:00Z'), { sentAt: '2025-05-10T12:00:00Z', score: 2 }]);
      await rollups.refreshDirty();
      // The detractor changes their mind a week later (as ResponsesRepository.replace writes it).
      await db.query(`UPDATE responses SET score = 9, updated_at = '2025-05-17T12:00:00Z' WHERE survey_id = $1 AND score = 2`, [surveyId]);

      const result = await ask({ metric: 'nps', from: '2025-05-01', to: '2025-06-01', interval: 'week', filters: { surveyId } });

      // 4 promoters of 4 in the week of 5 May: NPS 100; the week of 12 May has none.
      const weeks = result.buckets.map((b) => [b.start, b.groups[0].n, b.groups[0].value]);
      expect(weeks).toEqual([
        ['2025-04-28', 0, null],
        ['2025-05-05', 4, 100],
        ['2025-05-12', 0, null],
        ['2025-05-19', 0, null],
        ['2025-05-26', 0, null],
      ]);
    });
  });

  describe('periods', () => {
    it('puts answers around the spring DST change into Warsaw weeks by local time', async () => {
      const surveyId = await survey('nps');
      await seed(surveyId, [
        { sentAt: '2025-03-23T22:30:00Z', score: 10 }, // Sun 23:30 CET: week of 17 March
        { sentAt: '2025-03-23T23:30:00Z', score: 0 }, // Mon 00:30 CET: week of 24 March
        { sentAt: '2025-03-30T01:30:00Z', score: 9 }, // Sun 03:30 CEST, just after the change: week of 24 March
        { sentAt: '2025-03-30T21:30:00Z', score: 8 }, // Sun 23:30 CEST: week of 24 March
        { sentAt: '2025-03-30T22:30:00Z', score: 3 }, // Mon 00:30 CEST: week of 31 March
      ]);

      const result = await ask({ metric: 'nps', from: '2025-03-17', to: '2025-04-07', interval: 'week', timeZone: 'Europe/Warsaw', filters: { surveyId } });

      expect(result.buckets.map((b) => ({ start: b.start, from: b.from, to: b.to, n: b.groups[0].n, value: b.groups[0].value }))).toEqual([
        // 1 promoter of 1: 100
        { start: '2025-03-17', from: '2025-03-16T23:00:00.000Z', to: '2025-03-23T23:00:00.000Z', n: 1, value: 100 },
        // a 167-hour week: 1 promoter, 1 passive, 1 detractor of 3: 0
        { start: '2025-03-24', from: '2025-03-23T23:00:00.000Z', to: '2025-03-30T22:00:00.000Z', n: 3, value: 0 },
        // 1 detractor of 1: −100
        { start: '2025-03-31', from: '2025-03-30T22:00:00.000Z', to: '2025-04-06T22:00:00.000Z', n: 1, value: -100 },
      ]);
    });

    it('puts answers around the autumn DST change into Warsaw weeks and days by local time', async () => {
      const surveyId = await survey('csat');
      await seed(surveyId, [
        { sentAt: '2025-10-26T00:30:00Z', score: 5 }, // Sun 02:30 CEST, before the change
        { sentAt: '2025-10-26T01:30:00Z', score: 5 }, // Sun 02:30 CET, the repeated hour
        { sentAt: '2025-10-26T22:30:00Z', score: 1 }, // Sun 23:30 CET: still Sunday, week of 20 October
        { sentAt: '2025-10-26T23:30:00Z', score: 4 }, // Mon 00:30 CET: week of 27 October
      ]);

      const weeks = await ask({ metric: 'csat', from: '2025-10-20', to: '2025-11-03', interval: 'week', timeZone: 'Europe/Warsaw', filters: { surveyId } });
      // 2 of 3 satisfied: 66.666… % → 66.7; then 1 of 1.
      expect(weeks.buckets.map((b) => [b.start, b.from, b.to, b.groups[0].n, b.groups[0].satisfied])).toEqual([
        ['2025-10-20', '2025-10-19T22:00:00.000Z', '2025-10-26T23:00:00.000Z', 3, 2],
        ['2025-10-27', '2025-10-26T23:00:00.000Z', '2025-11-02T23:00:00.000Z', 1, 1],
      ]);
      expect(weeks.buckets[0].groups[0].value).toBe(66.7);

      const days = await ask({ metric: 'csat', from: '2025-10-25', to: '2025-10-28', interval: 'day', timeZone: 'Europe/Warsaw', filters: { surveyId } });
      // The 25-hour Sunday holds the first three.
      expect(days.buckets.map((b) => [b.start, b.from, b.to, b.groups[0].n])).toEqual([
        ['2025-10-25', '2025-10-24T22:00:00.000Z', '2025-10-25T22:00:00.000Z', 0],
        ['2025-10-26', '2025-10-25T22:00:00.000Z', '2025-10-26T23:00:00.000Z', 3],
        ['2025-10-27', '2025-10-26T23:00:00.000Z', '2025-10-27T23:00:00.000Z', 1],
      ]);
    });

    it('cuts days at the half hour in Asia/Kolkata and clips the first and last bucket to from and to', async () => {
      const surveyId = await survey('nps');
      await seed(surveyId, [
        { sentAt: '2025-02-03T18:29:00Z', score: 10 }, // 23:59 IST on 3 February
        { sentAt: '2025-02-03T18:31:00Z', score: 0 }, // 00:01 IST on 4 February
        { sentAt: '2025-02-04T18:45:00Z', score: 9 }, // 00:15 IST on 5 February, after `to`
      ]);

      const result = await ask({ metric: 'nps', from: '2025-02-03T12:00:00+05:30', to: '2025-02-05T00:10', interval: 'day', timeZone: 'Asia/Kolkata', filters: { surveyId } });

      expect(result.buckets.map((b) => [b.start, b.from, b.to, b.groups[0].n, b.groups[0].value])).toEqual([
        ['2025-02-03', '2025-02-03T06:30:00.000Z', '2025-02-03T18:30:00.000Z', 1, 100],
        ['2025-02-04', '2025-02-03T18:30:00.000Z', '2025-02-04T18:30:00.000Z', 1, -100],
        ['2025-02-05', '2025-02-04T18:30:00.000Z', '2025-02-04T18:40:00.000Z', 0, null],
      ]);
    });

    it('lists empty months with n = 0 and no value, and an empty period as one empty group', async () => {
      const surveyId = await survey('nps');
      await seed(surveyId, [...answers(2, 10, '2025-01-15T12:00:00Z'), ...answers(1, 5, '2025-03-15T12:00:00Z')]);

      const result = await ask({ metric: 'nps', from: '2025-01-01', to: '2025-05-01', interval: 'month', timeZone: 'UTC', filters: { surveyId } });

      const empty = { group: null, n: 0, value: null, marginOfError: null, lowSample: true, promoters: 0, passives: 0, detractors: 0, responseRate: { delivered: 0, answered: 0, rate: null } };
      expect(result.buckets.map((b) => b.start)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']);
      expect(result.buckets[1].groups).toEqual([empty]);
      expect(result.buckets[3].groups).toEqual([empty]);
      expect(result.buckets[2].groups[0]).toMatchObject({ n: 1, value: -100, detractors: 1 });

      const nothing = await ask({ metric: 'nps', from: '2019-01-01', to: '2019-01-08', interval: 'day', groupBy: 'contactChannel', filters: { surveyId } });
      expect(nothing.buckets).toHaveLength(7);
      expect(nothing.buckets.every((b) => b.groups.length === 0)).toBe(true);
    });
  });

  describe('groups, filters and response rate', () => {
    it('groups by contact channel, team and survey channel, unrecorded last, with each group in every bucket', async () => {
      const surveyId = await survey('nps');
      const mon = '2025-06-02T09:00:00Z';
      const tue = '2025-06-10T09:00:00Z';
      await seed(surveyId, [
        ...answers(3, 10, mon, { contactChannel: 'phone', team: 'Infolinia', channel: 'sms' }),
        ...answers(1, 2, mon, { contactChannel: 'phone', team: 'Infolinia', channel: 'email' }),
        ...answers(2, 9, mon, { contactChannel: 'chat', team: 'Czat', channel: 'email' }),
        ...answers(1, 7, tue, { contactChannel: null, team: null, channel: 'email' }),
        { sentAt: tue, contactChannel: 'chat', team: 'Czat', channel: 'email' },
      ]);
      const base = { metric: 'nps' as const, from: '2025-06-02', to: '2025-06-16', interval: 'week' as const, timeZone: 'Europe/Warsaw' };

      const byChannel = await ask({ ...base, groupBy: 'contactChannel', filters: { surveyId } });
      const cell = (b: number, g: number) => {
        const x = byChannel.buckets[b].groups[g];
        return [x.group, x.n, x.value, x.responseRate.delivered, x.responseRate.answered];
      };
      expect(byChannel.buckets[0].groups.map((g) => g.group)).toEqual(['chat', 'phone', null]);
      // Week 1: chat 2 promoters of 2 (100); phone 3 promoters, 1 detractor of 4: (3 − 1)/4 = 50.
      expect([cell(0, 0), cell(0, 1), cell(0, 2)]).toEqual([
        ['chat', 2, 100, 2, 2],
        ['phone', 4, 50, 4, 4],
        [null, 0, null, 0, 0],
      ]);
      // Week 2: one passive without a contact channel (0); chat's one invitation is unanswered: rate 0 %.
      expect([cell(1, 0), cell(1, 1), cell(1, 2)]).toEqual([
        ['chat', 0, null, 1, 0],
        ['phone', 0, null, 0, 0],
        [null, 1, 0, 1, 1],
      ]);
      expect(byChannel.buckets[1].groups[0].responseRate.rate).toBe(0);

      const byTeam = await ask({ ...base, interval: 'none', groupBy: 'team', filters: { surveyId } });
      expect(byTeam.buckets[0].groups.map((g) => [g.group, g.n, g.value])).toEqual([
        ['Czat', 2, 100],
        ['Infolinia', 4, 50],
        [null, 1, 0],
      ]);

      const byChannelOfSurvey = await ask({ ...base, interval: 'none', groupBy: 'channel', filters: { surveyId } });
      // e-mail: 2 promoters, 1 passive, 1 detractor of 4 → 25; SMS: 3 of 3 → 100.
      expect(byChannelOfSurvey.buckets[0].groups.map((g) => [g.group, g.n, g.value])).toEqual([
        ['email', 4, 25],
        ['sms', 3, 100],
      ]);

      const bySurvey = await ask({ ...base, interval: 'none', groupBy: 'survey', filters: { surveyId } });
      expect(bySurvey.buckets[0].groups.map((g) => [g.group, g.n])).toEqual([[surveyId, 7]]);

      const filtered = await ask({ ...base, interval: 'none', filters: { surveyId, contactChannel: 'phone', channel: 'email' } });
      expect(filtered.buckets[0].groups[0]).toMatchObject({ n: 1, value: -100 });
      const team = await ask({ ...base, interval: 'none', filters: { surveyId, team: 'Czat' } });
      expect(team.buckets[0].groups[0]).toMatchObject({ n: 2, responseRate: { delivered: 3, answered: 2 } });
      expect(team.buckets[0].groups[0].responseRate.rate).toBe(66.7);
    });

    it('counts no exit survey invitation toward any metric: the exit survey asks reasons, not a score', async () => {
      const csat = await survey('csat');
      const [exit] = await db.query(`SELECT id FROM surveys WHERE kind = 'exit' ORDER BY created_at LIMIT 1`);
      await seed(csat, [{ sentAt: '2023-07-10T10:00:00Z', score: 5 }]);
      await seed(exit.id, [{ sentAt: '2023-07-10T10:00:00Z' }, { sentAt: '2023-07-10T11:00:00Z', status: 'delivered' }]);

      for (const metric of ['csat', 'nps', 'ces'] as const) {
        const [bucket] = (await ask({ metric, from: '2023-07-01', to: '2023-08-01', interval: 'month', timeZone: 'UTC', filters: {} })).buckets;
        expect(bucket.groups[0].responseRate).toEqual(metric === 'csat' ? { delivered: 1, answered: 1, rate: 100 } : { delivered: 0, answered: 0, rate: null });
      }
    });

    it('counts invitations delivered in the period they were sent, answered whenever, and leaves failed, bounced and unsent out', async () => {
      const surveyId = await survey('csat');
      await seed(surveyId, [
        // Sent on 31 January, answered on 2 February: January's rate, February's n.
        { sentAt: '2025-01-31T10:00:00Z', answeredAt: '2025-02-02T10:00:00Z', score: 5 },
        { sentAt: '2025-01-20T10:00:00Z', score: 4 },
        { sentAt: '2025-01-20T10:00:00Z' },
        { sentAt: '2025-01-20T10:00:00Z', status: 'expired' },
        { sentAt: '2025-01-20T10:00:00Z', status: 'delivered' },
        { sentAt: '2025-01-20T10:00:00Z', status: 'failed' },
        { sentAt: '2025-01-20T10:00:00Z', status: 'bounced' },
        { sentAt: '2025-01-20T10:00:00Z', status: 'scheduled' },
        // An answer proves delivery even if a late report said it failed.
        { sentAt: '2025-02-10T10:00:00Z', score: 1, status: 'failed' },
      ]);

      const result = await ask({ metric: 'csat', from: '2025-01-01', to: '2025-03-01', interval: 'month', timeZone: 'UTC', filters: { surveyId } });

      const [jan, feb] = result.buckets.map((b) => b.groups[0]);
      // January: delivered = 2 answered + sent + expired + delivered = 5; answered 2: 40 %. n = 1 (the 20 January answer).
      expect(jan).toMatchObject({ n: 1, responseRate: { delivered: 5, answered: 2, rate: 40 } });
      // February: n = 2 (the late answer and the "failed" one); delivered 1, answered 1.
      expect(feb).toMatchObject({ n: 2, satisfied: 1, responseRate: { delivered: 1, answered: 1, rate: 100 } });
    });
  });

  describe('rollups', () => {
    /** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
    function random(seed: number): () => number {
      return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    it('answer exactly as the raw rows do in every zone, interval and grouping, with some hours dirty', async () => {
      const surveyIds = [await survey('nps'), await survey('nps')];
      const rnd = random(20251123);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
      const start = Date.parse('2024-01-01T00:00:00Z');
      const span = 366 * 86_400_000;
      for (const surveyId of surveyIds) {
        await seed(
          surveyId,
          Array.from({ length: 1500 }, () => {
            const sent = start + Math.floor(rnd() * span);
            const answered = rnd() < 0.6;
            return {
              sentAt: new Date(sent).toISOString(),
              ...(answered ? { score: Math.floor(rnd() * 11), answeredAt: new Date(sent + Math.floor(rnd() * 3 * 86_400_000)).toISOString() } : {}),
              status: answered ? undefined : pick(['sent', 'delivered', 'expired', 'failed', 'bounced'] as const),
              contactChannel: pick(['phone', 'chat', 'email', null]),
              team: pick(['A', 'B', 'C', null]),
              channel: pick(['email', 'sms'] as const),
            };
          }),
        );
      }
      await rollups.refreshDirty();
      // Writes after the refresh: their hours are dirty, read raw next to rolled-up ones.
      await db.query(`UPDATE responses SET score = 10 - score WHERE survey_id = $1 AND created_at < '2024-03-01'`, [surveyIds[0]]);
      await db.query(`UPDATE invitations SET status = 'bounced' WHERE survey_id = $1 AND status = 'sent' AND sent_at BETWEEN '2024-06-01' AND '2024-06-20'`, [surveyIds[1]]);
      const [{ dirty }] = await db.query('SELECT count(*)::int AS dirty FROM metrics_dirty_hours');
      expect(dirty).toBeGreaterThan(10);

      const cases: Array<Partial<MetricsQuery>> = [
        { interval: 'week', timeZone: 'Europe/Warsaw', groupBy: 'contactChannel' },
        { interval: 'day', timeZone: 'Asia/Kolkata', groupBy: 'team', from: '2024-03-20', to: '2024-04-15' },
        { interval: 'day', timeZone: 'Australia/Lord_Howe', groupBy: 'channel', from: '2024-03-25', to: '2024-04-15' },
        { interval: 'month', timeZone: 'America/St_Johns', groupBy: 'survey' },
        { interval: 'week', timeZone: 'Asia/Kathmandu', groupBy: 'none', from: '2024-02-10T10:17:00Z', to: '2024-07-01T03:05:00Z' },
        { interval: 'week', timeZone: 'America/New_York', groupBy: 'team', filters: { contactChannel: 'chat' } },
        { interval: 'none', timeZone: 'UTC', groupBy: 'contactChannel', filters: { channel: 'sms', team: 'A' } },
        { interval: 'day', timeZone: 'UTC', groupBy: 'none', from: '2024-06-01', to: '2024-06-30' },
      ];
      for (const c of cases) {
        const q: MetricsQuery = { metric: 'nps', from: '2024-01-01', to: '2025-01-01', ...c, filters: { ...c.filters } };
        const viaRollups = await metrics.query(q);
        const raw = await metrics.query({ ...q, source: 'raw' });
        expect({ case: c, result: viaRollups }).toEqual({ case: c, result: raw });
        expect(viaRollups.buckets.reduce((sum, b) => sum + b.groups.reduce((s, g) => s + g.n, 0), 0)).toBeGreaterThan(0);
      }

      // All of them in one statement, as the overview reads its series, give what each gives alone; so do
      // the same series for CSAT (read in the same pass, and empty here: these surveys ask for NPS).
      const series = (
        await Promise.all(
          cases.map(async (c) => {
            const { bounds } = await metrics.period(c.from ?? '2024-01-01', c.to ?? '2025-01-01', c.interval ?? 'none', c.timeZone);
            return (['nps', 'csat'] as const).map((metric) => ({ metric, groupBy: c.groupBy ?? 'none', filters: { ...c.filters }, bounds }));
          }),
        )
      ).flat();
      const sorted = (rows: SeriesRow[]) => [...rows].sort((a, b) => a.bucket - b.bucket || a.group.localeCompare(b.group));
      const together = (await metrics.sumsMany(series)).map(sorted);
      expect(together).toEqual((await Promise.all(series.map((q) => metrics.sums(q)))).map(sorted));
      expect(together.every((rows, i) => rows.some((r) => r.n > 0) === (series[i].metric === 'nps'))).toBe(true);
    });

    it('includes an answer recorded a moment ago, and its change, in the next answer', async () => {
      const responses = services.module.get(ResponsesService);
      const surveyId = await survey('nps');
      const invitation = await makeInvitation(db, customerId, { surveyId, channel: 'sms' });
      await rollups.refreshDirty();
      const q: MetricsQuery = { metric: 'nps', from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString(), filters: { surveyId } };
      expect((await metrics.query(q)).buckets[0].groups[0]).toMatchObject({ n: 0, responseRate: { delivered: 1, answered: 0 } });

      const input = { invitationId: invitation.id, surveyId, customerId, metric: 'nps' as const, score: 3, source: 'sms' as const };
      await responses.record(input);
      expect((await metrics.query(q)).buckets[0].groups[0]).toMatchObject({ n: 1, detractors: 1, responseRate: { delivered: 1, answered: 1 } });

      await responses.record({ ...input, score: 10 });
      expect((await metrics.query(q)).buckets[0].groups[0]).toMatchObject({ n: 1, promoters: 1, detractors: 0, value: 100 });

      await rollups.refreshDirty();
      expect((await metrics.query(q)).buckets[0].groups[0]).toMatchObject({ n: 1, promoters: 1, value: 100, responseRate: { answered: 1 } });
    });

    it('loses no answer recorded while a refresh runs', async () => {
      const responses = services.module.get(ResponsesService);
      const surveyId = await survey('nps');
      const invitations = await Promise.all(Array.from({ length: 40 }, () => makeInvitation(db, customerId, { surveyId, channel: 'email' })));
      await rollups.refreshDirty();

      let writing = true;
      const refreshing = (async () => {
        while (writing) await rollups.refreshDirty();
      })();
      // Each answered, then changed: 40 first answers and 40 changes racing the refresh loop.
      await Promise.all(
        invitations.map(async (inv, i) => {
          const input = { invitationId: inv.id, surveyId, customerId, metric: 'nps' as const, score: i % 11, source: 'email_link' as const };
          await responses.record(input);
          await responses.record({ ...input, score: 10 - (i % 11) });
        }),
      );
      writing = false;
      await refreshing;
      await rollups.refreshDirty();

      const q: MetricsQuery = { metric: 'nps', from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString(), filters: { surveyId } };
      const viaRollups = await metrics.query(q);
      expect(viaRollups).toEqual(await metrics.query({ ...q, source: 'raw' }));
      // Latest scores 10 − (i mod 11) for i = 0..39: 9–10 come from i mod 11 ∈ {0, 1} (i = 0, 1, 11, 12, 22, 23, 33, 34): 8 promoters;
      // 0–6 from i mod 11 ∈ {4..10}: 7 per full run of 11 (i < 33: 21) plus i = 37, 38, 39: 24 detractors.
      expect(viaRollups.buckets[0].groups[0]).toMatchObject({ n: 40, promoters: 8, detractors: 24, responseRate: { delivered: 40, answered: 40 } });
    });
  });
});
