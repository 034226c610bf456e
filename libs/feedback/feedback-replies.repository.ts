import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackReplyEntity } from './feedback-reply.entity';

/** Every query on replies to customers. */
@Injectable()
export class FeedbackRepliesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  ofItem(itemId: string): Promise<FeedbackReplyEntity[]> {
    return this.dataSource.getRepository(FeedbackReplyEntity).find({ where: { itemId }, order: { createdAt: 'ASC' } });
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

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
