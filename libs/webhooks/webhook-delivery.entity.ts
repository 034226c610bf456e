import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeliveryEventType, DeliveryStatus } from './webhook-events';

/** One event for one endpoint, tried until it succeeds or runs out of attempts. */
@Entity({ name: 'webhook_deliveries' })
export class WebhookDeliveryEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'endpoint_id' }) endpointId: string;
  @Column('text', { name: 'event_type' }) eventType: DeliveryEventType;
  @Column('uuid', { name: 'customer_id', nullable: true }) customerId: string | null;
  @Column('text', { nullable: true }) payload: string | null;
  @Column('text') status: DeliveryStatus;
  @Column('int') attempts: number;
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  @Column('int', { name: 'last_status_code', nullable: true }) lastStatusCode: number | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
}
