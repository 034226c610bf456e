import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of an invitation's history: each status change with its reason
 * (the provider's error, "quiet hours: moved to 08:00"), and what happened to
 * it afterwards (a reply that could not be read), for support and audits.
 */
@Entity({ name: 'invitation_log' })
export class InvitationLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId: string;
  /** An invitation status, or another word for what happened ('reminder_sent', 'reply_ignored'). */
  @Column('text') status: string;
  @Column('text', { nullable: true }) detail: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
