import { ApiProperty } from '@nestjs/swagger';
import { CHURN_REASONS, ChurnReason, DESTINATIONS, Destination, MIGHT_RETURN, MightReturn } from '../churn-reasons';
import { ACTIVITY_KINDS, ActivityKind, CHURN_SOURCES, CHURN_STATUSES, ChurnSource, ChurnStatus, OFFER_OUTCOMES, OfferOutcome } from '../churn-case.entity';

export class ChurnCustomerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once the customer has been erased' }) externalId!: string | null;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class ChurnOwnerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class ChurnInterviewDto {
  @ApiProperty({ enum: CHURN_REASONS }) primaryReason!: ChurnReason;
  @ApiProperty({ enum: CHURN_REASONS, isArray: true }) secondaryReasons!: ChurnReason[];
  @ApiProperty({ enum: DESTINATIONS, nullable: true }) destination!: Destination | null;
  @ApiProperty({ type: String, nullable: true }) competitor!: string | null;
  @ApiProperty({ enum: MIGHT_RETURN, nullable: true }) mightReturn!: MightReturn | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ enum: ['survey', 'agent'], description: 'survey: the customer on the exit page; agent: recorded from a call' }) source!: 'survey' | 'agent';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt!: string;
}

export class ChurnOfferTypeRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
}

export class ChurnOfferDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ChurnOfferTypeRefDto }) offerType!: ChurnOfferTypeRefDto;
  @ApiProperty({ enum: OFFER_OUTCOMES }) outcome!: OfferOutcome;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class ChurnCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CHURN_STATUSES }) status!: ChurnStatus;
  @ApiProperty({ enum: CHURN_SOURCES, description: 'event: a cancellation event; manual: staff (phone, branch); proactive: from the at-risk list' })
  source!: ChurnSource;
  @ApiProperty({ type: ChurnCustomerDto }) customer!: ChurnCustomerDto;
  @ApiProperty({ type: ChurnOwnerDto, nullable: true }) owner!: ChurnOwnerDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Monthly revenue at risk: the cancellation\'s monthlyRevenue, else the customer\'s attributes.monthlyRevenue' })
  valueAtRisk!: number | null;
  @ApiProperty({ type: String, nullable: true }) plan!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The reason the sender (or the agent opening the case) recorded' }) recordedReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Signup event, else when the customer was created' }) customerSince!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Whole months from customerSince to the cancellation' }) tenureMonths!: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) cancelledAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) effectiveAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) firstContactDue!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firstContactedAt!: string | null;
  @ApiProperty({ description: 'No first contact by firstContactDue (contacted late, or not yet and overdue)' }) firstContactBreached!: boolean;
  @ApiProperty({ type: String, nullable: true }) lostReason!: string | null;
  @ApiProperty({ type: ChurnInterviewDto, nullable: true }) interview!: ChurnInterviewDto | null;
  @ApiProperty({ type: [ChurnOfferDto] }) offers!: ChurnOfferDto[];
  @ApiProperty({ type: ChurnOfferDto, nullable: true, description: 'The offer that won the customer back' }) wonOffer!: ChurnOfferDto | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The exit survey sent when the case opened' }) exitInvitationId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class ChurnActivityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind!: ActivityKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) body!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class ChurnContactDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, nullable: true }) contactChannel!: string | null;
  @ApiProperty({ type: String, nullable: true }) team!: string | null;
  @ApiProperty({ type: String, nullable: true }) agent!: string | null;
  @ApiProperty({ type: String, nullable: true }) caseId!: string | null;
}

export class ChurnScoreDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['csat', 'nps', 'ces'] }) metric!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
}

export class ChurnOpenItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() department!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

/** One case with what the team needs at hand: its log and the customer's recent history (read live). */
export class ChurnCaseDetailDto extends ChurnCaseDto {
  @ApiProperty({ type: [ChurnActivityDto], description: 'Oldest first' }) activities!: ChurnActivityDto[];
  @ApiProperty({ type: [ChurnContactDto], description: 'The last 5 contact events, newest first' }) lastContacts!: ChurnContactDto[];
  @ApiProperty({ type: [ChurnScoreDto], description: 'The last 5 survey answers, newest first' }) lastScores!: ChurnScoreDto[];
  @ApiProperty({ type: [ChurnOpenItemDto], description: 'Feedback items not resolved yet' }) openFeedbackItems!: ChurnOpenItemDto[];
}

export class ChurnCasePageDto {
  @ApiProperty({ type: [ChurnCaseDto] }) items!: ChurnCaseDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

export class ChurnOfferTypeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export const ANALYTICS_GROUPS = ['reason', 'plan', 'segment', 'tenureBand', 'competitor'] as const;
export type AnalyticsGroup = (typeof ANALYTICS_GROUPS)[number];

export class ChurnAnalyticsRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'The group: a reason key, plan, segment, tenure band (<3m, 3-12m, 1-2y, 2y+) or competitor; null: not known' })
  key!: string | null;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'Sum of the cases\' monthly value at risk (unknown values count as 0), 2 decimals' }) valueAtRisk!: number;
  @ApiProperty() wonBack!: number;
  @ApiProperty() lost!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'wonBack / (wonBack + lost), 3 decimals; null when none is closed' }) winBackRate!: number | null;
}

export class ChurnAnalyticsDto {
  @ApiProperty({ type: String, format: 'date-time' }) from!: string;
  @ApiProperty({ type: String, format: 'date-time' }) to!: string;
  @ApiProperty({ enum: ANALYTICS_GROUPS }) groupBy!: AnalyticsGroup;
  @ApiProperty({ type: [ChurnAnalyticsRowDto], description: 'Largest count first' }) groups!: ChurnAnalyticsRowDto[];
  @ApiProperty({ type: ChurnAnalyticsRowDto, description: 'All cases of the period' }) total!: ChurnAnalyticsRowDto;
}
