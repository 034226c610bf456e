import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlParams } from '@feedloop/core/database/sql-params';
import { Cursor, exactTimestampSql } from '@feedloop/core/http/cursor';
import { ResponseChangeEntity } from './response-change.entity';
import type { ResponseMetric, ResponseSource } from './response.entity';

export interface ResponseFilter {
  surveyId?: string;
  metric?: ResponseMetric;
  /** createdAt at or after (inclusive). */
  from?: string;
  /** createdAt before (exclusive). */
  to?: string;
  contactChannel?: string;
  team?: string;
  channel?: 'email' | 'sms';
  scoreMin?: number;
  scoreMax?: number;
  hasComment?: boolean;
  customerId?: string;
}

/** A response as lists show it, with its position in the newest-first order. */
export interface ResponseListRow {
  id: string;
  invitationId: string;
  surveyId: string;
  surveyName: string;
  metric: ResponseMetric;
  score: number;
  comment: string | null;
  source: ResponseSource;
  channel: 'email' | 'sms' | null;
  contactChannel: string | null;
  team: string | null;
  customerId: string;
  customerExternalId: string | null;
  createdAt: Date;
  updatedAt: Date;
  changeCount: number;
  /** createdAt with its microseconds, for the next page's cursor. */
  cursorAt: string;
}

const SELECT = `
  SELECT r.id, r.invitation_id AS "invitationId", r.survey_id AS "surveyId", s.name AS "surveyName", r.metric, r.score, r.comment,
         r.source, r.channel, r.contact_channel AS "contactChannel", r.team, r.customer_id AS "customerId",
         c.external_id AS "customerExternalId", r.created_at AS "createdAt", r.updated_at AS "updatedAt",
         (SELECT count(*) FROM response_changes rc WHERE rc.response_id = r.id)::int AS "changeCount",
         ${exactTimestampSql('r.created_at')} AS "cursorAt"
  FROM responses r
  JOIN surveys s ON s.id = r.survey_id
  JOIN customers c ON c.id = r.customer_id`;

/**
 * The list query: newest first by (created_at, id), keyset-paged, so a page is
 * a backward range scan of one of the (…, created_at, id) indexes of
 * migration 1763900004000 that stops after `limit` rows. Exported for the
 * test that checks its plans.
 */
export function listResponsesQuery(filter: ResponseFilter, before: Cursor | null, limit: number): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const { params, param } = sqlParams();
  if (filter.surveyId) where.push(`r.survey_id = ${param(filter.surveyId)}::uuid`);
  if (filter.metric) where.push(`r.metric = ${param(filter.metric)}`);
  if (filter.from) where.push(`r.created_at >= ${param(filter.from)}::timestamptz`);
  if (filter.to) where.push(`r.created_at < ${param(filter.to)}::timestamptz`);
  if (filter.contactChannel) where.push(`r.contact_channel = ${param(filter.contactChannel)}`);
  if (filter.team) where.push(`r.team = ${param(filter.team)}`);
  if (filter.channel) where.push(`r.channel = ${param(filter.channel)}`);
  if (filter.scoreMin !== undefined) where.push(`r.score >= ${param(filter.scoreMin)}`);
  if (filter.scoreMax !== undefined) where.push(`r.score <= ${param(filter.scoreMax)}`);
  if (filter.hasComment !== undefined) where.push(filter.hasComment ? 'r.comment IS NOT NULL' : 'r.comment IS NULL');
  if (filter.customerId) where.push(`r.customer_id = ${param(filter.customerId)}::uuid`);
  // A row comparison, so the index condition is one range and not an OR the planner cannot use.
  if (before) where.push(`(r.created_at, r.id) < (${param(before.at)}::timestamptz, ${param(before.id)}::uuid)`);
  return {
    sql: `${SELECT}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY r.created_at DESC, r.id DESC
      LIMIT ${param(limit)}`,
    params,
  };
}

/**
 * Reads of responses for the API (lists, the CSV export, a customer's
 * timeline), apart from ResponsesRepository, which serves answering.
 */
@Injectable()
export class ResponsesReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `limit` responses matching `filter`, newest first, strictly after `before` in that order. */
  list(filter: ResponseFilter, before: Cursor | null, limit: number): Promise<ResponseListRow[]> {
    const { sql, params } = listResponsesQuery(filter, before, limit);
    return this.dataSource.query(sql, params);
  }

  /** Ids of responses first given in [from, to), oldest first (for consumers that sweep for answers they missed). */
  idsCreatedBetween(from: Date, to: Date, limit: number, after: Cursor | null = null): Promise<Array<{ id: string; createdAt: Date; at: string }>> {
    return this.dataSource.query(
      `SELECT id, created_at AS "createdAt", ${exactTimestampSql('created_at')} AS at FROM responses
       WHERE created_at >= $1 AND created_at < $2 AND ($4::timestamptz IS NULL OR (created_at, id) > ($4::timestamptz, $5::uuid))
       ORDER BY created_at, id LIMIT $3`,
      [from, to, limit, after?.at ?? null, after?.id ?? null],
    );
  }

  async findById(id: string): Promise<ResponseListRow | null> {
    const rows: ResponseListRow[] = await this.dataSource.query(`${SELECT} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Earlier values of these responses, oldest first. */
  changesOf(responseIds: string[]): Promise<ResponseChangeEntity[]> {
    if (!responseIds.length) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ResponseChangeEntity, 'c')
      .where('c.response_id IN (:...ids)', { ids: responseIds })
      .orderBy('c.changed_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }
}
