import { ApiProperty } from '@nestjs/swagger';
import {
  SURVEY_CHANNELS,
  SURVEY_KINDS,
  SURVEY_METRICS,
  SURVEY_TRIGGER_EVENT_TYPES,
  SurveyChannel,
  SurveyEntity,
  SurveyKind,
  SurveyMetric,
  SurveyStatus,
  SurveyTemplates,
  SurveyTriggerEventType,
  TriggerFilters,
} from '../survey.entity';
import { LocalizedTextDto, SurveyTemplatesDto, TriggerFiltersDto } from './survey-fields.dto';

export class SurveyResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SURVEY_KINDS }) kind!: SurveyKind;
  @ApiProperty({ enum: SURVEY_METRICS, nullable: true, description: 'null for an exit survey (it asks reasons, not a score)' }) metric!: SurveyMetric | null;
  @ApiProperty({ enum: ['active', 'paused'] }) status!: SurveyStatus;
  @ApiProperty({ type: () => LocalizedTextDto }) question!: LocalizedTextDto;
  @ApiProperty({ type: () => LocalizedTextDto }) followUp!: LocalizedTextDto;
  @ApiProperty({ enum: SURVEY_CHANNELS, isArray: true }) channels!: SurveyChannel[];
  @ApiProperty({ enum: SURVEY_TRIGGER_EVENT_TYPES, nullable: true }) triggerEventType!: SurveyTriggerEventType | null;
  @ApiProperty({ type: () => TriggerFiltersDto }) triggerFilters!: TriggerFilters;
  @ApiProperty() delayMinutes!: number;
  @ApiProperty() throttleDays!: number;
  @ApiProperty({ type: String, nullable: true, example: '21:00' }) quietHoursStart!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '08:00' }) quietHoursEnd!: string | null;
  @ApiProperty() expiryHours!: number;
  @ApiProperty({ type: Number, nullable: true }) reminderAfterHours!: number | null;
  @ApiProperty() smsTransliterate!: boolean;
  @ApiProperty({ type: () => SurveyTemplatesDto }) templates!: SurveyTemplates;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Department of dissatisfied scores without a complaint theme' }) defaultDepartmentId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SurveyListDto {
  @ApiProperty({ type: () => [SurveyResponseDto] }) items!: SurveyResponseDto[];
}

export function toSurveyResponse(s: SurveyEntity): SurveyResponseDto {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    metric: s.metric,
    status: s.status,
    question: s.question as LocalizedTextDto,
    followUp: s.followUp as LocalizedTextDto,
    channels: s.channels,
    triggerEventType: s.triggerEventType,
    triggerFilters: s.triggerFilters,
    delayMinutes: s.delayMinutes,
    throttleDays: s.throttleDays,
    quietHoursStart: s.quietHoursStart,
    quietHoursEnd: s.quietHoursEnd,
    expiryHours: s.expiryHours,
    reminderAfterHours: s.reminderAfterHours,
    smsTransliterate: s.smsTransliterate,
    templates: s.templates,
    defaultDepartmentId: s.defaultDepartmentId,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
