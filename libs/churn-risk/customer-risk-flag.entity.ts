import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RiskReason } from './risk-rules';

export const RISK_FLAG_STATUSES = ['active', 'dismissed', 'cleared'] as const;
export type RiskFlagStatus = (typeof RISK_FLAG_STATUSES)[number];
export type ClearedReason = 'no_signals' | 'cancelled';

/**
 * One customer's place on the early-warning list (one row per customer,
 * reused when they are flagged again). Written only by RiskEvaluationService
 * (reasons, score, clearing) and AtRiskCustomersService (dismissal).
 */
@Entity({ name: 'customer_risk_flags' })
export class CustomerRiskFlagEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'customer_id', unique: true }) customerId: string;
  @Column('text') status: RiskFlagStatus;
  @Column('jsonb', { default: () => "'[]'::jsonb" }) reasons: RiskReason[];
  @Column('smallint') score: number;
  /** Start of the current flagging: set when the customer enters the list, again after a clear or a dismissal a new signal undid. */
  @Column('timestamptz', { name: 'first_flagged_at' }) firstFlaggedAt: Date;
  @Column('timestamptz', { name: 'last_evaluated_at' }) lastEvaluatedAt: Date;
  @Column('timestamptz', { name: 'cleared_at', nullable: true }) clearedAt: Date | null;
  @Column('text', { name: 'cleared_reason', nullable: true }) clearedReason: ClearedReason | null;
  /** The last dismissal (kept after a new signal brings the flag back, as its history). */
  @Column('timestamptz', { name: 'dismissed_at', nullable: true }) dismissedAt: Date | null;
  @Column('uuid', { name: 'dismissed_by', nullable: true }) dismissedBy: string | null;
  @Column('uuid', { name: 'dismissed_by_api_key_id', nullable: true }) dismissedByApiKeyId: string | null;
  @Column('text', { name: 'dismissed_evidence', array: true, default: () => "'{}'" }) dismissedEvidence: string[];
}
