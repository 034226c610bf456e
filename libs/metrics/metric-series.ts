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

/** What any metric's value is computed from: the answers' counts and sums. */
export interface ScoreCounts {
  n: number;
  scoreSum: number;
  /** Sum of squared scores: a mean's sample variance (CES). */
  scoreSqSum: number;
  promoters: number;
  detractors: number;
  satisfied: number;
}

/** Sums of one bucket and group, from responses and invitations together. */
export interface SeriesRow extends ScoreCounts {
  /** 1-based. */
  bucket: number;
  /** '' for none. */
  group: string;
  delivered: number;
  answered: number;
}
