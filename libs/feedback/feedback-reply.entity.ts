import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReplyChannel = 'email' | 'sms';
export type ReplyStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** The outbox row of a reply to the customer, written with its send job. */
@Entity({ name: 'feedback_replies' })
export class FeedbackReplyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'item_id' }) itemId: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('text') channel: ReplyChannel;
  @Column('text') locale: 'pl' | 'en';
  @Column('text', { nullable: true }) subject: string | null;
  /** NULL once the customer was erased. */
  @Column('text', { nullable: true }) body: string | null;
  @Column('text') status: ReplyStatus;
  @Column('text', { name: 'provider_message_id', nullable: true }) providerMessageId: string | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
}
