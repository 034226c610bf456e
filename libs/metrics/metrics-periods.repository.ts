import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MetricsInterval } from './metric-series';

export interface PeriodBuckets {
  from: Date;
  to: Date;
  bounds: Date[];
  /** Local calendar date (YYYY-MM-DD) each bucket's period starts on; null when there is no interval. */
  labels: Array<string | null>;
}

/** Cuts a query's period into calendar buckets; reads no table. */
@Injectable()
export class MetricsPeriodsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The instants that cut [from, to) into calendar days, weeks (Monday) or
   * months of `timeZone`, computed by PostgreSQL's own zone rules so they
   * agree with the raw path. `from` and `to` without an offset are wall
   * times in `timeZone`. At most `maxBuckets` + 1 are generated.
   */
  async periodBuckets(from: string, to: string, interval: MetricsInterval, timeZone: string, maxBuckets: number): Promise<PeriodBuckets> {
    const hasOffset = (s: string) => /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(s) && s.includes('T');
    const period = `SELECT CASE WHEN $3 THEN $1::timestamptz ELSE $1::timestamp AT TIME ZONE $5 END AS f,
                           CASE WHEN $4 THEN $2::timestamptz ELSE $2::timestamp AT TIME ZONE $5 END AS t`;
    const params = [from, to, hasOffset(from), hasOffset(to), timeZone];
    const rows: Array<{ f: Date; t: Date; label: string | null; at: Date | null }> =
      interval === 'none'
        ? await this.dataSource.query(`SELECT f, t, NULL AS label, NULL AS at FROM (${period}) p`, params)
        : await this.dataSource.query(
            `SELECT p.f, p.t, to_char(g, 'YYYY-MM-DD') AS label, g AT TIME ZONE $5 AS at
             FROM (${period}) p, generate_series(date_trunc($6, p.f AT TIME ZONE $5), p.t AT TIME ZONE $5, ('1 ' || $6)::interval) g
             ORDER BY g
             LIMIT $7`,
            [...params, interval, maxBuckets + 2],
          );
    // A `to` before the week or month `from` falls in generates nothing.
    const [{ f, t }] = rows.length ? rows : await this.dataSource.query(`SELECT f, t FROM (${period}) p`, params);
    if (interval === 'none' || f.getTime() >= t.getTime()) return { from: f, to: t, bounds: [f, t], labels: [null] };
    const bounds = [f];
    const labels: Array<string | null> = [];
    for (const row of rows) {
      if (!row.at || !row.label) continue;
      if (row.at.getTime() <= f.getTime()) labels[0] = row.label;
      else if (row.at.getTime() < t.getTime()) {
        bounds.push(row.at);
        labels.push(row.label);
      }
    }
    bounds.push(t);
    return { from: f, to: t, bounds, labels };
  }
}
