import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTACT_CHANNELS, ContactChannel, EVENT_TYPES, EventType } from './create-event.dto';

/** Type-specific fields and the sender's free `attributes`; emptied when the customer is erased. */
export interface EventData {
  plan?: string;
  reason?: string;
  effectiveAt?: string;
  /** Cancellation: the revenue a month the customer brought, in the company's currency. */
  monthlyRevenue?: number;
  attributes?: Record<string, unknown>;
}

export class EventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: EVENT_TYPES }) type!: EventType;
  @ApiProperty() idempotencyKey!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null once the customer has been erased' })
  customerExternalId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) receivedAt!: Date;
  @ApiProperty({ enum: CONTACT_CHANNELS, nullable: true }) contactChannel!: ContactChannel | null;
  @ApiProperty({ nullable: true, type: String }) team!: string | null;
  @ApiProperty({ nullable: true, type: String }) agent!: string | null;
  @ApiProperty({ nullable: true, type: String }) caseId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'plan (signup, cancellation), reason and effectiveAt (cancellation), attributes (any type)',
    example: { plan: 'pro', attributes: { source: 'crm' } },
  })
  data!: EventData;
}

/** An event handed to a consumer (EventConsumersService.drain). */
export type ConsumedEvent = Omit<EventDto, 'customerExternalId'>;

export const BATCH_ITEM_STATUSES = ['created', 'duplicate', 'rejected'] as const;
export type BatchItemStatus = (typeof BATCH_ITEM_STATUSES)[number];

export class BatchItemResultDto {
  @ApiProperty({ description: 'Position of the item in the request array.' }) index!: number;
  @ApiProperty({ enum: BATCH_ITEM_STATUSES }) status!: BatchItemStatus;
  @ApiPropertyOptional({ format: 'uuid', description: 'The stored event; for a duplicate, the first one stored with that key.' })
  id?: string;
  @ApiPropertyOptional({ type: [String], example: ['contactChannel must be one of the following values: phone, email, chat, social, branch, app'] })
  errors?: string[];
}

export class BatchResultDto {
  @ApiProperty() created!: number;
  @ApiProperty() duplicates!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: [BatchItemResultDto] }) results!: BatchItemResultDto[];
}

export class EventPageDto {
  @ApiProperty({ type: [EventDto] }) items!: EventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
