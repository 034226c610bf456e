import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { RISK_FLAG_STATUSES, RiskFlagStatus } from '../customer-risk-flag.entity';
import { RISK_REASON_KINDS, RiskReasonKind } from '../risk-rules';

export class ListAtRiskCustomersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RISK_REASON_KINDS, description: 'Only customers with a reason of this kind' })
  @IsOptional() @IsIn(RISK_REASON_KINDS) reason?: RiskReasonKind;
  @ApiPropertyOptional({ minimum: 1, maximum: RISK_REASON_KINDS.length, description: 'Only customers with at least this score (kinds of signal shown)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(RISK_REASON_KINDS.length) minScore?: number;
}

export class AtRiskCustomerIdParamDto {
  @IsUUID() customerId: string;
}

export class RiskCustomerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
}

export class RiskReasonDto {
  @ApiProperty({ enum: RISK_REASON_KINDS }) kind: RiskReasonKind;
  @ApiProperty({ format: 'date-time', description: 'When the signal arose: the answer, the last contact of the run, the first deadline missed' }) at: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Evidence. detractor: responseId, metric, score. score_drop: metric, fromScore, toScore, fromResponseId, toResponseId, previousAt. ' +
      'repeat_contacts: count, withinDays, events [{id, at}] (the contact events, oldest first). sla_breach: feedbackItemId, departmentId, status, missed ' +
      '(acknowledge, resolve), createdAt, acknowledgeBy, resolveBy.',
  })
  detail: Record<string, unknown>;
}

export class AtRiskCustomerDto {
  @ApiProperty({ format: 'uuid', description: 'The at-risk entry (one per customer, the same when flagged again)' }) id: string;
  @ApiProperty({ type: RiskCustomerRefDto }) customer: RiskCustomerRefDto;
  @ApiProperty({ enum: RISK_FLAG_STATUSES, description: 'active: on the list; dismissed: hidden until a new signal; cleared: no signal left, or cancelled' })
  status: RiskFlagStatus;
  @ApiProperty({ minimum: 0, maximum: RISK_REASON_KINDS.length, description: 'How many kinds of signal the customer shows' }) score: number;
  @ApiProperty({ type: [RiskReasonDto], description: 'Newest first' }) reasons: RiskReasonDto[];
  @ApiProperty({ format: 'date-time', description: 'When the customer last entered the list' }) firstFlaggedAt: string;
  @ApiProperty({ format: 'date-time' }) lastEvaluatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The last dismissal' }) dismissedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who dismissed it (null for an API key)' }) dismissedBy: string | null;
}

export class AtRiskCustomerPageDto {
  @ApiProperty({ type: [AtRiskCustomerDto] }) items: AtRiskCustomerDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
