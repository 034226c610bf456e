import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContactChannel, EventType } from './dto/create-event.dto';
import type { EventData } from './dto/event.dto';

/**
 * Mapping of `events`. Ingestion and listing use hand-written SQL in
 * EventsRepository for speed; the entity serves the rarer whole-row paths
 * (personal-data export and erasure).
 */
@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') type: EventType;
  @Column('text', { name: 'idempotency_key', unique: true }) idempotencyKey: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('timestamptz', { name: 'received_at', default: () => 'now()' }) receivedAt: Date;
  @Column('text', { name: 'contact_channel', nullable: true }) contactChannel: ContactChannel | null;
  @Column('text', { nullable: true }) team: string | null;
  @Column('text', { nullable: true }) agent: string | null;
  @Column('text', { name: 'case_id', nullable: true }) caseId: string | null;
  @Column('jsonb', { default: () => "'{}'::jsonb" }) data: EventData;
  @Column('uuid', { name: 'api_key_id', nullable: true }) apiKeyId: string | null;
  /** sha256 of the canonical body first sent with the key (see hashEventInput); not personal data to export, cleared on erasure. */
  @Column('text', { name: 'body_hash', nullable: true, select: false }) bodyHash: string | null;
}
