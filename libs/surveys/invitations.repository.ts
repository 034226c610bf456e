import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { Cursor, Keyed, exactTimestampSql } from '@feedloop/core/http/cursor';
import { LEASE_LOCK_CLASS } from '@feedloop/core/jobs/jobs.service';
import type { SurveyChannel, SurveyLocale } from './survey.entity';
import { InvitationEntity, InvitationStatus, SuppressionReason } from './invitation.entity';
import { InvitationLogEntity } from './invitation-log.entity';

/** A new invitation as the scheduler decided it. */
export interface InvitationInsert {
  surveyId: string;
  customerId: string;
  eventId: string;
  locale: SurveyLocale;
  token: string;
  status: 'scheduled' | 'suppressed';
  suppressionReason: SuppressionReason | null;
  dueAt: Date;
  expiresAt: Date;
  /** The first line of its log. */
  detail: string;
}

/** An invitation as a customer's timeline shows it. */
export interface InvitationView {
  id: string;
  surveyId: string;
  surveyName: string;
  /** The triggering event; null for invitations not made from an event. */
  eventId: string | null;
  status: InvitationStatus;
  suppressionReason: SuppressionReason | null;
  channel: SurveyChannel | null;
  contactChannel: string | null;
  team: string | null;
  createdAt: Date;
  dueAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
  answeredAt: Date | null;
  reminderSentAt: Date | null;
  expiresAt: Date;
}

/** One status change decided by the dispatcher, applied with its log line. */
export interface InvitationTransition {
  id: string;
  status: InvitationStatus;
  suppressionReason?: SuppressionReason | null;
  channel?: SurveyChannel | null;
  /** The claim before a send: counts an attempt. */
  countAttempt?: boolean;
  /** Kept in last_error (a provider's reason). */
  error?: string | null;
  /** With status 'sending': the lease of the claiming workers process (JobsService.leaseKey). */
  lease?: number | null;
  detail: string;
}

/** A message handed to a provider, to record as sent. */
export interface SentWrite {
  id: string;
  providerMessageId: string;
  detail: string;
}

export interface SentRow {
  id: string;
  channel: SurveyChannel;
  sentAt: Date;
  /** The survey's, read in the same statement, for scheduling the reminder. */
  reminderAfterHours: number | null;
}

/** An invitation that counts toward the throttle: received, on its way or due. */
export interface ThrottleMark {
  /** null for one decided in the same batch and not inserted yet. */
  invitationId: string | null;
  customerId: string;
  at: Date;
}

/**
 * Advisory-lock class for per-customer invitation decisions (throttle): the
 * two-key form keeps these apart from pg-boss's and anyone's single-key locks.
 */
const CUSTOMER_LOCK_CLASS = 0x1f5e;

// Sorted by the key itself: every transaction takes them in one global order, so two never deadlock.
const LOCK_CUSTOMERS_SQL = `
  SELECT pg_advisory_xact_lock(${CUSTOMER_LOCK_CLASS}, k)
  FROM (SELECT DISTINCT hashtext(c) AS k FROM unnest($1::text[]) AS c) keys
  ORDER BY k`;

const LOCK_CUSTOMERS_OF_INVITATIONS_SQL = `
  SELECT pg_advisory_xact_lock(${CUSTOMER_LOCK_CLASS}, k)
  FROM (SELECT DISTINCT hashtext(customer_id::text) AS k FROM invitations WHERE id = ANY($1::uuid[])) keys
  ORDER BY k`;

