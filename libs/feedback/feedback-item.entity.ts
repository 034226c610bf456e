import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const FEEDBACK_STATUSES = ['new', 'acknowledged', 'in_progress', 'resolved'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export type RoutingReason = 'score' | 'theme' | 'history' | 'manual' | 'exit_interview';

/**
 * What one department has to act on from one response: one row per response
 * and department (a unique index), so a retried routing job or a changed
 * answer updates it. The answer's score, comment and contact are copied at
 * routing time so an inbox is one table scan; a changed answer re-copies them.
 */
@Entity({ name: 'feedback_items' })
export class FeedbackItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Null for an item from an exit interview. */
  @Column('uuid', { name: 'response_id', nullable: true }) responseId: string | null;
  /** The churn case whose exit interview made the item (libs/churn); null for an answer's item. */
  @Column('uuid', { name: 'churn_case_id', nullable: true }) churnCaseId: string | null;
  @Column('uuid', { name: 'department_id' }) departmentId: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('uuid', { name: 'survey_id', nullable: true }) surveyId: string | null;
  @Column('uuid', { name: 'invitation_id', nullable: true }) invitationId: string | null;
  @Column('text', { nullable: true }) metric: 'csat' | 'nps' | 'ces' | null;
  @Column('smallint', { nullable: true }) score: number | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('text', { nullable: true }) locale: 'pl' | 'en' | null;
  @Column('text', { name: 'contact_channel', nullable: true }) contactChannel: string | null;
  @Column('text', { nullable: true }) team: string | null;
  @Column('text', { nullable: true }) agent: string | null;
  @Column('text', { name: 'case_id', nullable: true }) caseId: string | null;
  @Column('text') reason: RoutingReason;
  @Column('text') status: FeedbackStatus;
  @Column('uuid', { name: 'assignee_id', nullable: true }) assigneeId: string | null;
  @Column('text', { name: 'resolution_note', nullable: true }) resolutionNote: string | null;
  @Column('timestamptz', { name: 'acknowledge_by' }) acknowledgeBy: Date;
  @Column('timestamptz', { name: 'resolve_by' }) resolveBy: Date;
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true }) acknowledgedAt: Date | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt: Date | null;
  @Column('uuid', { name: 'rerouted_from_id', nullable: true }) reroutedFromId: string | null;
  @Column('timestamptz', { name: 'ack_breach_alerted_at', nullable: true }) ackBreachAlertedAt: Date | null;
  @Column('timestamptz', { name: 'resolve_breach_alerted_at', nullable: true }) resolveBreachAlertedAt: Date | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
