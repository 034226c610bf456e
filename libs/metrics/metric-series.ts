/**
 * What a metric series is asked for and answered with. Its own file so the
 * service, the DTOs and other modules (overview, routed scores) name these
 * types without importing a repository.
 */
export type MetricName = 'nps' | 'csat' | 'ces';
export type MetricsInterval = 'day' | 'week' | 'month' | 'none';
export type MetricsGroupBy = 'survey' | 'contactChannel' | 'team' | 'channel' | 'none';

export interface MetricsFilters {
  surveyId?: string;
  contactChannel?: string;
  team?: string;
  channel?: 'email' | 'sms';
}

export interface SeriesQuery {
  metric: MetricName;
  groupBy: MetricsGroupBy;
  filters: MetricsFilters;
  /** b0 < b1 < ... < bk; bucket i (1..k) is [b(i-1), b(i)). */
  bounds: Date[];
}

/** Sums of one bucket and group, from responses and invitations together. */
export interface SeriesRow {
  /** 1-based. */
  bucket: number;
  /** '' for none. */
  group: string;
  n: number;
  scoreSum: number;
  /** Sum of squared scores: a mean's sample variance (CES). */
  scoreSqSum: number;
  promoters: number;
  detractors: number;
  satisfied: number;
  delivered: number;
  answered: number;
}
