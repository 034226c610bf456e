import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { trimString } from '@feedloop/core/validation';
import { DateRule, IsIsoDate } from '@feedloop/core/http/date-param';
import { FEEDBACK_STATUSES, FeedbackStatus } from '../feedback-item.entity';
import { SLA_STATES, SlaState } from './feedback-item.dto';

/** Instants with an offset, or dates and date-times read as UTC (see parseDateParam). */
const ANY_DATE: DateRule = { dateOnly: true, offsetRequired: false };

const KEY = /^[a-z][a-z0-9_]{1,62}$/;

export class ListFeedbackItemsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'logistics', description: 'Department key' })
  @IsOptional() @Matches(KEY, { message: 'department must be a department key (a-z, 0-9 and _)' }) department?: string;
  @ApiPropertyOptional({ enum: FEEDBACK_STATUSES }) @IsOptional() @IsIn(FEEDBACK_STATUSES) status?: FeedbackStatus;
  @ApiPropertyOptional({ example: 'late_delivery', description: 'Theme key' })
  @IsOptional() @Matches(KEY, { message: 'theme must be a theme key (a-z, 0-9 and _)' }) theme?: string;
  @ApiPropertyOptional({ enum: SLA_STATES }) @IsOptional() @IsIn(SLA_STATES) slaState?: SlaState;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) contactChannel?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) team?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigneeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Created at or after' })
  @IsOptional() @IsIsoDate(ANY_DATE, (p) => `${p} must be an ISO 8601 date or date-time`) from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Created before' })
  @IsOptional() @IsIsoDate(ANY_DATE, (p) => `${p} must be an ISO 8601 date or date-time`) to?: string;
}

export class FeedbackItemIdParamDto {
  @IsUUID() id: string;
}

export class UpdateFeedbackItemDto {
  @ApiPropertyOptional({ enum: FEEDBACK_STATUSES, description: 'new → acknowledged → in_progress → resolved (resolving needs resolutionNote); resolved → in_progress reopens' })
  @IsOptional() @IsIn(FEEDBACK_STATUSES) status?: FeedbackStatus;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'A user of the item\'s department (or an admin/analyst); null unassigns' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() assigneeId?: string | null;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @Transform(trimString) @IsString() @Length(1, 4000) resolutionNote?: string;
  @ApiPropertyOptional({ type: [String], description: 'Theme keys the item should carry (a correction: it trains the classifier)' })
  @IsOptional() @IsString({ each: true }) @Matches(KEY, { each: true, message: 'themes must be theme keys' }) themes?: string[];
}

export class RerouteFeedbackItemDto {
  @ApiProperty({ example: 'billing', description: 'Key of the department that should act instead' })
  @Transform(trimString) @Matches(KEY, { message: 'department must be a department key (a-z, 0-9 and _)' }) department: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @Transform(trimString) @IsString() @MaxLength(1000) note?: string;
  @ApiPropertyOptional({ type: [String], description: 'Theme keys for the new department (default: the item\'s own that belong to it, else none)' })
  @IsOptional() @IsString({ each: true }) @Matches(KEY, { each: true, message: 'themes must be theme keys' }) themes?: string[];
}

export class CreateReplyDto {
  @ApiPropertyOptional({ enum: ['email', 'sms'], description: 'Default: e-mail when the customer has an address, else SMS' })
  @IsOptional() @IsIn(['email', 'sms']) channel?: 'email' | 'sms';
  @ApiProperty({ maxLength: 2000, description: 'The message; greeting and signature come from the template of the customer\'s locale' })
  @Transform(trimString) @IsString() @Length(1, 2000) body: string;
}

export class ReclassifyDto {
  @ApiProperty({ format: 'date-time', description: 'Answers first given at or after' })
  @IsIsoDate(ANY_DATE, (p) => `${p} must be an ISO 8601 date or date-time`) from: string;
  @ApiProperty({ format: 'date-time', description: 'Answers first given before' })
  @IsIsoDate(ANY_DATE, (p) => `${p} must be an ISO 8601 date or date-time`) to: string;
}

export class ReclassifyResultDto {
  @ApiProperty({ description: 'Answers queued for classification and routing' }) queued: number;
}
