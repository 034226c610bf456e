import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { SURVEY_CHANNELS, SURVEY_METRICS } from '@feedloop/surveys/survey.entity';
import { RESPONSE_SOURCES, ResponseMetric, ResponseSource } from '../response.entity';

export class ResponseIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ResponseItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) invitationId!: string;
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty({ example: 'Post-contact CSAT' }) surveyName!: string;
  @ApiProperty({ enum: SURVEY_METRICS }) metric!: ResponseMetric;
  @ApiProperty({ description: 'On the metric\'s scale: NPS 0–10, CSAT 1–5, CES 1–7.' }) score!: number;
  @ApiProperty({ type: String, nullable: true, description: 'As the customer wrote it (trimmed); null when none, or once the customer is erased.' })
  comment!: string | null;
  @ApiProperty({ enum: RESPONSE_SOURCES, description: 'How the current answer arrived.' }) source!: ResponseSource;
  @ApiProperty({ enum: SURVEY_CHANNELS, nullable: true, description: 'Channel the survey was sent by.' }) channel!: 'email' | 'sms' | null;
  @ApiProperty({ type: String, nullable: true, description: 'Channel of the triggering contact.' }) contactChannel!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Team of the triggering contact.' }) team!: string | null;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once the customer has been erased' }) customerExternalId!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the first answer arrived; what `from`/`to` filter and the list is ordered by.' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the answer last changed.' }) updatedAt!: string;
  @ApiProperty({ description: 'The answer was changed after it was first given.' }) changed!: boolean;
  @ApiProperty({ description: 'How many earlier versions the history holds.' }) changeCount!: number;
}

export class ResponsePageDto {
  @ApiProperty({ type: () => [ResponseItemDto] }) items!: ResponseItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}

/** What an answer was before it was replaced. */
export class ResponseChangeDto {
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ enum: RESPONSE_SOURCES }) source!: ResponseSource;
  @ApiProperty({ format: 'date-time', description: 'When this answer was replaced.' }) changedAt!: string;
}

export class ResponseDetailDto extends ResponseItemDto {
  @ApiProperty({ type: () => [ResponseChangeDto], description: 'Earlier answers, oldest first.' }) changes!: ResponseChangeDto[];
}
