import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { sqlParams } from '@feedloop/core/database/sql-params';
import { exactTimestampSql } from '@feedloop/core/http/cursor';
import type { ClearedReason, RiskFlagStatus } from './customer-risk-flag.entity';
import type { RiskReason, RiskReasonKind } from './risk-rules';

export interface FlagRow {
  id: string;
  customerId: string;
  status: RiskFlagStatus;
  reasons: RiskReason[];
  score: number;
  firstFlaggedAt: Date;
  lastEvaluatedAt: Date;
  clearedAt: Date | null;
  clearedReason: ClearedReason | null;
  dismissedAt: Date | null;
  dismissedBy: string | null;
  dismissedByApiKeyId: string | null;
  dismissedEvidence: string[];
}

/** A flag as the list shows it, with the customer's external id and its keyset position. */
export interface ListedFlag extends FlagRow {
  customerExternalId: string | null;
  /** firstFlaggedAt with microseconds, for the cursor. */
  cursorAt: string;
}

export interface FlagWrite {
  customerId: string;
  status: RiskFlagStatus;
  reasons: RiskReason[];
  score: number;
  firstFlaggedAt: Date;
  lastEvaluatedAt: Date;
  clearedAt: Date | null;
  clearedReason: ClearedReason | null;
  dismissedEvidence: string[];
}

const COLUMNS = `f.id, f.customer_id AS "customerId", f.status, f.reasons, f.score, f.first_flagged_at AS "firstFlaggedAt",
  f.last_evaluated_at AS "lastEvaluatedAt", f.cleared_at AS "clearedAt", f.cleared_reason AS "clearedReason",
  f.dismissed_at AS "dismissedAt", f.dismissed_by AS "dismissedBy", f.dismissed_by_api_key_id AS "dismissedByApiKeyId",
  f.dismissed_evidence AS "dismissedEvidence"`;

