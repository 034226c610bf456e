import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { EventDto } from '@feedloop/events/dto/event.dto';
import { FeedbackItemDto, ReplyDto } from '@feedloop/feedback/dto/feedback-item.dto';
import { ResponseDetailDto } from '@feedloop/responses/dto/response-item.dto';
import { SURVEY_CHANNELS, SurveyChannel } from '@feedloop/surveys/survey.entity';

export const TIMELINE_KINDS = ['event', 'invitation', 'response', 'feedback_item', 'reply', 'churn_case', 'churn_activity'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

import { ChurnActivityDto, ChurnCaseDto } from '@feedloop/churn/dto/churn-case.dto';

export class TimelineQueryDto extends PageQueryDto {}

export class TimelineCustomerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once the customer has been erased' }) externalId!: string | null;
  @ApiProperty({ description: 'Erased customers keep their timeline without personal data: scores stay, comments and event details are gone.' })
  erased!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt!: string | null;
}

export class TimelineInvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty() surveyName!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The event that triggered it, when one did.' }) eventId!: string | null;
  @ApiProperty({ enum: ['scheduled', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'answered', 'expired', 'suppressed'] }) status!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['throttled', 'opted_out', 'no_address', 'stale', 'survey_paused', 'customer_erased'],
    description: 'Why it was not sent; set exactly when status is suppressed.',
  })
  suppressionReason!: string | null;
  @ApiProperty({ enum: SURVEY_CHANNELS, nullable: true, description: 'Chosen when it is sent.' }) channel!: SurveyChannel | null;
  @ApiProperty({ type: String, nullable: true }) contactChannel!: string | null;
  @ApiProperty({ type: String, nullable: true }) team!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reminderSentAt!: string | null;
  @ApiProperty({ format: 'date-time', description: 'Until then it may be sent, and once sent, answered.' }) expiresAt!: string;
}

export class TimelineReplyDto extends ReplyDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
}

export class TimelineItemDto {
  @ApiProperty({ enum: TIMELINE_KINDS, description: 'Which of event, invitation, response, feedback item and reply this item carries.' }) kind!: TimelineKind;
  @ApiProperty({
    format: 'date-time',
    description: "What the timeline is ordered by: an event's occurredAt, an invitation's sentAt (createdAt if never sent), a response's createdAt (first answer), a feedback item's or reply's createdAt.",
  })
  at!: string;
  @ApiPropertyOptional({ type: () => EventDto, description: 'A contact, signup or cancellation.' }) event?: EventDto;
  @ApiPropertyOptional({ type: () => TimelineInvitationDto }) invitation?: TimelineInvitationDto;
  @ApiPropertyOptional({ type: () => ResponseDetailDto, description: 'With its earlier answers.' }) response?: ResponseDetailDto;
  @ApiPropertyOptional({ type: () => FeedbackItemDto, description: 'What a department was given to act on (only departments the caller may see).' })
  feedbackItem?: FeedbackItemDto;
  @ApiPropertyOptional({ type: () => TimelineReplyDto, description: 'A department\'s reply to the customer.' }) reply?: TimelineReplyDto;
  @ApiPropertyOptional({ type: () => ChurnCaseDto, description: 'A churn case, at its opening (admins, analysts and retention agents only).' }) churnCase?: ChurnCaseDto;
  @ApiPropertyOptional({ type: () => ChurnActivityDto, description: 'A churn case\'s activity: call, note, e-mail, offer, change (admins, analysts and retention agents only).' })
  churnActivity?: ChurnActivityDto;
}


export class TimelinePageDto {
  @ApiProperty({ type: () => TimelineCustomerDto }) customer!: TimelineCustomerDto;
  @ApiProperty({ type: () => [TimelineItemDto], description: 'Newest first; at equal times a response comes before its invitation, an invitation before its event.' })
  items!: TimelineItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
