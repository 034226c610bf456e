import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsObject, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { UpsertCustomerDto } from '@feedloop/customers/dto/upsert-customer.dto';
import { IsIsoDate } from '@feedloop/core/http/date-param';
import { IsNotFarInFuture, IsSmallJsonObject } from './event-field.validators';

export const EVENT_TYPES = ['contact', 'signup', 'cancellation'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CONTACT_CHANNELS = ['phone', 'email', 'chat', 'social', 'branch', 'app'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const MAX_BATCH_SIZE = 1000;

/** Stored as numeric(14,2) on churn cases. */
export const MAX_MONTHLY_REVENUE = 999_999_999_999;

/** Fields every event type has. Not used on its own: the `type` picks one of the subclasses. */
export abstract class EventBaseDto {
  @ApiProperty({ enum: EVENT_TYPES })
  @IsIn(EVENT_TYPES)
  type!: EventType;

  @ApiProperty({
    description: 'Unique per event at the sender. Repeating it returns the first result and creates nothing.',
    example: 'helpdesk-ticket-77-closed',
    minLength: 1,
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  idempotencyKey!: string;

  @ApiProperty({ description: "The sender's id of the customer (`externalId` of a customer).", example: 'c-1', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  customerExternalId!: string;

  @ApiProperty({ description: 'ISO 8601 with a time zone offset; at most 24 h in the future.', example: '2026-11-01T10:00:00Z' })
  @IsIsoDate()
  @IsNotFarInFuture()
  occurredAt!: string;

  @ApiPropertyOptional({ description: 'Free metadata, stored with the event (at most 16 KB as JSON).', type: 'object', additionalProperties: true })
  @IsOptional()
  @IsSmallJsonObject()
  attributes?: Record<string, unknown> | null;

  @ApiPropertyOptional({
    type: () => UpsertCustomerDto,
    description:
      'Creates or updates the customer before storing the event, so an unknown customerExternalId is not a 422. ' +
      '`externalId` may be omitted; if given it must equal customerExternalId.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => UpsertCustomerDto)
  customer?: UpsertCustomerDto | null;
}

export class ContactEventDto extends EventBaseDto {
  @ApiProperty({ enum: ['contact'] })
  declare type: 'contact';

  @ApiProperty({ enum: CONTACT_CHANNELS, description: 'Channel the customer contacted the company by.' })
  @IsIn(CONTACT_CHANNELS)
  contactChannel!: ContactChannel;

  @ApiPropertyOptional({ example: 'Infolinia', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  team?: string | null;

  @ApiPropertyOptional({ example: 'Jan K.', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  agent?: string | null;

  @ApiPropertyOptional({ description: 'Case / ticket id in the sending system.', example: 'Z-77', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  caseId?: string | null;
}

export class SignupEventDto extends EventBaseDto {
  @ApiProperty({ enum: ['signup'] })
  declare type: 'signup';

  @ApiPropertyOptional({ example: 'pro', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  plan?: string | null;
}

export class CancellationEventDto extends EventBaseDto {
  @ApiProperty({ enum: ['cancellation'] })
  declare type: 'cancellation';

  @ApiPropertyOptional({ description: "The customer's stated reason, as the sender recorded it.", example: 'too expensive', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string | null;

  @ApiPropertyOptional({ example: 'pro', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  plan?: string | null;

  @ApiPropertyOptional({ description: 'When the cancellation takes effect (ISO 8601 with offset); may be in the future.', example: '2026-12-31T23:59:59+01:00' })
  @IsOptional()
  @IsIsoDate()
  effectiveAt?: string | null;

  @ApiPropertyOptional({
    description: "Revenue a month the customer brought (the churn case's value at risk); omitted: the customer's attributes.monthlyRevenue.",
    example: 129.9,
    minimum: 0,
    maximum: MAX_MONTHLY_REVENUE,
    nullable: true,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_MONTHLY_REVENUE)
  monthlyRevenue?: number | null;
}

export type CreateEventDto = ContactEventDto | SignupEventDto | CancellationEventDto;

export const EVENT_DTO_BY_TYPE: ReadonlyMap<string, new () => CreateEventDto> = new Map<string, new () => CreateEventDto>([
  ['contact', ContactEventDto],
  ['signup', SignupEventDto],
  ['cancellation', CancellationEventDto],
]);
