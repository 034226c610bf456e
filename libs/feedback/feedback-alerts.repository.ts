import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface AlertItemRow {
  id: string;
  departmentId: string;
  metric: 'csat' | 'nps' | 'ces';
  score: number;
  comment: string | null;
  themeKeys: string[];
  breach?: 'acknowledge' | 'resolve';
}

const ITEM = `f.id, f.department_id AS "departmentId", f.metric, f.score, f.comment,
  ARRAY(SELECT t.theme_key FROM feedback_item_themes t WHERE t.item_id = f.id ORDER BY t.confidence DESC) AS "themeKeys"`;

/** The queries behind SLA alerts and digests. */
@Injectable()
export class FeedbackAlertsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Marks every item whose deadline passed and was not alerted yet, logging
   * the breach on it, and returns them: the mark is the "once".
   */
  async claimBreaches(): Promise<AlertItemRow[]> {
    return this.dataSource.transaction(async (m) => {
      const ack: AlertItemRow[] = await m.query(
        `WITH claimed AS (
           UPDATE feedback_items SET ack_breach_alerted_at = now()
           WHERE status = 'new' AND withdrawn_at IS NULL AND acknowledge_by < now() AND ack_breach_alerted_at IS NULL
           RETURNING id
         ) SELECT ${ITEM}, 'acknowledge' AS breach FROM feedback_items f JOIN claimed c ON c.id = f.id`,
      );
      const resolve: AlertItemRow[] = await m.query(
        `WITH claimed AS (
           UPDATE feedback_items SET resolve_breach_alerted_at = now()
           WHERE status <> 'resolved' AND withdrawn_at IS NULL AND resolve_by < now() AND resolve_breach_alerted_at IS NULL
           RETURNING id
         ) SELECT ${ITEM}, 'resolve' AS breach FROM feedback_items f JOIN claimed c ON c.id = f.id`,
      );
      const all = [...ack, ...resolve];
      if (all.length) {
        await m.query(
          `INSERT INTO feedback_item_activities (item_id, kind, data)
           SELECT x.id, 'sla_breached', jsonb_build_object('deadline', x.breach) FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, breach text)`,
          [JSON.stringify(all.map((a) => ({ id: a.id, breach: a.breach })))],
        );
      }
      return all;
    });
  }

  createdBetween(departmentId: string, from: Date, to: Date, limit: number): Promise<AlertItemRow[]> {
    return this.dataSource.query(
      `SELECT ${ITEM} FROM feedback_items f WHERE f.department_id = $1 AND f.withdrawn_at IS NULL AND f.created_at >= $2 AND f.created_at < $3
       ORDER BY f.created_at DESC LIMIT $4`,
      [departmentId, from, to, limit],
    );
  }

  async countCreatedBetween(departmentId: string, from: Date, to: Date): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback_items WHERE department_id = $1 AND withdrawn_at IS NULL AND created_at >= $2 AND created_at < $3`,
      [departmentId, from, to],
    );
    return row.n;
  }

  overdue(departmentId: string, limit: number): Promise<AlertItemRow[]> {
    return this.dataSource.query(
      `SELECT ${ITEM} FROM feedback_items f WHERE f.department_id = $1 AND f.withdrawn_at IS NULL AND f.status <> 'resolved'
         AND (f.resolve_by < now() OR (f.status = 'new' AND f.acknowledge_by < now()))
       ORDER BY f.created_at LIMIT $2`,
      [departmentId, limit],
    );
  }

  async countOverdue(departmentId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback_items f WHERE f.department_id = $1 AND f.withdrawn_at IS NULL AND f.status <> 'resolved'
         AND (f.resolve_by < now() OR (f.status = 'new' AND f.acknowledge_by < now()))`,
      [departmentId],
    );
    return row.n;
  }

  /** True the first time for this user and period: the digest is theirs to send. */
  async recordDigest(userId: string, periodStart: Date, itemCount: number): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO feedback_digests (user_id, period_start, item_count) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, periodStart, itemCount],
    );
    return rows.length > 0;
  }
}
