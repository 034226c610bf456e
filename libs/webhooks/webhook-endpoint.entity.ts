import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EndpointStatus, WebhookEventType } from './webhook-events';

@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') url: string;
  @Column('text') description: string;
  @Column('text', { array: true }) events: WebhookEventType[];
  @Column('text') status: EndpointStatus;
  /** Never selected unless asked for: only the delivery job reads it. */
  @Column('bytea', { name: 'secret_ciphertext', select: false }) secretCiphertext: Buffer;
  @Column('text', { name: 'secret_hint' }) secretHint: string;
  @Column('timestamptz', { name: 'secret_rotated_at' }) secretRotatedAt: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