const INSERT_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::text[])
      AS t(survey_id, customer_id, event_id, locale, token, status, suppression_reason, due_at, expires_at, detail)
  ), inserted AS (
    INSERT INTO invitations (survey_id, customer_id, event_id, locale, token, status, suppression_reason, due_at, expires_at, contact_channel, team)
    SELECT input.survey_id, input.customer_id, input.event_id, input.locale, input.token, input.status, input.suppression_reason,
           input.due_at, input.expires_at, e.contact_channel, e.team
    FROM input LEFT JOIN events e ON e.id = input.event_id
    ON CONFLICT (survey_id, event_id) WHERE event_id IS NOT NULL DO NOTHING
    RETURNING id, survey_id, event_id, status, due_at
  ), logged AS (
    INSERT INTO invitation_log (invitation_id, status, detail)
    SELECT i.id, i.status, input.detail FROM inserted i JOIN input USING (survey_id, event_id)
  )
  SELECT id, survey_id, event_id, status, due_at FROM inserted`;

const TRANSITION_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::text[], $7::text[], $8::int[])
      AS t(id, status, suppression_reason, channel, count_attempt, error, detail, lease)
  ), changed AS (
    UPDATE invitations i SET
      status = input.status,
      send_lease = CASE WHEN input.status = 'sending' THEN input.lease END,
      suppression_reason = input.suppression_reason,
      channel = COALESCE(input.channel, i.channel),
      attempts = i.attempts + CASE WHEN input.count_attempt THEN 1 ELSE 0 END,
      last_error = COALESCE(input.error, i.last_error),
      failed_at = CASE WHEN input.status IN ('failed', 'bounced') THEN now() ELSE i.failed_at END,
      updated_at = now()
    FROM input WHERE i.id = input.id
    RETURNING i.id
  )
  INSERT INTO invitation_log (invitation_id, status, detail)
  SELECT input.id, input.status, input.detail FROM input JOIN changed USING (id)`;

/**
 * A delivery report may overtake our own record of the send (the provider
 * answered, the report came, then this UPDATE ran): what it recorded wins.
 * Once sent, the answer window is the survey's full expiry from now,
 * however late the send was.
 */
