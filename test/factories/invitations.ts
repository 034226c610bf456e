import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type Metric = 'csat' | 'nps' | 'ces';

export interface InvitationRow {
  id: string;
  surveyId: string;
  customerId: string;
  channel: 'email' | 'sms';
  locale: 'pl' | 'en';
  token: string;
  status: string;
  expiresAt: Date;
}

export interface InvitationOverrides {
  /** Survey to invite to; by default one with `metric` (the seeded CSAT/NPS ones, a CES one is created). */
  surveyId?: string;
  metric?: Metric;
  channel?: 'email' | 'sms';
  locale?: 'pl' | 'en';
  token?: string;
  status?: 'scheduled' | 'sending' | 'sent' | 'delivered' | 'failed' | 'answered' | 'expired';
  /** Default: sent an hour ago. */
  sentAt?: Date;
  /** Default: a week after sentAt. */
  expiresAt?: Date;
  providerMessageId?: string | null;
}

const dataSource = (target: INestApplicationContext | DataSource) => (target instanceof DataSource ? target : target.get(DataSource));

/** Id of a survey measuring `metric`, creating a minimal one when the seed has none (CES). */
export async function surveyWithMetric(target: INestApplicationContext | DataSource, metric: Metric): Promise<string> {
  const db = dataSource(target);
  const [existing] = await db.query(`SELECT id FROM surveys WHERE metric = $1 ORDER BY created_at LIMIT 1`, [metric]);
  if (existing) return existing.id;
  const [{ id }] = await db.query(
    `INSERT INTO surveys (name, kind, metric, question, follow_up)
     VALUES ($1, 'post_contact', $2, '{"pl": "Pytanie?", "en": "Question?"}', '{"pl": "Dlaczego?", "en": "Why?"}') RETURNING id`,
    [`Test ${metric}`, metric],
  );
  return id;
}

/**
 * A persisted invitation that was already sent (status `sent` unless told),
 * inserted as the invitations migration defines the table, without the
 * scheduler: tests of answers need an invitation, not the way it came about.
 */
export async function makeInvitation(
  target: INestApplicationContext | DataSource,
  customerId: string,
  overrides: InvitationOverrides = {},
): Promise<InvitationRow> {
  const db = dataSource(target);
  const surveyId = overrides.surveyId ?? (await surveyWithMetric(db, overrides.metric ?? 'csat'));
  const sentAt = overrides.sentAt ?? new Date(Date.now() - 3_600_000);
  const expiresAt = overrides.expiresAt ?? new Date(sentAt.getTime() + 7 * 86_400_000);
  const row = {
    surveyId,
    customerId,
    channel: overrides.channel ?? 'sms',
    locale: overrides.locale ?? 'pl',
    token: overrides.token ?? randomBytes(24).toString('base64url'),
    status: overrides.status ?? 'sent',
    expiresAt,
  };
  const notYetSent = row.status === 'scheduled' || row.status === 'sending';
  const [{ id }] = await db.query(
    `INSERT INTO invitations (survey_id, customer_id, channel, locale, token, status, due_at, expires_at, sent_at, provider_message_id, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      row.surveyId,
      row.customerId,
      row.channel,
      row.locale,
      row.token,
      row.status,
      sentAt,
      row.expiresAt,
      notYetSent ? null : sentAt,
      overrides.providerMessageId ?? null,
      notYetSent ? 0 : 1,
    ],
  );
  return { id, ...row } as InvitationRow;
}
