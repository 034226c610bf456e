import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { ResponseChangeEntity } from './response-change.entity';
import { ResponseEntity, ResponseMetric, ResponseSource } from './response.entity';

export interface ResponseWrite {
  invitationId: string;
  surveyId: string;
  customerId: string;
  metric: ResponseMetric;
  score: number;
  comment: string | null;
  source: ResponseSource;
}

/** What a response looked like before an update: the row of response_changes it becomes. */
export interface ResponseValues {
  id: string;
  score: number;
  comment: string | null;
  source: ResponseSource;
}

@Injectable()
export class ResponsesRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /**
   * The first answer to an invitation, or null when it already has one. An
   * insert racing this one waits for it to commit, so "null" always means a
   * committed row that lockValues() can then read.
   */
  async insertIfAbsent(w: ResponseWrite, manager: EntityManager): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, comment, source, channel, contact_channel, team)
       SELECT $1::uuid, $2::uuid, $3::uuid, $4::text, $5::smallint, $6::text, $7::text, i.channel, i.contact_channel, i.team FROM invitations i WHERE i.id = $1
       ON CONFLICT (invitation_id) DO NOTHING
       RETURNING id`,
      [w.invitationId, w.surveyId, w.customerId, w.metric, w.score, w.comment, w.source],
    );
    return rows[0]?.id ?? null;
  }

  /** The current values of an invitation's response, locked until the transaction ends. */
  async lockValues(invitationId: string, manager: EntityManager): Promise<ResponseValues | null> {
    const rows: ResponseValues[] = await manager.query(
      `SELECT id, score, comment, source FROM responses WHERE invitation_id = $1 FOR UPDATE`,
      [invitationId],
    );
    return rows[0] ?? null;
  }

  /** Keeps `previous` in response_changes and writes the new values over it. */
  async replace(previous: ResponseValues, next: Pick<ResponseWrite, 'score' | 'comment' | 'source'>, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO response_changes (response_id, score, comment, source) VALUES ($1, $2, $3, $4)`, [
      previous.id,
      previous.score,
      previous.comment,
      previous.source,
    ]);
    await manager.query(`UPDATE responses SET score = $2, comment = $3, source = $4, updated_at = now() WHERE id = $1`, [
      previous.id,
      next.score,
      next.comment,
      next.source,
    ]);
  }

  findByInvitation(invitationId: string, manager: EntityManager = this.dataSource.manager): Promise<ResponseEntity | null> {
    return manager.findOne(ResponseEntity, { where: { invitationId } });
  }

  changesOf(responseId: string, manager: EntityManager = this.dataSource.manager): Promise<ResponseChangeEntity[]> {
    return manager.find(ResponseChangeEntity, { where: { responseId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }

  async findWithChangesByCustomer(customerId: string, manager: EntityManager): Promise<Array<ResponseEntity & { changes: ResponseChangeEntity[] }>> {
    const responses = await manager.find(ResponseEntity, { where: { customerId }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (!responses.length) return [];
    const changes = await manager
      .createQueryBuilder(ResponseChangeEntity, 'c')
      .where('c.response_id IN (:...ids)', { ids: responses.map((r) => r.id) })
      .orderBy('c.changed_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    return responses.map((r) => Object.assign(r, { changes: changes.filter((c) => c.responseId === r.id) }));
  }

  /** Comments are the person's own words; scores stay for statistics. */
  async eraseComments(customerId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE response_changes SET comment = NULL
       WHERE comment IS NOT NULL AND response_id IN (SELECT id FROM responses WHERE customer_id = $1)`,
      [customerId],
    );
    await manager.query(`UPDATE responses SET comment = NULL, updated_at = now() WHERE customer_id = $1 AND comment IS NOT NULL`, [customerId]);
  }
}
