import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SurveyChannel, SurveyLocale } from './survey.entity';

export type InvitationStatus = 'scheduled' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'answered' | 'expired' | 'suppressed';

export type SuppressionReason = 'throttled' | 'opted_out' | 'no_address' | 'stale' | 'survey_paused' | 'customer_erased';

/**
 * The outbox row of one survey sent (or deliberately not sent) to one
 * customer. It is written in the same transaction as the job that sends it;
 * its status is what a retried job re-checks, so a message goes out at most
 * once per invitation.
 */
@Entity({ name: 'invitations' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'survey_id' }) surveyId: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  /** The triggering event; null for invitations not made from an event. */
  @Column('uuid', { name: 'event_id', nullable: true }) eventId: string | null;
  /** Chosen when the message is sent; null until then. */
  @Column('text', { nullable: true }) channel: SurveyChannel | null;
  @Column('text') locale: SurveyLocale;
  /** Copied from the triggering contact event: what feedback is reported by. */
  @Column('text', { name: 'contact_channel', nullable: true }) contactChannel: string | null;
  @Column('text', { nullable: true }) team: string | null;
  /** Random, ≥128 bits: what the links in the message carry. */
  @Column('text', { unique: true }) token: string;
  @Column('text', { default: 'scheduled' }) status: InvitationStatus;
  @Column('text', { name: 'suppression_reason', nullable: true }) suppressionReason: SuppressionReason | null;
  @Column('timestamptz', { name: 'due_at' }) dueAt: Date;
  /** Until then the invitation may be sent; once sent, until then it may be answered. */
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('integer', { default: 0 }) attempts: number;
  /** While 'sending': the lease of the workers process that claimed it (JobsService.leaseKey). */
  @Column('integer', { name: 'send_lease', nullable: true }) sendLease: number | null;
  @Column('text', { name: 'provider_message_id', nullable: true }) providerMessageId: string | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @Column('timestamptz', { name: 'failed_at', nullable: true }) failedAt: Date | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt: Date | null;
  @Column('timestamptz', { name: 'reminder_sent_at', nullable: true }) reminderSentAt: Date | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
