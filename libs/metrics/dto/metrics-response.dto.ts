import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MetricName, MetricsGroupBy, MetricsInterval } from '../metric-series';
import { METRIC_NAMES, METRICS_GROUP_BYS, METRICS_INTERVALS } from './metrics-query.dto';

export class ResponseRateDto {
  @ApiProperty({ description: 'Invitations sent in the bucket (by sent_at) and not failed or bounced; an answered one counts as delivered whatever its status.' })
  delivered!: number;

  @ApiProperty({ description: 'Of those, the ones answered (at any time until now).' })
  answered!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'answered / delivered × 100, one decimal; null when none was delivered.' })
  rate!: number | null;
}

export class MetricsGroupDto {
  @ApiProperty({ type: String, nullable: true, description: 'Survey id, contact channel, team or survey channel; null when not grouped or not recorded.' })
  group!: string | null;

  @ApiProperty({ description: 'Responses first given in the bucket (by created_at); a changed score counts once, with its latest value.' })
  n!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'NPS (−100..100) and CSAT (%) to one decimal, CES (mean, 1–7) to two; null when n = 0.' })
  value!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Half-width of the 95% interval: NPS and CSAT in points, one decimal; CES 1.96·s/√n (s the sample standard deviation), two decimals. Null when n = 0 (CES: n < 2).' })
  marginOfError!: number | null;

  @ApiProperty({ description: 'n < 30: show flagged or not at all.' })
  lowSample!: boolean;

  @ApiPropertyOptional({ description: 'NPS: scores 9–10.' }) promoters?: number;
  @ApiPropertyOptional({ description: 'NPS: scores 7–8.' }) passives?: number;
  @ApiPropertyOptional({ description: 'NPS: scores 0–6.' }) detractors?: number;
  @ApiPropertyOptional({ description: 'CSAT: scores 4–5.' }) satisfied?: number;

  @ApiProperty({ type: () => ResponseRateDto })
  responseRate!: ResponseRateDto;
}

export class MetricsBucketDto {
  @ApiProperty({ type: String, nullable: true, example: '2025-03-24', description: 'Local date the calendar period starts on (weeks: Monday); null without an interval.' })
  start!: string | null;

  @ApiProperty({ description: 'First instant of the bucket (clipped to the query).' })
  from!: string;

  @ApiProperty({ description: 'Instant the bucket ends, exclusive.' })
  to!: string;

  @ApiProperty({ type: () => [MetricsGroupDto], description: 'Every group seen in the series, in every bucket (n = 0 where it had none).' })
  groups!: MetricsGroupDto[];
}

export class MetricsResponseDto {
  @ApiProperty({ enum: METRIC_NAMES }) metric!: MetricName;
  @ApiProperty({ enum: METRICS_INTERVALS }) interval!: MetricsInterval;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ enum: METRICS_GROUP_BYS }) groupBy!: MetricsGroupBy;
  @ApiProperty({ description: 'The period as instants, [from, to).' }) from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: () => [MetricsBucketDto] }) buckets!: MetricsBucketDto[];
}
