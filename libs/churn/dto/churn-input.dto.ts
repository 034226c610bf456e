import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { DateRule, IsIsoDate } from '@feedloop/core/http/date-param';
import { trimString } from '@feedloop/core/validation';
import { MAX_MONTHLY_REVENUE } from '@feedloop/events/dto/create-event.dto';
import { CHURN_REASONS, ChurnReason, DESTINATIONS, Destination, MIGHT_RETURN, MightReturn } from '../churn-reasons';
import { CHURN_STATUSES, ChurnStatus, MANUAL_ACTIVITY_KINDS, ManualActivityKind, OFFER_OUTCOMES, OfferOutcome } from '../churn-case.entity';
import { ANALYTICS_GROUPS, AnalyticsGroup } from './churn-case.dto';

/** Instants with an offset, or dates and date-times read as UTC (see parseDateParam). */
const ANY_DATE: DateRule = { dateOnly: true, offsetRequired: false };
const dateMessage = (p: string) => `${p} must be an ISO 8601 date or date-time`;
const KEY = /^[a-z][a-z0-9_]{1,62}$/;
export const MAX_INTERVIEW_COMMENT = 4000;

export class ChurnCaseIdParamDto {
  @IsUUID() id!: string;
}

export class ChurnOfferParamDto {
  @IsUUID() id!: string;
  @IsUUID() offerId!: string;
}

export class OfferTypeIdParamDto {
  @IsUUID() id!: string;
}

export class ListChurnCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: [...CHURN_STATUSES, 'active'], description: 'active: open, contacted or offer_made' })
  @IsOptional() @IsIn([...CHURN_STATUSES, 'active']) status?: ChurnStatus | 'active';
  @ApiPropertyOptional({ format: 'uuid', description: 'Owner (a retention agent\'s user id)' }) @IsOptional() @IsUUID() owner?: string;
  @ApiPropertyOptional({ enum: CHURN_REASONS, description: 'Primary reason of the exit interview' }) @IsOptional() @IsIn(CHURN_REASONS) reason?: ChurnReason;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) customerExternalId?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Opened at or after' }) @IsOptional() @IsIsoDate(ANY_DATE, dateMessage) from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Opened before' }) @IsOptional() @IsIsoDate(ANY_DATE, dateMessage) to?: string;
}

export class CreateChurnCaseDto {
  @ApiProperty({ example: 'c-1', minLength: 1, maxLength: 200 }) @IsString() @Length(1, 200) customerExternalId!: string;
  @ApiPropertyOptional({ maxLength: 1000, description: 'What the customer said (phone, branch)' })
  @IsOptional() @Transform(trimString) @IsString() @Length(1, 1000) reason?: string;
  @ApiPropertyOptional({ enum: ['manual', 'proactive'], default: 'manual', description: 'proactive: opened from the at-risk list before any cancellation' })
  @IsOptional() @IsIn(['manual', 'proactive']) source?: 'manual' | 'proactive';
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @Transform(trimString) @IsString() @Length(1, 200) plan?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_MONTHLY_REVENUE, description: 'Default: the customer\'s attributes.monthlyRevenue' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) @Max(MAX_MONTHLY_REVENUE) monthlyRevenue?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'The staff user opening it (author of the log line)' }) @IsOptional() @IsUUID() openedBy?: string;
}

export class UpdateChurnCaseDto {
  @ApiPropertyOptional({ enum: CHURN_STATUSES, description: 'open → contacted → offer_made → won_back | lost (lost needs lostReason; open and contacted may also close directly)' })
  @IsOptional() @IsIn(CHURN_STATUSES) status?: ChurnStatus;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'An active retention agent (or admin); null unassigns' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() ownerId?: string | null;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @Transform(trimString) @IsString() @Length(1, 1000) lostReason?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'With won_back: the offer that worked (marked accepted)' }) @IsOptional() @IsUUID() wonOfferId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The staff user making the change' }) @IsOptional() @IsUUID() authorId?: string;
}

export class RecordInterviewDto {
  @ApiProperty({ enum: CHURN_REASONS }) @IsIn(CHURN_REASONS) primaryReason!: ChurnReason;
  @ApiPropertyOptional({ enum: CHURN_REASONS, isArray: true, maxItems: CHURN_REASONS.length })
  @IsOptional() @IsArray() @ArrayMaxSize(CHURN_REASONS.length) @IsIn(CHURN_REASONS, { each: true }) secondaryReasons?: ChurnReason[];
  @ApiPropertyOptional({ enum: DESTINATIONS }) @IsOptional() @IsIn(DESTINATIONS) destination?: Destination;
  @ApiPropertyOptional({ maxLength: 200, description: 'With destination competitor' }) @IsOptional() @Transform(trimString) @IsString() @Length(1, 200) competitor?: string;
  @ApiPropertyOptional({ enum: MIGHT_RETURN }) @IsOptional() @IsIn(MIGHT_RETURN) mightReturn?: MightReturn;
  @ApiPropertyOptional({ maxLength: MAX_INTERVIEW_COMMENT }) @IsOptional() @Transform(trimString) @IsString() @MaxLength(MAX_INTERVIEW_COMMENT) comment?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The agent who took the call' }) @IsOptional() @IsUUID() authorId?: string;
}

export class CreateActivityDto {
  @ApiProperty({ enum: [...MANUAL_ACTIVITY_KINDS, 'offer'], description: 'offer: records a save offer (offerTypeId, outcome) and moves an open or contacted case to offer_made' })
  @IsIn([...MANUAL_ACTIVITY_KINDS, 'offer']) kind!: ManualActivityKind | 'offer';
  @ApiPropertyOptional({ maxLength: 4000, description: 'Required for call, note and email' })
  @ValidateIf((o: CreateActivityDto) => o.kind !== 'offer' || o.body !== undefined) @Transform(trimString) @IsString() @Length(1, 4000) body?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'With kind offer: the offer type' })
  @ValidateIf((o: CreateActivityDto) => o.kind === 'offer' || o.offerTypeId !== undefined) @IsUUID() offerTypeId?: string;
  @ApiPropertyOptional({ enum: OFFER_OUTCOMES, default: 'pending' }) @IsOptional() @IsIn(OFFER_OUTCOMES) outcome?: OfferOutcome;
  @ApiPropertyOptional({ format: 'uuid', description: 'The staff user who did it' }) @IsOptional() @IsUUID() authorId?: string;
}

export class UpdateOfferDto {
  @ApiProperty({ enum: OFFER_OUTCOMES }) @IsIn(OFFER_OUTCOMES) outcome!: OfferOutcome;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() authorId?: string;
}

export class CreateOfferTypeDto {
  @ApiProperty({ example: 'loyalty_discount', description: 'a-z, 0-9 and _, 2–63 characters' })
  @Matches(KEY, { message: 'key must be 2–63 characters of a-z, 0-9 and _, starting with a letter' }) key!: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trimString) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @Transform(trimString) @IsString() @MaxLength(2000) description?: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateOfferTypeDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @Transform(trimString) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @Transform(trimString) @IsString() @MaxLength(2000) description?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class ChurnAnalyticsQueryDto {
  @ApiProperty({ format: 'date-time', description: 'Cases opened at or after' }) @IsIsoDate(ANY_DATE, dateMessage) from!: string;
  @ApiProperty({ format: 'date-time', description: 'Cases opened before' }) @IsIsoDate(ANY_DATE, dateMessage) to!: string;
  @ApiPropertyOptional({ enum: ANALYTICS_GROUPS, default: 'reason' }) @IsOptional() @IsIn(ANALYTICS_GROUPS) groupBy?: AnalyticsGroup;
}

