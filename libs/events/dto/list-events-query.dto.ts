import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { CONTACT_CHANNELS, ContactChannel, EVENT_TYPES, EventType } from './create-event.dto';
import { IsIsoDate } from '@feedloop/core/http/date-param';

export class ListEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES)
  type?: EventType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  customerExternalId?: string;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS })
  @IsOptional()
  @IsIn(CONTACT_CHANNELS)
  contactChannel?: ContactChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  team?: string;

  @ApiPropertyOptional({ description: 'occurredAt at or after (ISO 8601 with offset)', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ description: 'occurredAt before (ISO 8601 with offset)', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
