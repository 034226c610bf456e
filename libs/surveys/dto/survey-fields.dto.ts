import { trimString } from '@feedloop/core/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { CONTACT_CHANNELS } from '@feedloop/events/dto/create-event.dto';


export const MAX_QUESTION_LENGTH = 300;

export class LocalizedTextDto {
  @ApiProperty({ example: 'Jak oceniasz naszą pomoc w tej sprawie?', minLength: 1, maxLength: MAX_QUESTION_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, MAX_QUESTION_LENGTH)
  pl!: string;

  @ApiProperty({ example: 'How satisfied are you with the help you received?', minLength: 1, maxLength: MAX_QUESTION_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, MAX_QUESTION_LENGTH)
  en!: string;
}

export const TRIGGER_ATTRIBUTE_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
export const MAX_TRIGGER_ATTRIBUTES = 20;

/** `triggerFilters.attributes must be ...`: flat key → string/number/boolean, the shape customer attributes have. */
function IsTriggerAttributes(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTriggerAttributes',
      validator: {
        validate: (value: unknown) => triggerAttributesProblem(value) === null,
        defaultMessage: (args) => `${args?.property} ${triggerAttributesProblem(args?.value)}`,
      },
    },
    options,
  );
}

function triggerAttributesProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'must be an object';
  const entries = Object.entries(value);
  if (entries.length > MAX_TRIGGER_ATTRIBUTES) return `must have at most ${MAX_TRIGGER_ATTRIBUTES} keys`;
  for (const [key, v] of entries) {
    if (!TRIGGER_ATTRIBUTE_KEY.test(key)) return `key "${key}" must start with a letter and contain only letters, digits and _ (at most 64)`;
    const ok = (typeof v === 'string' && v.length <= 500) || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';
    if (!ok) return `value of "${key}" must be a string (at most 500 characters), a number or a boolean`;
  }
  return null;
}

export class TriggerFiltersDto {
  @ApiPropertyOptional({ enum: CONTACT_CHANNELS, isArray: true, description: 'Only contact events by one of these channels. Contact surveys only.' })
  @IsOptional()
  @IsArray()
  @IsIn(CONTACT_CHANNELS, { each: true, message: '$property must contain only: $constraint1' })
  @ArrayUnique({ message: '$property must not contain the same value twice' })
  contactChannels?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Infolinia'], description: 'Only contact events of one of these teams (case-insensitive). Contact surveys only.' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value.map((t) => (typeof t === 'string' ? t.trim() : t)) : value))
  @IsArray()
  @IsString({ each: true, message: '$property must contain only strings' })
  @Length(1, 200, { each: true, message: '$property must contain names of 1 to 200 characters' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: '$property must not contain the same value twice' })
  teams?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { plan: 'gold' },
    description: "Only customers whose attributes have all these values (compared as text, so 5 matches \"5\").",
  })
  @IsOptional()
  @IsTriggerAttributes()
  attributes?: Record<string, string | number | boolean>;
}

export const TEMPLATE_LIMITS = { emailSubject: 200, emailIntro: 1000, smsText: 480 } as const;

const TEMPLATE_VARIABLES =
  'Handlebars text; {{customerName}}, {{question}}, {{answerUrl}}, {{scaleMin}} and {{scaleMax}} are filled in.';

export class TemplateOverridesDto {
  @ApiPropertyOptional({ maxLength: TEMPLATE_LIMITS.emailSubject, description: `Replaces the default subject (reminders get "Reminder: " in front). ${TEMPLATE_VARIABLES}` })
  @IsOptional()
  @IsString()
  @Length(1, TEMPLATE_LIMITS.emailSubject)
  emailSubject?: string;

  @ApiPropertyOptional({ maxLength: TEMPLATE_LIMITS.emailIntro, description: `Replaces the paragraph above the question. ${TEMPLATE_VARIABLES}` })
  @IsOptional()
  @IsString()
  @Length(1, TEMPLATE_LIMITS.emailIntro)
  emailIntro?: string;

  @ApiPropertyOptional({
    maxLength: TEMPLATE_LIMITS.smsText,
    description: `Replaces the whole SMS, so keep the reply instructions and STOP in it. ${TEMPLATE_VARIABLES}`,
  })
  @IsOptional()
  @IsString()
  @Length(1, TEMPLATE_LIMITS.smsText)
  smsText?: string;
}

export class SurveyTemplatesDto {
  @ApiPropertyOptional({ type: () => TemplateOverridesDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TemplateOverridesDto)
  pl?: TemplateOverridesDto;

  @ApiPropertyOptional({ type: () => TemplateOverridesDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TemplateOverridesDto)
  en?: TemplateOverridesDto;
}
