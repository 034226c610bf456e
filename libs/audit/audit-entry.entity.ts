import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ACTOR_KINDS = ['user', 'api_key', 'cli', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** One audited change (see the migration for what the columns are for). */
@Entity({ name: 'audit_log' })
export class AuditEntryEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('timestamptz') at: Date;
  @Column('text', { name: 'actor_kind' }) actorKind: ActorKind;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId: string | null;
  @Column('uuid', { name: 'actor_api_key_id', nullable: true }) actorApiKeyId: string | null;
  @Column('text', { name: 'actor_label' }) actorLabel: string;
  @Column('text') action: string;
  @Column('text', { name: 'entity_type' }) entityType: string;
  @Column('text', { name: 'entity_id', nullable: true }) entityId: string | null;
  @Column('uuid', { name: 'customer_id', nullable: true }) customerId: string | null;
  @Column('jsonb', { nullable: true }) before: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) after: Record<string, unknown> | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId: string | null;
  @Column('text', { name: 'client_address', nullable: true }) clientAddress: string | null;
}