const MARK_SENT_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, provider_message_id, detail)
  ), changed AS (
    UPDATE invitations i SET
      status = CASE WHEN i.failed_at IS NOT NULL THEN 'failed' WHEN i.delivered_at IS NOT NULL THEN 'delivered' ELSE 'sent' END,
      provider_message_id = input.provider_message_id,
      send_lease = NULL,
      sent_at = now(),
      expires_at = GREATEST(i.expires_at, now() + s.expiry_hours * interval '1 hour'),
      updated_at = now()
    FROM input, surveys s
    WHERE i.id = input.id AND s.id = i.survey_id AND i.status = 'sending'
    RETURNING i.id, i.channel, i.sent_at, s.reminder_after_hours
  ), logged AS (
    INSERT INTO invitation_log (invitation_id, status, detail)
    SELECT input.id, 'sent', input.detail FROM input JOIN changed USING (id)
  )
  SELECT id, channel, sent_at, reminder_after_hours FROM changed`;

/** Received: sent and not known to have failed. */
const RECEIVED = `(i.status IN ('sent', 'delivered', 'answered', 'expired') AND i.sent_at IS NOT NULL)`;

/** What a new invitation is throttled by: received, being sent, or due (timed by its due time). */
const SCHEDULING_MARKS_SQL = `
  SELECT i.id, i.customer_id, COALESCE(i.sent_at, i.due_at) AS at
  FROM invitations i JOIN surveys s ON s.id = i.survey_id
  WHERE i.customer_id = ANY($1::uuid[]) AND s.throttle_days > 0
    AND (i.status IN ('scheduled', 'sending') OR ${RECEIVED})
    AND COALESCE(i.sent_at, i.due_at) >= $2`;

/** What a send re-checks: only what went out, or is going out now (no sent_at yet: it counts as now). */
const SENDING_MARKS_SQL = `
  SELECT i.id, i.customer_id, COALESCE(i.sent_at, now()) AS at
  FROM invitations i JOIN surveys s ON s.id = i.survey_id
  WHERE i.customer_id = ANY($1::uuid[]) AND s.throttle_days > 0
    AND (i.status = 'sending' OR ${RECEIVED})
    AND COALESCE(i.sent_at, now()) >= $2`;

@Injectable()
export class InvitationsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /**
   * Serialises invitation decisions per customer until the transaction ends,
   * so two processes cannot both find a customer unthrottled and both send.
   */
  async lockCustomers(customerIds: string[], manager: EntityManager): Promise<void> {
    if (customerIds.length) await manager.query(LOCK_CUSTOMERS_SQL, [customerIds]);
  }

  /** Inserts what is new; an invitation for a (survey, event) pair that exists is skipped. */
  async insertMany(rows: InvitationInsert[], manager: EntityManager): Promise<Array<{ id: string; surveyId: string; eventId: string; status: InvitationStatus; dueAt: Date }>> {
    if (!rows.length) return [];
    const result: Array<{ id: string; survey_id: string; event_id: string; status: InvitationStatus; due_at: Date }> = await manager.query(INSERT_SQL, [
      rows.map((r) => r.surveyId),
      rows.map((r) => r.customerId),
      rows.map((r) => r.eventId),
      rows.map((r) => r.locale),
      rows.map((r) => r.token),
      rows.map((r) => r.status),
      rows.map((r) => r.suppressionReason),
      rows.map((r) => r.dueAt),
      rows.map((r) => r.expiresAt),
      rows.map((r) => r.detail),
    ]);
    return result.map((r) => ({ id: r.id, surveyId: r.survey_id, eventId: r.event_id, status: r.status, dueAt: r.due_at }));
  }

  /**
   * Invitations of throttled surveys to these customers that are due, being
   * sent or were received, timed at or after `since` (sent time, else due time).
   */
  throttleMarksForScheduling(customerIds: string[], since: Date, manager: EntityManager): Promise<ThrottleMark[]> {
    return this.throttleMarks(SCHEDULING_MARKS_SQL, customerIds, since, manager);
  }

  /** As throttleMarksForScheduling, without the ones merely due. */
  throttleMarksForSending(customerIds: string[], since: Date, manager: EntityManager): Promise<ThrottleMark[]> {
    return this.throttleMarks(SENDING_MARKS_SQL, customerIds, since, manager);
  }

  private async throttleMarks(sql: string, customerIds: string[], since: Date, manager: EntityManager): Promise<ThrottleMark[]> {
    if (!customerIds.length) return [];
    const rows: Array<{ id: string; customer_id: string; at: Date }> = await manager.query(sql, [customerIds, since]);
    return rows.map((r) => ({ invitationId: r.id, customerId: r.customer_id, at: r.at }));
  }

  /** The invitations, locked until the transaction ends, the earliest due first (it wins a throttle tie). */
  lockByIds(ids: string[], manager: EntityManager): Promise<InvitationEntity[]> {
    return manager
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.id IN (:...ids)', { ids })
      .orderBy('i.due_at')
      .addOrderBy('i.created_at')
      .addOrderBy('i.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** lockCustomers for the customers of these invitations, taken before the invitations themselves are locked. */
  async lockCustomersOf(invitationIds: string[], manager: EntityManager): Promise<void> {
    if (invitationIds.length) await manager.query(LOCK_CUSTOMERS_OF_INVITATIONS_SQL, [invitationIds]);
  }

  async applyTransitions(transitions: InvitationTransition[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!transitions.length) return;
    await manager.query(TRANSITION_SQL, [
      transitions.map((t) => t.id),
      transitions.map((t) => t.status),
      transitions.map((t) => t.suppressionReason ?? null),
      transitions.map((t) => t.channel ?? null),
      transitions.map((t) => t.countAttempt ?? false),
      transitions.map((t) => t.error ?? null),
      transitions.map((t) => t.detail),
      transitions.map((t) => t.lease ?? null),
    ]);
  }

  /**
   * Leases (see JobsService.leaseKey) under which invitations are claimed
   * for sending and that no process holds now, other than `ownLease`.
   */
  async freeLeases(ownLease: number): Promise<number[]> {
    const rows: Array<{ lease: number }> = await this.dataSource.query(
      `SELECT DISTINCT i.send_lease AS lease FROM invitations i
       WHERE i.status = 'sending' AND i.send_lease IS NOT NULL AND i.send_lease <> $1
         AND NOT EXISTS (SELECT 1 FROM pg_locks l
                         WHERE l.locktype = 'advisory' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                           AND l.classid = ${LEASE_LOCK_CLASS} AND l.objid = i.send_lease::oid AND l.objsubid = 2)`,
      [ownLease],
    );
    return rows.map((r) => r.lease);
  }

  /**
   * Invitations claimed for sending under these leases, whose processes are
   * gone. Locked until the transaction ends, like the leases themselves
   * (checked free again), so two processes never take the same one over.
   */
  async lockOrphanedClaims(leases: number[], limit: number, manager: EntityManager): Promise<Array<{ id: string; attempts: number }>> {
    return manager.query(
      `SELECT id, attempts FROM invitations
       WHERE status = 'sending' AND send_lease = ANY($1::int[])
         AND pg_try_advisory_xact_lock(${LEASE_LOCK_CLASS}, send_lease)
       ORDER BY due_at LIMIT $2
       FOR UPDATE SKIP LOCKED`,
      [leases, limit],
    );
  }

  /** Scheduled invitations due since before `before`, the longest overdue first. */
  async overdueIds(before: Date, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM invitations WHERE status = 'scheduled' AND due_at < $1 ORDER BY due_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Records sends; invitations no longer 'sending' (a concurrent change) are left alone and not returned. */
  async markSent(writes: SentWrite[], manager: EntityManager): Promise<SentRow[]> {
    if (!writes.length) return [];
    const rows: Array<{ id: string; channel: SurveyChannel; sent_at: Date; reminder_after_hours: number | null }> = await manager.query(MARK_SENT_SQL, [
      writes.map((w) => w.id),
      writes.map((w) => w.providerMessageId),
      writes.map((w) => w.detail),
    ]);
    return rows.map((r) => ({ id: r.id, channel: r.channel, sentAt: r.sent_at, reminderAfterHours: r.reminder_after_hours }));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<InvitationEntity | null> {
    return manager.findOneBy(InvitationEntity, { id });
  }

  findByToken(token: string): Promise<InvitationEntity | null> {
    return this.dataSource.manager.findOneBy(InvitationEntity, { token });
  }

  findByProviderMessageId(providerMessageId: string): Promise<InvitationEntity | null> {
    return this.dataSource.manager.findOne(InvitationEntity, { where: { providerMessageId }, order: { createdAt: 'DESC' } });
  }

  /** The SMS survey this customer was texted last that may still be answered. */
  findOpenSms(customerId: string): Promise<InvitationEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.customer_id = :customerId', { customerId })
      .andWhere(`i.channel = 'sms'`)
      .andWhere(`i.status IN ('sent', 'delivered', 'answered')`)
      .andWhere('i.expires_at > now()')
      .orderBy('i.sent_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getOne();
  }

  /** True when it changed: answering twice, or after expiry, changes nothing. */
  async markAnswered(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH changed AS (
         UPDATE invitations SET status = 'answered', answered_at = now(), updated_at = now()
         WHERE id = $1 AND status IN ('sent', 'delivered')
         RETURNING id
       )
       INSERT INTO invitation_log (invitation_id, status, detail) SELECT id, 'answered', NULL FROM changed
       RETURNING invitation_id`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * A delivery report. From 'sent' (or 'delivered', for a late failure) the
   * status follows it; before our own record of the send ('sending') only the
   * time is kept, and markSent derives the status from it; on any other
   * status (answered, expired) only the time is kept. Returns the status after.
   */
  async applyDeliveryReport(id: string, outcome: 'delivered' | 'failed', detail: string): Promise<InvitationStatus | null> {
    const follows = outcome === 'delivered' ? `'sent'` : `'sent', 'delivered'`;
    const rows: Array<{ status: InvitationStatus }> = await this.dataSource.query(
      `WITH changed AS (
         UPDATE invitations SET
           status = CASE WHEN status IN (${follows}) THEN $2 ELSE status END,
           delivered_at = CASE WHEN $2 = 'delivered' THEN COALESCE(delivered_at, now()) ELSE delivered_at END,
           failed_at = CASE WHEN $2 = 'failed' AND status IN ('sending', ${follows}) THEN now() ELSE failed_at END,
           last_error = CASE WHEN $2 = 'failed' THEN $3 ELSE last_error END,
           updated_at = now()
         WHERE id = $1
         RETURNING id, status
       ), logged AS (
         INSERT INTO invitation_log (invitation_id, status, detail) SELECT id, $2, $3 FROM changed
       )
       SELECT status FROM changed`,
      [id, outcome, detail],
    );
    return rows[0]?.status ?? null;
  }

  async log(invitationId: string, status: string, detail: string | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(InvitationLogEntity, { invitationId, status, detail });
  }

  logEntries(invitationId: string): Promise<InvitationLogEntity[]> {
    return this.dataSource.manager.find(InvitationLogEntity, { where: { invitationId }, order: { id: 'ASC' } });
  }

  /**
   * Takes the right to send the one reminder: set before sending, so a crash
   * in between loses a reminder rather than sending two. Returns the invitation
   * when it was still waiting for one (sent or delivered by e-mail, unanswered, not expired).
   */
  async claimReminder(id: string): Promise<InvitationEntity | null> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `UPDATE invitations SET reminder_sent_at = now(), updated_at = now()
       WHERE id = $1 AND reminder_sent_at IS NULL AND channel = 'email'
         AND status IN ('sent', 'delivered') AND expires_at > now()
       RETURNING id`,
      [id],
    );
    return rows.length ? this.findById(id) : null;
  }

  /** Gives a claimed reminder back after a failure that is worth retrying. */
  async releaseReminder(id: string): Promise<void> {
    await this.dataSource.query('UPDATE invitations SET reminder_sent_at = NULL, updated_at = now() WHERE id = $1', [id]);
  }

  /** Marks up to `limit` sent invitations past their answer window expired; returns how many. */
  async expireDue(limit: number): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM invitations
         WHERE status IN ('sent', 'delivered') AND expires_at <= now()
         ORDER BY expires_at LIMIT $1
         FOR UPDATE SKIP LOCKED
       ), changed AS (
         UPDATE invitations i SET status = 'expired', updated_at = now() FROM due WHERE i.id = due.id RETURNING i.id
       )
       INSERT INTO invitation_log (invitation_id, status, detail)
       SELECT id, 'expired', 'not answered before it expired' FROM changed
       RETURNING invitation_id`,
      [limit],
    );
    return rows.length;
  }

  /**
   * A customer's invitations, newest first by when they were sent (or, never
   * sent, created), strictly after `before` in that order. The customer's
   * invitations are few: the sort happens after invitations_customer_sent_idx found them.
   */
  async listForCustomer(customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<InvitationView>>> {
    const params: unknown[] = [customerId, limit];
    const after = before ? `AND (COALESCE(i.sent_at, i.created_at), i.id) < ($3::timestamptz, $4::uuid)` : '';
    if (before) params.push(before.at, before.id);
    const rows: Array<InvitationView & { cursorAt: string }> = await this.dataSource.query(
      `SELECT i.id, i.survey_id AS "surveyId", s.name AS "surveyName", i.event_id AS "eventId", i.status,
              i.suppression_reason AS "suppressionReason", i.channel, i.contact_channel AS "contactChannel", i.team,
              i.created_at AS "createdAt", i.due_at AS "dueAt", i.sent_at AS "sentAt", i.delivered_at AS "deliveredAt",
              i.failed_at AS "failedAt", i.answered_at AS "answeredAt", i.reminder_sent_at AS "reminderSentAt",
              i.expires_at AS "expiresAt", ${exactTimestampSql('COALESCE(i.sent_at, i.created_at)')} AS "cursorAt"
       FROM invitations i JOIN surveys s ON s.id = i.survey_id
       WHERE i.customer_id = $1 ${after}
       ORDER BY COALESCE(i.sent_at, i.created_at) DESC, i.id DESC
       LIMIT $2`,
      params,
    );
    return rows.map(({ cursorAt, ...row }) => ({ key: { at: cursorAt, id: row.id }, row }));
  }

  /** Per survey: invitations sent (once sent, whatever came after) and answered. One pass over the table, for the surveys list. */
  async countsBySurvey(): Promise<Map<string, { sent: number; answered: number }>> {
    const rows: Array<{ survey_id: string; sent: string; answered: string }> = await this.dataSource.query(
      `SELECT survey_id, count(sent_at) AS sent, count(answered_at) AS answered FROM invitations GROUP BY survey_id`,
    );
    return new Map(rows.map((r) => [r.survey_id, { sent: Number(r.sent), answered: Number(r.answered) }]));
  }

  findByCustomer(customerId: string, manager: EntityManager): Promise<InvitationEntity[]> {
    return manager.find(InvitationEntity, { where: { customerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
