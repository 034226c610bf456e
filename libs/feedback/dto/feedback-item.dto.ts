import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FEEDBACK_STATUSES, FeedbackStatus, RoutingReason } from '../feedback-item.entity';

export const SLA_STATES = ['on_time', 'due_soon', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export class DepartmentRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'logistics' }) key: string;
  @ApiProperty({ example: 'Logistics' }) name: string;
}

export class ItemThemeDto {
  @ApiProperty({ example: 'late_delivery' }) key: string;
  @ApiProperty({ description: '0..1' }) confidence: number;
  @ApiProperty({ enum: ['model', 'keyword', 'history', 'staff'], description: 'What assigned it' }) source: string;
  @ApiProperty({ description: 'Names per locale' }) name: { pl?: string; en?: string };
}

export class ItemCustomerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null once erased' }) name: string | null;
}

export class ItemContactDto {
  @ApiProperty({ type: String, nullable: true, example: 'phone' }) channel: string | null;
  @ApiProperty({ type: String, nullable: true }) team: string | null;
  @ApiProperty({ type: String, nullable: true }) agent: string | null;
  @ApiProperty({ type: String, nullable: true }) caseId: string | null;
}

export class UserRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class FeedbackItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: DepartmentRefDto }) department: DepartmentRefDto;
  @ApiProperty({ type: [ItemThemeDto] }) themes: ItemThemeDto[];
  @ApiProperty({ enum: FEEDBACK_STATUSES }) status: FeedbackStatus;
  @ApiProperty({ enum: ['score', 'theme', 'history', 'manual', 'exit_interview'], description: 'Why it reached this department (exit_interview: a leaving customer\'s reasons or comment)' })
  reason: RoutingReason;
  @ApiProperty({ type: Number, nullable: true, description: 'null for an exit interview' }) score: number | null;
  @ApiProperty({ enum: ['csat', 'nps', 'ces'], nullable: true }) metric: 'csat' | 'nps' | 'ces' | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['pl', 'en'] }) locale: 'pl' | 'en' | null;
  @ApiProperty({ type: ItemCustomerDto }) customer: ItemCustomerDto;
  @ApiProperty({ type: ItemContactDto }) contact: ItemContactDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) surveyId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for an exit interview' }) responseId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The churn case whose exit interview made the item' }) churnCaseId: string | null;
  @ApiProperty({ type: UserRefDto, nullable: true }) assignee: UserRefDto | null;
  @ApiProperty({ format: 'date-time' }) acknowledgeBy: string;
  @ApiProperty({ format: 'date-time' }) resolveBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) resolutionNote: string | null;
  @ApiProperty({ enum: SLA_STATES, description: 'Against the deadline that applies now (acknowledge while new, then resolve); for resolved items whether both were met' })
  slaState: SlaState;
  @ApiProperty({ type: DepartmentRefDto, nullable: true, description: 'The department it was re-routed from' }) reroutedFrom: DepartmentRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class FeedbackItemPageDto {
  @ApiProperty({ type: [FeedbackItemDto] }) items: FeedbackItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ItemActivityDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'status_changed' }) kind: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) actor: UserRefDto | null;
  @ApiProperty({ description: 'What changed (from/to, note, department keys, reply id...)' }) data: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ReplyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['email', 'sms'] }) channel: 'email' | 'sms';
  @ApiProperty({ enum: ['pl', 'en'] }) locale: 'pl' | 'en';
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null once the customer was erased' }) body: string | null;
  @ApiProperty({ enum: ['queued', 'sending', 'sent', 'failed'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: UserRefDto, nullable: true }) author: UserRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
}

export class FeedbackItemDetailDto extends FeedbackItemDto {
  @ApiProperty({ type: [ItemActivityDto], description: 'Oldest first' }) activity: ItemActivityDto[];
  @ApiProperty({ type: [ReplyDto], description: 'Oldest first' }) replies: ReplyDto[];
}

export class ReplyListDto {
  @ApiPropertyOptional({ type: [ReplyDto] }) items: ReplyDto[];
}
