import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsTimeZone, IsUUID, Length } from 'class-validator';
import { IsIsoDate } from '@feedloop/core/http/date-param';
import { CONTACT_CHANNELS, ContactChannel } from '@feedloop/events/dto/create-event.dto';
import type { MetricName, MetricsGroupBy, MetricsInterval } from '../metric-series';

export const METRIC_NAMES: readonly MetricName[] = ['nps', 'csat', 'ces'];
export const METRICS_INTERVALS: readonly MetricsInterval[] = ['day', 'week', 'month', 'none'];
export const METRICS_GROUP_BYS: readonly MetricsGroupBy[] = ['survey', 'contactChannel', 'team', 'channel', 'none'];

const PERIOD_NOTE =
  'A date is midnight in timeZone; a date-time without an offset is a wall time in timeZone.';

export class MetricsQueryDto {
  @ApiProperty({ enum: METRIC_NAMES, description: 'nps: 0–10, % promoters (9–10) − % detractors (0–6); csat: % of 4–5 answers on 1–5; ces: mean on 1–7.' })
  @IsIn(METRIC_NAMES)
  metric!: MetricName;

  @ApiProperty({ example: '2025-01-01', description: `Start of the period, inclusive. ${PERIOD_NOTE}` })
  @IsIsoDate({ dateOnly: true, offsetRequired: false })
  from!: string;

  @ApiProperty({ example: '2026-01-01', description: `End of the period, exclusive. ${PERIOD_NOTE}` })
  @IsIsoDate({ dateOnly: true, offsetRequired: false })
  to!: string;

  @ApiPropertyOptional({
    enum: METRICS_INTERVALS,
    default: 'none',
    description: 'Calendar periods in timeZone (weeks start on Monday); none: one total. The first and last are clipped to from and to. At most 1000.',
  })
  @IsOptional()
  @IsIn(METRICS_INTERVALS)
  interval?: MetricsInterval;

  @ApiPropertyOptional({ example: 'Europe/Warsaw', description: 'IANA time zone of the periods; default: the DEFAULT_TIME_ZONE setting.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    enum: METRICS_GROUP_BYS,
    default: 'none',
    description: 'survey: survey id; contactChannel and team: of the contact event that triggered the survey; channel: the survey channel (email, sms).',
  })
  @IsOptional()
  @IsIn(METRICS_GROUP_BYS)
  groupBy?: MetricsGroupBy;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  surveyId?: string;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS })
  @IsOptional()
  @IsIn(CONTACT_CHANNELS)
  contactChannel?: ContactChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  team?: string;

  @ApiPropertyOptional({ enum: ['email', 'sms'], description: 'Survey channel.' })
  @IsOptional()
  @IsIn(['email', 'sms'])
  channel?: 'email' | 'sms';
}
