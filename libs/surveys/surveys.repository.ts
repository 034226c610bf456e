import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { SurveyEntity, SurveyKind, SurveyStatus, SurveyTriggerEventType } from './survey.entity';

/** Every column a create or update may write; id and timestamps are the database's. */
export type SurveyWrite = Omit<SurveyEntity, 'id' | 'createdAt' | 'updatedAt'>;

export interface SurveyFilter {
  status?: SurveyStatus;
  kind?: SurveyKind;
  triggerEventType?: SurveyTriggerEventType;
}

@Injectable()
export class SurveysRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SurveyEntity | null> {
    return manager.findOneBy(SurveyEntity, { id });
  }

  /** The row, locked until the transaction ends, so concurrent updates validate against what they overwrite. */
  lockById(id: string, manager: EntityManager): Promise<SurveyEntity | null> {
    return manager.findOne(SurveyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Uses surveys_trigger_idx (partial on active rows). */
  findActiveExitWithoutTrigger(): Promise<SurveyEntity | null> {
    return this.dataSource.manager.findOne(SurveyEntity, {
      where: { kind: 'exit', triggerEventType: IsNull(), status: 'active' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findActiveByTrigger(eventType: string): Promise<SurveyEntity[]> {
    return this.dataSource.manager.find(SurveyEntity, {
      where: { triggerEventType: eventType as SurveyTriggerEventType, status: 'active' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  list(filter: SurveyFilter): Promise<SurveyEntity[]> {
    const where: FindOptionsWhere<SurveyEntity> = {};
    if (filter.status) where.status = filter.status;
    if (filter.kind) where.kind = filter.kind;
    if (filter.triggerEventType) where.triggerEventType = filter.triggerEventType;
    return this.dataSource.manager.find(SurveyEntity, { where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async insert(values: SurveyWrite, manager: EntityManager = this.dataSource.manager): Promise<SurveyEntity> {
    const result = await manager.insert(SurveyEntity, values);
    const id = (result.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(SurveyEntity, { id });
  }

  async update(id: string, values: Partial<SurveyWrite>, manager: EntityManager): Promise<SurveyEntity> {
    await manager.update(SurveyEntity, { id }, { ...values, updatedAt: () => 'now()' });
    return manager.findOneByOrFail(SurveyEntity, { id });
  }

  /** null when the survey does not exist. Setting the status it already has changes nothing, not even updated_at. */
  async setStatus(id: string, status: SurveyStatus, manager: EntityManager = this.dataSource.manager): Promise<SurveyEntity | null> {
    await manager.query(`UPDATE surveys SET status = $2, updated_at = now() WHERE id = $1 AND status <> $2`, [id, status]);
    return this.findById(id, manager);
  }
}