/** Every query on customer_risk_flags and churn_risk_sweep_state. */
@Injectable()
export class RiskFlagsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /**
   * Serialises evaluations and dismissals of these customers until the
   * transaction ends (several workers, the sweep and the answer job may
   * touch one customer at once). Taken in one order, so two batches that
   * share customers cannot deadlock.
   */
  async lockCustomers(customerIds: string[], m: EntityManager): Promise<void> {
    await m.query(
      `SELECT pg_advisory_xact_lock(hashtext('churn-risk'), h) FROM (SELECT DISTINCT hashtext(x::text) AS h FROM unnest($1::uuid[]) x ORDER BY 1) s`,
      [customerIds],
    );
  }

  async findByCustomers(customerIds: string[], m: EntityManager): Promise<Map<string, FlagRow>> {
    const rows: FlagRow[] = await m.query(`SELECT ${COLUMNS} FROM customer_risk_flags f WHERE f.customer_id = ANY($1::uuid[])`, [customerIds]);
    return new Map(rows.map((r) => [r.customerId, r]));
  }

  /** Writes the evaluated state of each customer; dismissal fields other than the evidence are left as they are. */
  async save(writes: FlagWrite[], m: EntityManager): Promise<void> {
    if (!writes.length) return;
    await m.query(
      `INSERT INTO customer_risk_flags (customer_id, status, reasons, score, first_flagged_at, last_evaluated_at, cleared_at, cleared_reason, dismissed_evidence)
       SELECT w.customer_id, w.status, w.reasons, w.score, w.first_flagged_at, w.last_evaluated_at, w.cleared_at, w.cleared_reason,
              ARRAY(SELECT jsonb_array_elements_text(w.dismissed_evidence))
       FROM jsonb_to_recordset($1::jsonb) AS w(customer_id uuid, status text, reasons jsonb, score smallint, first_flagged_at timestamptz,
            last_evaluated_at timestamptz, cleared_at timestamptz, cleared_reason text, dismissed_evidence jsonb)
       ON CONFLICT (customer_id) DO UPDATE SET status = EXCLUDED.status, reasons = EXCLUDED.reasons, score = EXCLUDED.score,
         first_flagged_at = EXCLUDED.first_flagged_at, last_evaluated_at = EXCLUDED.last_evaluated_at, cleared_at = EXCLUDED.cleared_at,
         cleared_reason = EXCLUDED.cleared_reason, dismissed_evidence = EXCLUDED.dismissed_evidence`,
      [
        JSON.stringify(
          writes.map((w) => ({
            customer_id: w.customerId,
            status: w.status,
            reasons: w.reasons,
            score: w.score,
            first_flagged_at: w.firstFlaggedAt,
            last_evaluated_at: w.lastEvaluatedAt,
            cleared_at: w.clearedAt,
            cleared_reason: w.clearedReason,
            dismissed_evidence: w.dismissedEvidence,
          })),
        ),
      ],
    );
  }

  async markEvaluated(customerIds: string[], at: Date, m: EntityManager): Promise<void> {
    if (customerIds.length) await m.query(`UPDATE customer_risk_flags SET last_evaluated_at = $2 WHERE customer_id = ANY($1::uuid[])`, [customerIds, at]);
  }

  async deleteCustomers(customerIds: string[], m: EntityManager): Promise<void> {
    if (customerIds.length) await m.query(`DELETE FROM customer_risk_flags WHERE customer_id = ANY($1::uuid[])`, [customerIds]);
  }

  async dismiss(customerId: string, by: { userId: string | null; apiKeyId: string | null }, evidence: string[], at: Date, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE customer_risk_flags SET status = 'dismissed', dismissed_at = $2, dismissed_by = $3, dismissed_by_api_key_id = $4, dismissed_evidence = $5
       WHERE customer_id = $1 AND status = 'active'`,
      [customerId, at, by.userId, by.apiKeyId, evidence],
    );
  }

  /** Active flags, by score then newest flagging first, strictly after `after` = (score, firstFlaggedAt, id) in that order. */
  list(filter: { reason?: RiskReasonKind; minScore?: number; customerId?: string }, after: { score: number; at: string; id: string } | null, limit: number): Promise<ListedFlag[]> {
    const where = [`f.status = 'active'`];
    const { params, param } = sqlParams();
    if (filter.reason) where.push(`f.reasons @> ${param(JSON.stringify([{ kind: filter.reason }]))}::jsonb`);
    if (filter.minScore !== undefined) where.push(`f.score >= ${param(filter.minScore)}`);
    if (filter.customerId) where.push(`f.customer_id = ${param(filter.customerId)}::uuid`);
    // Descending on all three keys, so one row comparison is the whole keyset condition.
    if (after) where.push(`(f.score, f.first_flagged_at, f.id) < (${param(after.score)}, ${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    // customers is read for the external id the list shows (read-only join, listed in the README with the signal reads).
    return this.dataSource.query(
      `SELECT ${COLUMNS}, c.external_id AS "customerExternalId", ${exactTimestampSql('f.first_flagged_at')} AS "cursorAt"
       FROM customer_risk_flags f JOIN customers c ON c.id = f.customer_id
       WHERE ${where.join(' AND ')}
       ORDER BY f.score DESC, f.first_flagged_at DESC, f.id DESC
       LIMIT ${param(limit)}`,
      params,
    );
  }

  async findListed(customerId: string, m: EntityManager = this.dataSource.manager): Promise<ListedFlag | null> {
    const rows: ListedFlag[] = await m.query(
      `SELECT ${COLUMNS}, c.external_id AS "customerExternalId", ${exactTimestampSql('f.first_flagged_at')} AS "cursorAt"
       FROM customer_risk_flags f JOIN customers c ON c.id = f.customer_id WHERE f.customer_id = $1`,
      [customerId],
    );
    return rows[0] ?? null;
  }

  /** Flags not cleared whose last evaluation is older than `before`, oldest first: answers age out of the window, items get resolved. */
  async stale(before: Date, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT customer_id AS id FROM customer_risk_flags WHERE status <> 'cleared' AND last_evaluated_at < $1 ORDER BY last_evaluated_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  async sweptUntil(): Promise<Date> {
    const [row] = await this.dataSource.query(`SELECT swept_until AS "sweptUntil" FROM churn_risk_sweep_state WHERE id = 1`);
    return row ? new Date(row.sweptUntil) : new Date(Date.now() - 86_400_000);
  }

  async setSweptUntil(at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO churn_risk_sweep_state (id, swept_until) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET swept_until = GREATEST(churn_risk_sweep_state.swept_until, EXCLUDED.swept_until)`,
      [at],
    );
  }

  exportCustomer(customerId: string, m: EntityManager): Promise<FlagRow[]> {
    return m.query(`SELECT ${COLUMNS} FROM customer_risk_flags f WHERE f.customer_id = $1`, [customerId]);
  }
}
