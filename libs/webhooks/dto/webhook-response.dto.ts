import { ApiProperty } from '@nestjs/swagger';
import { ENDPOINT_STATUSES, EndpointStatus, WEBHOOK_EVENT_TYPES, WebhookEventType } from '../webhook-events';

export class WebhookResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events!: WebhookEventType[];
  @ApiProperty({ enum: ENDPOINT_STATUSES }) status!: EndpointStatus;
  @ApiProperty({ description: 'Last 4 characters of the signing secret.' }) secretHint!: string;
  @ApiProperty({ format: 'date-time' }) secretRotatedAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class WebhookWithSecretDto extends WebhookResponseDto {
  @ApiProperty({
    example: 'whsec_…',
    description: 'Signing secret, shown only now: Feedloop-Signature is the HMAC-SHA256 keyed with this string.',
  })
  secret!: string;
}

export class WebhookListDto {
  @ApiProperty({ type: () => WebhookResponseDto, isArray: true }) items!: WebhookResponseDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}

export class WebhookAttemptDto {
  @ApiProperty() attempt!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null when no response arrived' }) statusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Also the event id in the body and the Feedloop-Delivery header.' }) id!: string;
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ enum: [...WEBHOOK_EVENT_TYPES, 'ping'] }) eventType!: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed', 'cancelled'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: () => WebhookAttemptDto, isArray: true }) attemptLog!: WebhookAttemptDto[];
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: () => WebhookDeliveryDto, isArray: true }) items!: WebhookDeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
