import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { FeedbackReplyEntity } from './feedback-reply.entity';

/** Every query on replies to customers. */
@Injectable()
export class FeedbackRepliesRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  ofItem(itemId: string): Promise<FeedbackReplyEntity[]> {
    return this.dataSource.getRepository(FeedbackReplyEntity).find({ where: { itemId }, order: { createdAt: 'ASC' } });
  }

  /** A customer's replies on items `departmentIds` allows (null: all), newest first, strictly before `before`. */
  forCustomer(customerId: string, departmentIds: string[] | null, before: { at: string; id: string } | null, limit: number): Promise<Array<FeedbackReplyEntity & { keysetAt: string }>> {
    return this.dataSource.query(
      `SELECT r.id, r.item_id AS "itemId", r.customer_id AS "customerId", r.channel, r.locale, r.subject, r.body, r.status,
              r.provider_message_id AS "providerMessageId", r.last_error AS "lastError", r.author_id AS "authorId",
              r.created_at AS "createdAt", r.sent_at AS "sentAt",
              to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "keysetAt"
       FROM feedback_replies r JOIN feedback_items f ON f.id = r.item_id
       WHERE r.customer_id = $1 AND ($2::uuid[] IS NULL OR f.department_id = ANY($2::uuid[]))
         AND ($3::timestamptz IS NULL OR (r.created_at, r.id) < ($3::timestamptz, $4::uuid))
       ORDER BY r.created_at DESC, r.id DESC LIMIT $5`,
      [customerId, departmentIds, before?.at ?? null, before?.id ?? null, limit],
    );
  }

  findById(id: string): Promise<FeedbackReplyEntity | null> {
    return this.dataSource.getRepository(FeedbackReplyEntity).findOneBy({ id });
  }

  async insert(r: Pick<FeedbackReplyEntity, 'itemId' | 'customerId' | 'channel' | 'locale' | 'subject' | 'body' | 'authorId'>, m: EntityManager): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO feedback_replies (item_id, customer_id, channel, locale, subject, body, author_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [r.itemId, r.customerId, r.channel, r.locale, r.subject, r.body, r.authorId],
    );
    return row.id;
  }

  /** Claims a reply for sending; null when it was sent or failed already (a duplicate job). */
  async claim(id: string): Promise<FeedbackReplyEntity | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE feedback_replies SET status = 'sending' WHERE id = $1 AND status IN ('queued', 'sending') RETURNING id`,
      [id],
    );
    return rows?.length ? this.findById(id) : null;
  }

  async markSent(id: string, providerMessageId: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE feedback_replies SET status = 'sent', provider_message_id = $2, sent_at = now(), last_error = NULL WHERE id = $1`, [id, providerMessageId]);
  }

  async markFailed(id: string, error: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE feedback_replies SET status = 'failed', last_error = $2 WHERE id = $1`, [id, error.slice(0, 1000)]);
  }

  async noteError(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE feedback_replies SET status = 'queued', last_error = $2 WHERE id = $1 AND status = 'sending'`, [id, error.slice(0, 1000)]);
  }
}
