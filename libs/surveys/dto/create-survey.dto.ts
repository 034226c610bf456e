import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  SURVEY_CHANNELS,
  SURVEY_KINDS,
  SURVEY_METRICS,
  SURVEY_TRIGGER_EVENT_TYPES,
  SurveyChannel,
  SurveyKind,
  SurveyMetric,
  SurveyStatus,
  SurveyTriggerEventType,
} from '../survey.entity';
import { LocalizedTextDto, SurveyTemplatesDto, TriggerFiltersDto } from './survey-fields.dto';

export const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_DELAY_MINUTES = 366 * 24 * 60;
export const MAX_EXPIRY_HOURS = 2160;
export const MAX_THROTTLE_DAYS = 365;

/** Omitted, not null: `null` still reaches the validators (and "must be ..." names the field). */
const Omittable = () => ValidateIf((_o, value) => value !== undefined);
/** Omitted or null: null means "none" (no trigger, no reminder, no quiet hours). */
const Nullable = () => ValidateIf((_o, value) => value !== undefined && value !== null);

export class CreateSurveyDto {
  @ApiProperty({ example: 'Post-contact CSAT', minLength: 1, maxLength: 200 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: SURVEY_KINDS, description: 'Also picks the defaults of triggerEventType, delayMinutes and throttleDays.' })
  @IsIn(SURVEY_KINDS)
  kind!: SurveyKind;

  @ApiPropertyOptional({
    enum: SURVEY_METRICS,
    nullable: true,
    description: 'csat: 1–5, nps: 0–10, ces: 1–7. Required, except for an exit survey, which has none (it asks reasons, not a score). Cannot be changed later.',
  })
  @ValidateIf((o: CreateSurveyDto, value) => o.kind !== 'exit' || (value !== undefined && value !== null))
  @IsIn(SURVEY_METRICS)
  metric?: SurveyMetric | null;

  @ApiProperty({ type: () => LocalizedTextDto, description: 'The question, in Polish and English.' })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  question!: LocalizedTextDto;

  @ApiProperty({ type: () => LocalizedTextDto, description: 'Asked after the score, e.g. "What is the main reason for your score?"' })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  followUp!: LocalizedTextDto;

  @ApiPropertyOptional({ enum: SURVEY_CHANNELS, isArray: true, default: ['email', 'sms'], description: 'Preference order: the first one the customer can be reached on is used.' })
  @Omittable()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(2)
  @ArrayUnique({ message: '$property must not contain the same value twice' })
  @IsIn(SURVEY_CHANNELS, { each: true, message: '$property must contain only: $constraint1' })
  channels?: SurveyChannel[];

  @ApiPropertyOptional({
    enum: SURVEY_TRIGGER_EVENT_TYPES,
    nullable: true,
    description: 'Event that schedules the survey; null: never by an event. Default by kind: post_contact → contact, onboarding → signup, exit → cancellation, relationship → null.',
  })
  @Nullable()
  @IsIn(SURVEY_TRIGGER_EVENT_TYPES)
  triggerEventType?: SurveyTriggerEventType | null;

  @ApiPropertyOptional({ type: () => TriggerFiltersDto, description: 'Every filter given must match.' })
  @Nullable()
  @IsObject()
  @ValidateNested()
  @Type(() => TriggerFiltersDto)
  triggerFilters?: TriggerFiltersDto | null;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_DELAY_MINUTES, description: 'Minutes after the event. Default by kind: post_contact 60, onboarding 14 days, otherwise 0.' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_DELAY_MINUTES)
  delayMinutes?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_THROTTLE_DAYS, description: 'No survey to the same customer within this many days of another. 0: exempt (default for exit surveys, otherwise 30).' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_THROTTLE_DAYS)
  throttleDays?: number;

  @ApiPropertyOptional({ example: '21:00', nullable: true, description: "Start of the SMS quiet hours in the customer's time zone ('HH:MM'); give both or neither. Default 21:00–08:00; null: none." })
  @Nullable()
  @IsString()
  @Matches(HOUR_MINUTE, { message: "$property must be a time as 'HH:MM'" })
  quietHoursStart?: string | null;

  @ApiPropertyOptional({ example: '08:00', nullable: true })
  @Nullable()
  @IsString()
  @Matches(HOUR_MINUTE, { message: "$property must be a time as 'HH:MM'" })
  quietHoursEnd?: string | null;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_EXPIRY_HOURS, default: 168, description: 'Hours an invitation can be answered after it is due.' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(MAX_EXPIRY_HOURS)
  expiryHours?: number;

  @ApiPropertyOptional({ minimum: 1, nullable: true, default: 72, description: 'One e-mail reminder this many hours after sending if unanswered; less than expiryHours. null: none.' })
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(MAX_EXPIRY_HOURS)
  reminderAfterHours?: number | null;

  @ApiPropertyOptional({ default: false, description: 'Send SMS without Polish diacritics (GSM-7: 160 characters a segment instead of 70).' })
  @Omittable()
  @IsBoolean()
  smsTransliterate?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'customer_service',
    description: 'Key of the department a dissatisfied score without a complaint theme goes to; default customer_service for post-contact and onboarding surveys.',
  })
  @Nullable()
  @Matches(/^[a-z][a-z0-9_]{1,62}$/, { message: 'defaultDepartment must be a department key (a-z, 0-9 and _)' })
  defaultDepartment?: string | null;

  @ApiPropertyOptional({ type: () => SurveyTemplatesDto, description: 'Per-locale replacements of the default texts.' })
  @Nullable()
  @IsObject()
  @ValidateNested()
  @Type(() => SurveyTemplatesDto)
  templates?: SurveyTemplatesDto | null;

  @ApiPropertyOptional({ enum: ['active', 'paused'], default: 'active' })
  @Omittable()
  @IsIn(['active', 'paused'])
  status?: SurveyStatus;
}
