import { trimString } from '@feedloop/core/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, IsUrl, MaxLength, ValidateIf } from 'class-validator';
import { ENDPOINT_STATUSES, EndpointStatus, WEBHOOK_EVENT_TYPES, WebhookEventType } from '../webhook-events';

/** Omitted, not null: `null` still reaches the validators (and "must be ..." names the field). */
const Omittable = () => ValidateIf((_o, value) => value !== undefined);

export const ENDPOINT_URL_RULE = { protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_host: true, allow_underscores: true };

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://crm.example.com/hooks/feedloop', maxLength: 2000, description: 'http or https; redirects are not followed.' })
  @Transform(trimString)
  @IsString()
  @MaxLength(2000)
  @IsUrl(ENDPOINT_URL_RULE, { message: '$property must be an http or https URL' })
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['response.created', 'response.detractor'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique({ message: '$property must not contain the same value twice' })
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: '$property must contain only: $constraint1' })
  events!: WebhookEventType[];

  @ApiPropertyOptional({ example: 'CRM: open a ticket for detractors', maxLength: 500 })
  @Omittable()
  @Transform(trimString)
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ enum: ENDPOINT_STATUSES, default: 'active', description: 'paused: nothing is sent until resumed; events meanwhile are not kept.' })
  @Omittable()
  @IsIn(ENDPOINT_STATUSES)
  status?: EndpointStatus;
}
