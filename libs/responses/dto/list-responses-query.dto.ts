import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { CONTACT_CHANNELS, ContactChannel } from '@feedloop/events/dto/create-event.dto';
import { IsIsoDate, isTimestampWithOffset } from '@feedloop/core/http/date-param';
import { SURVEY_CHANNELS, SURVEY_METRICS, SurveyChannel, SurveyMetric } from '@feedloop/surveys/survey.entity';

/** Whole numbers stay text otherwise, so "5.5", "" and "abc" fail IsInt instead of becoming 5.5, 0 and NaN. */
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,6}$/.test(value) ? Number(value) : value);

/** Only the words true and false; anything else stays as sent and fails IsBoolean. */
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Passes when either side is missing or itself invalid (its own rule reports
 * that), so a request gets one message per mistake.
 */
function ComparedWith(
  other: string,
  name: string,
  holds: (value: unknown, otherValue: unknown) => boolean | null,
  message: (property: string) => string,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name,
      constraints: [other],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => holds(value, (args?.object as Record<string, unknown>)[other]) ?? true,
        defaultMessage: (args) => message(args?.property ?? ''),
      },
    },
    options,
  );
}

const bothIntegers = (a: unknown, b: unknown): a is number => Number.isInteger(a) && Number.isInteger(b);

/** The filters of GET /responses, shared by the CSV export. */
export class ResponseFiltersDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  surveyId?: string;

  @ApiPropertyOptional({ enum: SURVEY_METRICS })
  @IsOptional()
  @IsIn(SURVEY_METRICS)
  metric?: SurveyMetric;

  @ApiPropertyOptional({
    description: 'Responses first recorded at or after this instant (`createdAt`; changing an answer later does not move it). ISO 8601 with an offset.',
    example: '2026-11-01T00:00:00+01:00',
  })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Responses first recorded before this instant (exclusive; `createdAt`). ISO 8601 with an offset.',
    example: '2026-12-01T00:00:00+01:00',
  })
  @IsOptional()
  @IsIsoDate()
  @ComparedWith(
    'from',
    'isLaterThanFrom',
    (to, from) => (isTimestampWithOffset(to) && isTimestampWithOffset(from) ? Date.parse(to) > Date.parse(from) : null),
    (p) => `${p} must be later than from`,
  )
  to?: string;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS, description: 'Channel of the contact that triggered the survey.' })
  @IsOptional()
  @IsIn(CONTACT_CHANNELS)
  contactChannel?: ContactChannel;

  @ApiPropertyOptional({ description: 'Team of the contact that triggered the survey; exact match.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  team?: string;

  @ApiPropertyOptional({ enum: SURVEY_CHANNELS, description: 'Channel the survey was sent by.' })
  @IsOptional()
  @IsIn(SURVEY_CHANNELS)
  channel?: SurveyChannel;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10, description: 'Lowest score, inclusive (scales: NPS 0–10, CSAT 1–5, CES 1–7).' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(10)
  scoreMin?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10, description: 'Highest score, inclusive; not below scoreMin.' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(10)
  @ComparedWith(
    'scoreMin',
    'isNotBelowScoreMin',
    (max, min) => (bothIntegers(max, min) ? (max as number) >= (min as number) : null),
    (p) => `${p} must not be less than scoreMin`,
  )
  scoreMax?: number;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only responses with a comment; false: only score-only ones.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  hasComment?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}

export class ListResponsesQueryDto extends IntersectionType(ResponseFiltersDto, PageQueryDto) {}
