import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SURVEY_KINDS, SURVEY_TRIGGER_EVENT_TYPES, SurveyKind, SurveyStatus, SurveyTriggerEventType } from '../survey.entity';

export class ListSurveysQueryDto {
  @ApiPropertyOptional({ enum: ['active', 'paused'] })
  @IsOptional()
  @IsIn(['active', 'paused'])
  status?: SurveyStatus;

  @ApiPropertyOptional({ enum: SURVEY_KINDS })
  @IsOptional()
  @IsIn(SURVEY_KINDS)
  kind?: SurveyKind;

  @ApiPropertyOptional({ enum: SURVEY_TRIGGER_EVENT_TYPES })
  @IsOptional()
  @IsIn(SURVEY_TRIGGER_EVENT_TYPES)
  triggerEventType?: SurveyTriggerEventType;
}
