import { trimString } from '@feedloop/core/validation';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { ENDPOINT_URL_RULE } from '@feedloop/webhooks/dto/create-webhook.dto';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '@feedloop/webhooks/webhook-events';


/** The create form: checkboxes post one `events` value per ticked box, or none at all. */
export class WebhookFormDto {
  @Transform(trimString) @IsString() @MaxLength(2000) @IsUrl(ENDPOINT_URL_RULE) url: string;

  // Listed in reverse of the order they are reported in: "choose one" when none was ticked.
  @Transform(({ value }) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  @IsArray()
  @ArrayNotEmpty()
  events: WebhookEventType[];

  @IsOptional() @Transform(trimString) @IsString() @MaxLength(500) description?: string;
}
