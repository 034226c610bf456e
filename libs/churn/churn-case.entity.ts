import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ChurnReason, Destination, MightReturn } from './churn-reasons';

export const CHURN_STATUSES = ['open', 'contacted', 'offer_made', 'won_back', 'lost'] as const;
export type ChurnStatus = (typeof CHURN_STATUSES)[number];
export const OPEN_STATUSES: readonly ChurnStatus[] = ['open', 'contacted', 'offer_made'];

export const CHURN_SOURCES = ['event', 'manual', 'proactive'] as const;
export type ChurnSource = (typeof CHURN_SOURCES)[number];

/** numeric comes back from pg as text; money stays exact in the database and becomes a number only here. */
const money = { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One customer cancellation the retention team works, with its exit
 * interview (one per case, changeable: the latest answer counts). Queries
 * are hand-written in ChurnCasesRepository; the entity serves the GDPR export.
 */
@Entity({ name: 'churn_cases' })
export class ChurnCaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('text') source: ChurnSource;
  @Column('uuid', { name: 'event_id', nullable: true }) eventId: string | null;
  @Column('text') status: ChurnStatus;
  @Column('text', { name: 'recorded_reason', nullable: true }) recordedReason: string | null;
  @Column('text', { nullable: true }) plan: string | null;
  @Column('numeric', { name: 'value_at_risk', nullable: true, transformer: money }) valueAtRisk: number | null;
  @Column('timestamptz', { name: 'customer_since', nullable: true }) customerSince: Date | null;
  @Column('timestamptz', { name: 'cancelled_at' }) cancelledAt: Date;
  @Column('timestamptz', { name: 'effective_at', nullable: true }) effectiveAt: Date | null;
  @Column('uuid', { name: 'owner_id', nullable: true }) ownerId: string | null;
  @Column('uuid', { name: 'opened_by', nullable: true }) openedBy: string | null;
  @Column('timestamptz', { name: 'first_contact_due' }) firstContactDue: Date;
  @Column('timestamptz', { name: 'first_contacted_at', nullable: true }) firstContactedAt: Date | null;
  @Column('text', { name: 'lost_reason', nullable: true }) lostReason: string | null;
  @Column('uuid', { name: 'won_offer_id', nullable: true }) wonOfferId: string | null;
  @Column('uuid', { name: 'exit_invitation_id', nullable: true }) exitInvitationId: string | null;
  @Column('text', { name: 'interview_primary_reason', nullable: true }) interviewPrimaryReason: ChurnReason | null;
  @Column('text', { name: 'interview_secondary_reasons', array: true, default: () => "'{}'" }) interviewSecondaryReasons: ChurnReason[];
  @Column('text', { name: 'interview_destination', nullable: true }) interviewDestination: Destination | null;
  @Column('text', { name: 'interview_competitor', nullable: true }) interviewCompetitor: string | null;
  @Column('text', { name: 'interview_might_return', nullable: true }) interviewMightReturn: MightReturn | null;
  @Column('text', { name: 'interview_comment', nullable: true }) interviewComment: string | null;
  @Column('text', { name: 'interview_source', nullable: true }) interviewSource: 'survey' | 'agent' | null;
  @Column('uuid', { name: 'interview_recorded_by', nullable: true }) interviewRecordedBy: string | null;
  @Column('timestamptz', { name: 'interview_recorded_at', nullable: true }) interviewRecordedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}

export const ACTIVITY_KINDS = ['call', 'note', 'email', 'offer', 'opened', 'cancellation', 'status_changed', 'assigned', 'interview'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** What staff log by hand; the rest are written by the case's own changes. */
export const MANUAL_ACTIVITY_KINDS = ['call', 'note', 'email'] as const;
export type ManualActivityKind = (typeof MANUAL_ACTIVITY_KINDS)[number];

@Entity({ name: 'churn_case_activities' })
export class ChurnCaseActivityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('text') kind: ActivityKind;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('text', { nullable: true }) body: string | null;
  @Column('jsonb') data: Record<string, unknown>;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
}

export const OFFER_OUTCOMES = ['pending', 'accepted', 'declined'] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];

@Entity({ name: 'churn_offers' })
export class ChurnOfferEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'offer_type_id' }) offerTypeId: string;
  @Column('text') outcome: OfferOutcome;
  @Column('text', { nullable: true }) details: string | null;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}

@Entity({ name: 'churn_offer_types' })
export class ChurnOfferTypeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') key: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('boolean', { default: true }) active: boolean;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
