import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { surveyWithMetric } from './invitations';

const dataSource = (target: INestApplicationContext | DataSource) => (target instanceof DataSource ? target : target.get(DataSource));

export interface SeedResponsesOptions {
  /** Responses are spread evenly over [from, to). Default: the 30 days before now. */
  from?: Date;
  to?: Date;
  /** Customers they are spread over; created when not given (count/10, at least 1). */
  customerIds?: string[];
  /** Every nth response has a comment ("comment n"); 0: none. Default 5. */
  commentEvery?: number;
  /** About one response in n was changed once (one row in response_changes); 0: none. Default 0. */
  changeEvery?: number;
  /** Number of distinct teams ("team-0" ...). Default 40. */
  teams?: number;
}

const CONTACT_CHANNELS = ['phone', 'email', 'chat', 'social', 'branch', 'app'];
const SEED_HOURS_PER_STATEMENT = 500;

/**
 * `count` answered invitations and their responses in a few set-based
 * statements, for tests that need volume (pagination, exports, query plans)
 * rather than particular rows. Response n (1-based) goes to the CSAT, NPS and
 * CES surveys in turn, with contact channels, teams and survey channels
 * cycling, so every filter matches a predictable share.
 */
export async function seedResponses(target: INestApplicationContext | DataSource, count: number, options: SeedResponsesOptions = {}): Promise<void> {
  const db = dataSource(target);
  const to = options.to ?? new Date();
  const from = options.from ?? new Date(to.getTime() - 30 * 86_400_000);
  const surveys = [await surveyWithMetric(db, 'csat'), await surveyWithMetric(db, 'nps'), await surveyWithMetric(db, 'ces')];
  let customerIds = options.customerIds;
  if (!customerIds) {
    const rows: Array<{ id: string }> = await db.query(
      `INSERT INTO customers (external_id, name, locale, time_zone)
       SELECT 'seed-' || gen_random_uuid(), 'Seeded ' || n, 'pl', 'Europe/Warsaw' FROM generate_series(1, $1) n RETURNING id`,
      [Math.max(1, Math.floor(count / 10))],
    );
    customerIds = rows.map((r) => r.id);
  }
  const secondsApart = (to.getTime() - from.getTime()) / count / 1000;
  const params = [
    count,
    surveys,
    customerIds,
    CONTACT_CHANNELS,
    options.teams ?? 40,
    from,
    secondsApart,
    options.commentEvery ?? 5,
  ];
  // The metrics triggers take a lock per hour a statement writes: a year in one statement would run out of lock memory.
  const perStatement = Math.max(1, Math.floor((SEED_HOURS_PER_STATEMENT * 3600) / secondsApart));
  for (let first = 1; first <= count; first += perStatement) {
    await db.query(
      `WITH input AS (
         SELECT n,
                ($2::uuid[])[1 + (n % 3)] AS survey_id,
                (ARRAY['csat', 'nps', 'ces'])[1 + (n % 3)] AS metric,
                ($3::uuid[])[1 + (n % cardinality($3::uuid[]))] AS customer_id,
                ($4::text[])[1 + (n % cardinality($4::text[]))] AS contact_channel,
                'team-' || (n % $5) AS team,
                CASE WHEN n % 2 = 0 THEN 'email' ELSE 'sms' END AS channel,
                $6::timestamptz + (n - 1) * $7::float8 * interval '1 second' AS at,
                'seed-' || gen_random_uuid() AS token
         FROM generate_series($9::int, LEAST($1, $10::int)) n
       ), invited AS (
         INSERT INTO invitations (survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, answered_at, contact_channel, team)
         SELECT survey_id, customer_id, channel, 'pl', token, 'answered', at, at + interval '7 days', at, at, contact_channel, team
         FROM input
         RETURNING id, token
       )
       INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, comment, source, channel, contact_channel, team, created_at, updated_at)
       SELECT inv.id, i.survey_id, i.customer_id, i.metric,
              CASE i.metric WHEN 'nps' THEN i.n % 11 WHEN 'csat' THEN 1 + i.n % 5 ELSE 1 + i.n % 7 END,
              CASE WHEN $8 > 0 AND i.n % $8 = 0 THEN 'comment ' || i.n END,
              'email_link', i.channel, i.contact_channel, i.team, i.at, i.at
       FROM invited inv JOIN input i ON i.token = inv.token`,
      [...params, first, first + perStatement - 1],
    );
  }
  if (options.changeEvery) {
    await db.query(
      `INSERT INTO response_changes (response_id, score, comment, source, changed_at)
       SELECT id, score, NULL, 'email_link', created_at FROM responses
       WHERE customer_id = ANY($1::uuid[]) AND abs(hashtext(id::text)) % $2 = 0`,
      [customerIds, options.changeEvery],
    );
  }
}

/** One answer of `customerId` given at `at` (default now), on an answered invitation of a survey with that metric. */
export async function makeResponse(
  target: INestApplicationContext | DataSource,
  customerId: string,
  answer: { metric: 'csat' | 'nps' | 'ces'; score: number; at?: Date; comment?: string | null },
): Promise<{ id: string; invitationId: string }> {
  const db = dataSource(target);
  const at = answer.at ?? new Date();
  const surveyId = await surveyWithMetric(db, answer.metric);
  const [invitation] = await db.query(
    `INSERT INTO invitations (survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, answered_at)
     VALUES ($1, $2, 'email', 'pl', 'resp-' || gen_random_uuid(), 'answered', $3::timestamptz - interval '1 hour', $3::timestamptz + interval '7 days', $3::timestamptz - interval '1 hour', $3)
     RETURNING id`,
    [surveyId, customerId, at],
  );
  const [response] = await db.query(
    `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, comment, source, channel, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'email_link', 'email', $7, $7) RETURNING id`,
    [invitation.id, surveyId, customerId, answer.metric, answer.score, answer.comment ?? null, at],
  );
  return { id: response.id, invitationId: invitation.id };
}
