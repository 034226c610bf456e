import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RoutedTheme } from './feedback-response-routing.entity';

/** The feedback module's own progress over answers: which version of each it routed, and how far the sweep has looked. */
@Injectable()
export class FeedbackRoutingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(responseId: string): Promise<{ responseUpdatedAt: Date; themes: RoutedTheme[] } | null> {
    const rows = await this.dataSource.query(
      `SELECT response_updated_at AS "responseUpdatedAt", themes FROM feedback_response_routings WHERE response_id = $1`,
      [responseId],
    );
    return rows[0] ?? null;
  }

  async save(r: { responseId: string; customerId: string; responseUpdatedAt: Date; modelVersion: string | null; themes: RoutedTheme[] }, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO feedback_response_routings (response_id, customer_id, response_updated_at, model_version, themes)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (response_id) DO UPDATE SET response_updated_at = EXCLUDED.response_updated_at,
         model_version = EXCLUDED.model_version, themes = EXCLUDED.themes, routed_at = now()`,
      [r.responseId, r.customerId, r.responseUpdatedAt, r.modelVersion, JSON.stringify(r.themes)],
    );
  }

  /** Of these responses, the ones never routed. */
  async unrouted(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT x.id FROM unnest($1::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM feedback_response_routings r WHERE r.response_id = x.id)`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async sweptUntil(): Promise<Date> {
    const [row] = await this.dataSource.query(`SELECT swept_until AS "sweptUntil" FROM feedback_sweep_state WHERE id = 1`);
    return row ? new Date(row.sweptUntil) : new Date(Date.now() - 86_400_000);
  }

  async setSweptUntil(at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO feedback_sweep_state (id, swept_until) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET swept_until = GREATEST(feedback_sweep_state.swept_until, EXCLUDED.swept_until)`,
      [at],
    );
  }
}
