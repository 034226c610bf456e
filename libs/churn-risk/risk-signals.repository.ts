import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { openAndBreachedAtSql } from '@feedloop/feedback/sla';
import type { ContactSignal, Metric, OverdueItemSignal, ResponseSignal } from './risk-rules';

export interface CustomerLifecycle {
  externalId: string | null;
  erased: boolean;
  /** Latest cancellation and signup at or before the evaluation instant. */
  cancelledAt: Date | null;
  signedUpAt: Date | null;
}

/**
 * READ-ONLY SQL on other modules' tables (customers, events, responses,
 * feedback_items), an exception to "ask the owning service" that the README
 * lists: an evaluation reads four signals for hundreds of customers at once,
 * as of a given instant (the benchmark replays history), in one statement per
 * signal inside the evaluation's transaction. The owning services answer one
 * customer at a time and as of now. Nothing here writes; the SLA rule itself
 * comes from libs/feedback/sla.ts, so inbox and early warning agree.
 */
@Injectable()
export class RiskSignalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lifecycles(customerIds: string[], asOf: Date, m: EntityManager): Promise<Map<string, CustomerLifecycle>> {
    const rows: Array<{ id: string; externalId: string | null; erased: boolean; cancelledAt: Date | null; signedUpAt: Date | null }> = await m.query(
      `SELECT c.id, c.external_id AS "externalId", c.erased_at IS NOT NULL AS erased, e."cancelledAt", e."signedUpAt"
       FROM customers c
       LEFT JOIN LATERAL (
         SELECT max(occurred_at) FILTER (WHERE type = 'cancellation') AS "cancelledAt", max(occurred_at) FILTER (WHERE type = 'signup') AS "signedUpAt"
         FROM events WHERE customer_id = c.id AND type IN ('cancellation', 'signup') AND occurred_at <= $2
       ) e ON true
       WHERE c.id = ANY($1::uuid[])`,
      [customerIds, asOf],
    );
    return new Map(rows.map((r) => [r.id, { externalId: r.externalId, erased: r.erased, cancelledAt: r.cancelledAt, signedUpAt: r.signedUpAt }]));
  }

  /** Answers first given in (since, asOf], plus the last two of each metric at or before asOf (for drops). */
  async responses(customerIds: string[], since: Date, asOf: Date, m: EntityManager): Promise<Map<string, ResponseSignal[]>> {
    const rows: Array<ResponseSignal & { customerId: string }> = await m.query(
      `SELECT id, customer_id AS "customerId", metric, score, created_at AS at FROM (
         SELECT r.id, r.customer_id, r.metric, r.score, r.created_at,
                row_number() OVER (PARTITION BY r.customer_id, r.metric ORDER BY r.created_at DESC, r.id DESC) AS rn
         FROM responses r WHERE r.customer_id = ANY($1::uuid[]) AND r.created_at <= $3
       ) x WHERE rn <= 2 OR created_at > $2`,
      [customerIds, since, asOf],
    );
    return groupBy(rows, (r) => ({ id: r.id, metric: r.metric as Metric, score: r.score, at: r.at }));
  }

  async contacts(customerIds: string[], from: Date, asOf: Date, m: EntityManager): Promise<Map<string, ContactSignal[]>> {
    const rows: Array<ContactSignal & { customerId: string }> = await m.query(
      `SELECT id, customer_id AS "customerId", occurred_at AS at FROM events
       WHERE customer_id = ANY($1::uuid[]) AND type = 'contact' AND occurred_at > $2 AND occurred_at <= $3`,
      [customerIds, from, asOf],
    );
    return groupBy(rows, (r) => ({ id: r.id, at: r.at }));
  }

  async overdueItems(customerIds: string[], asOf: Date, m: EntityManager): Promise<Map<string, OverdueItemSignal[]>> {
    const rows: Array<OverdueItemSignal & { customerId: string }> = await m.query(
      `SELECT f.id, f.customer_id AS "customerId", f.department_id AS "departmentId", f.status, f.created_at AS "createdAt",
              f.acknowledge_by AS "acknowledgeBy", f.resolve_by AS "resolveBy",
              ($2 > f.acknowledge_by AND (coalesce(f.acknowledged_at, f.resolved_at) IS NULL OR coalesce(f.acknowledged_at, f.resolved_at) > f.acknowledge_by)) AS "acknowledgeMissed"
       FROM feedback_items f
       WHERE f.customer_id = ANY($1::uuid[]) AND ${openAndBreachedAtSql('$2::timestamptz')}`,
      [customerIds, asOf],
    );
    return groupBy(rows, ({ customerId: _, ...item }) => item);
  }

  /** Customers whose answers or feedback deadlines appeared or passed in (from, to]; events come through the consumer queue instead. */
  async touchedBetween(from: Date, to: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT customer_id AS id FROM responses WHERE created_at > $1 AND created_at <= $2
       UNION SELECT customer_id FROM feedback_items WHERE status = 'new' AND withdrawn_at IS NULL AND acknowledge_by > $1 AND acknowledge_by <= $2
       UNION SELECT customer_id FROM feedback_items WHERE status <> 'resolved' AND withdrawn_at IS NULL AND resolve_by > $1 AND resolve_by <= $2`,
      [from, to],
    );
    return rows.map((r) => r.id);
  }

  /** Customers of these answers (response.recorded carries the answer's id only). */
  async customersOfResponses(responseIds: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT DISTINCT customer_id AS id FROM responses WHERE id = ANY($1::uuid[])`, [responseIds]);
    return rows.map((r) => r.id);
  }
}

function groupBy<R extends { customerId: string }, T>(rows: R[], map: (row: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.customerId) ?? [];
    list.push(map(row));
    out.set(row.customerId, list);
  }
  return out;
}
