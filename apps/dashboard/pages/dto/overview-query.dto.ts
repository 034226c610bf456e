import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { IsIsoDate } from '@feedloop/core/http/date-param';
import { CONTACT_CHANNELS } from '@feedloop/events/dto/create-event.dto';
import { blankAsUndefined } from './form-transforms';

export const PERIODS = ['7', '30', '90', 'custom'] as const;
export const OVERVIEW_METRICS = ['nps', 'csat', 'ces'] as const;

/** The overview's period picker and filters, as the GET form sends them (and the URL keeps them). */
export class OverviewQueryDto {
  @Transform(blankAsUndefined) @IsOptional() @IsIn(PERIODS) period?: (typeof PERIODS)[number];
  /** Only with period=custom; both inclusive local dates. */
  @Transform(blankAsUndefined) @ValidateIf((o: OverviewQueryDto) => o.period === 'custom') @IsIsoDate({ dateOnly: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) from?: string;
  @Transform(blankAsUndefined) @ValidateIf((o: OverviewQueryDto) => o.period === 'custom') @IsIsoDate({ dateOnly: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) to?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsIn(OVERVIEW_METRICS) metric?: (typeof OVERVIEW_METRICS)[number];
  @Transform(blankAsUndefined) @IsOptional() @IsUUID() survey?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsIn(CONTACT_CHANNELS) contactChannel?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsString() @Length(1, 100) team?: string;
  @Transform(blankAsUndefined) @IsOptional() @Matches(/^[a-z][a-z0-9_]{1,62}$/) department?: string;
  @Transform(blankAsUndefined) @IsOptional() @IsIn(['csv']) format?: 'csv';
  @Transform(blankAsUndefined) @IsOptional() @Matches(/^[a-z][a-z0-9-]{1,40}$/) chart?: string;
}
