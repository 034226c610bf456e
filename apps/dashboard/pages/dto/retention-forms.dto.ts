import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CHURN_STATUSES, MANUAL_ACTIVITY_KINDS, OFFER_OUTCOMES } from '@feedloop/churn/churn-case.entity';
import { CHURN_REASONS, DESTINATIONS, MIGHT_RETURN } from '@feedloop/churn/churn-reasons';
import { MAX_INTERVIEW_COMMENT } from '@feedloop/churn/dto/churn-input.dto';
import { trimString } from '@feedloop/core/validation';
import { MAX_MONTHLY_REVENUE } from '@feedloop/events/dto/create-event.dto';
import { asArray, blankAsUndefined } from './form-transforms';

/** "129,90" as Polish users type it, or "129.90". */
const decimal = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(value) ? Number(value.replace(',', '.')) : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The board's filters, as the URL carries them. */
export class BoardFilterDto {
  @Transform(blankAsUndefined) @IsOptional() @IsIn(['open', 'contacted', 'offer_made']) status?: 'open' | 'contacted' | 'offer_made';
  @Transform(blankAsUndefined) @IsOptional() @IsUUID() owner?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsIn(CHURN_REASONS) reason?: (typeof CHURN_REASONS)[number];
  @Transform(blankAsUndefined) @IsOptional() @IsIn(['1']) mine?: '1';
}

/** A cancellation taken by phone or in a branch. */
export class OpenCaseFormDto {
  @Transform(trimString) @IsString() @Length(1, 200) customerExternalId: string;
  @Transform(blankAsUndefined) @IsOptional() @IsString() @Length(1, 1000) reason?: string;
  @Transform(blankAsUndefined) @Transform(decimal) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) @Max(MAX_MONTHLY_REVENUE)
  monthlyRevenue?: number;
}

export class CaseStatusFormDto {
  @IsIn(CHURN_STATUSES) status: (typeof CHURN_STATUSES)[number];
  @Transform(blankAsUndefined) @ValidateIf((o: CaseStatusFormDto) => o.status === 'lost' || o.lostReason !== undefined) @IsString() @Length(1, 1000) lostReason?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsUUID() wonOfferId?: string;
}

export class CaseOwnerFormDto {
  @IsUUID() ownerId: string;
}

export class CaseActivityFormDto {
  @IsIn(MANUAL_ACTIVITY_KINDS) kind: (typeof MANUAL_ACTIVITY_KINDS)[number];
  @Transform(trimString) @IsString() @Length(1, 4000) body: string;
}

export class CaseOfferFormDto {
  @IsUUID() offerTypeId: string;
  @Transform(blankAsUndefined) @IsOptional() @IsIn(OFFER_OUTCOMES) outcome?: (typeof OFFER_OUTCOMES)[number];
  @Transform(blankAsUndefined) @IsOptional() @IsString() @Length(1, 4000) details?: string;
}

export class OfferOutcomeFormDto {
  @IsIn(OFFER_OUTCOMES) outcome: (typeof OFFER_OUTCOMES)[number];
}

export class InterviewFormDto {
  @IsIn(CHURN_REASONS) primaryReason: (typeof CHURN_REASONS)[number];
  // A form with no box ticked sends no field at all, and @Transform only runs for fields sent: hence the default.
  @Transform(asArray) @IsArray() @ArrayMaxSize(CHURN_REASONS.length) @IsIn(CHURN_REASONS, { each: true }) secondaryReasons: Array<(typeof CHURN_REASONS)[number]> = [];
  @Transform(blankAsUndefined) @IsOptional() @IsIn(DESTINATIONS) destination?: (typeof DESTINATIONS)[number];
  @Transform(blankAsUndefined) @IsOptional() @IsString() @Length(1, 200) competitor?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsIn(MIGHT_RETURN) mightReturn?: (typeof MIGHT_RETURN)[number];
  @Transform(blankAsUndefined) @IsOptional() @IsString() @MaxLength(MAX_INTERVIEW_COMMENT) comment?: string;
}

/** The analytics period: whole days, `to` included. */
export class RetentionPeriodDto {
  @Transform(blankAsUndefined) @IsOptional() @Matches(DATE) from?: string;
  @Transform(blankAsUndefined) @IsOptional() @Matches(DATE) to?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsIn(['csv']) format?: 'csv';
  @Transform(blankAsUndefined) @IsOptional() @IsString() @MaxLength(60) chart?: string;
}

export class OfferTypeFormDto {
  @Transform(trimString) @Matches(/^[a-z][a-z0-9_]{1,62}$/) key: string;
  @Transform(trimString) @IsString() @Length(1, 200) name: string;
  @Transform(blankAsUndefined) @IsOptional() @IsString() @MaxLength(2000) description?: string;
}

export class OfferTypeUpdateFormDto {
  @Transform(trimString) @IsString() @Length(1, 200) name: string;
  @Transform(blankAsUndefined) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsIn(['true', 'false']) active: 'true' | 'false';
}
