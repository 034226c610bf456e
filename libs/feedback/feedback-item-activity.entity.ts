import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ActivityKind =
  | 'created'
  | 'updated_by_answer'
  | 'withdrawn'
  | 'status_changed'
  | 'assigned'
  | 'rerouted_in'
  | 'rerouted_out'
  | 'themes_changed'
  | 'reply_queued'
  | 'reply_sent'
  | 'reply_failed'
  | 'sla_breached';

@Entity({ name: 'feedback_item_activities' })
export class FeedbackItemActivityEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('uuid', { name: 'item_id' }) itemId: string;
  @Column('text') kind: ActivityKind;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('jsonb') data: Record<string, unknown>;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
