import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { makeCustomer } from './customers';
import { Metric, makeInvitation } from './invitations';

export interface FeedbackItemOverrides {
  /** Department key; default logistics. */
  department?: string;
  customerId?: string;
  metric?: Metric;
  score?: number;
  comment?: string | null;
  themes?: string[];
  status?: 'new' | 'acknowledged' | 'in_progress' | 'resolved';
  contactChannel?: string | null;
  team?: string | null;
  /** Default: now. Deadlines follow from the department's SLA. */
  createdAt?: Date;
}

export interface FeedbackItemRow {
  id: string;
  customerId: string;
  responseId: string;
  departmentId: string;
}

/**
 * A feedback item as routing would leave it (an answered invitation, its
 * response, the item with its deadlines and themes), inserted directly:
 * inbox tests need items in known departments, not the classifier's choice.
 */
export async function makeFeedbackItem(target: INestApplicationContext | DataSource, overrides: FeedbackItemOverrides = {}): Promise<FeedbackItemRow> {
  const db = target instanceof DataSource ? target : target.get(DataSource);
  const customerId = overrides.customerId ?? (await makeCustomer(db)).id;
  const metric = overrides.metric ?? 'csat';
  const createdAt = overrides.createdAt ?? new Date();
  const invitation = await makeInvitation(db, customerId, { metric, status: 'answered', sentAt: new Date(createdAt.getTime() - 3_600_000) });
  const contactChannel = overrides.contactChannel === undefined ? 'phone' : overrides.contactChannel;
  const team = overrides.team === undefined ? 'Infolinia' : overrides.team;
  const score = overrides.score ?? 1;
  const comment = overrides.comment === undefined ? 'Paczka przyszła tydzień po terminie.' : overrides.comment;
  const [response] = await db.query(
    `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, comment, source, channel, contact_channel, team, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'web', $7, $8, $9, $10, $10) RETURNING id`,
    [invitation.id, invitation.surveyId, customerId, metric, score, comment, invitation.channel, contactChannel, team, createdAt],
  );
  const [department] = await db.query(`SELECT id, ack_sla_hours, resolve_sla_days FROM departments WHERE key = $1`, [overrides.department ?? 'logistics']);
  const status = overrides.status ?? 'new';
  const [item] = await db.query(
    `INSERT INTO feedback_items (response_id, department_id, customer_id, survey_id, invitation_id, metric, score, comment, locale,
                                 contact_channel, team, reason, status, acknowledge_by, resolve_by, acknowledged_at, resolved_at, resolution_note, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pl', $9, $10, 'score', $11,
             $12::timestamptz + make_interval(hours => $13), $12::timestamptz + make_interval(days => $14),
             CASE WHEN $11 <> 'new' THEN $12::timestamptz END, CASE WHEN $11 = 'resolved' THEN $12::timestamptz END,
             CASE WHEN $11 = 'resolved' THEN 'Rozwiązane' END, $12, $12)
     RETURNING id`,
    [response.id, department.id, customerId, invitation.surveyId, invitation.id, metric, score, comment, contactChannel, team, status, createdAt,
     department.ack_sla_hours, department.resolve_sla_days],
  );
  for (const key of overrides.themes ?? []) {
    await db.query(`INSERT INTO feedback_item_themes (item_id, theme_key, confidence, source) VALUES ($1, $2, 0.9, 'model')`, [item.id, key]);
  }
  return { id: item.id, customerId, responseId: response.id, departmentId: department.id };
}
