import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One HTTP request of a delivery: what came back, or why nothing did. */
@Entity({ name: 'webhook_attempts' })
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('uuid', { name: 'delivery_id' }) deliveryId: string;
  @Column('int') attempt: number;
  @Column('int', { name: 'status_code', nullable: true }) statusCode: number | null;
  @Column('text', { nullable: true }) error: string | null;
  @Column('int', { name: 'duration_ms' }) durationMs: number;
  @Column('timestamptz', { name: 'attempted_at' }) attemptedAt: Date;
}
