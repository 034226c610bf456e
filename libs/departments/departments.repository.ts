import { isUniqueViolation } from '@feedloop/core/database/postgres-errors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import type { AccessScope } from '@feedloop/auth/access-scope';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentsRepository extends TransactionalRepository {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    @InjectRepository(DepartmentEntity) private readonly repo: Repository<DepartmentEntity>,
  ) {
    super(dataSource);
  }

  list(): Promise<DepartmentEntity[]> {
    return this.repo.createQueryBuilder('d').orderBy('lower(d.name)', 'ASC').addOrderBy('d.key', 'ASC').getMany();
  }

  listVisible(scope: AccessScope): Promise<DepartmentEntity[]> {
    const qb = this.repo.createQueryBuilder('d');
    scope.applyDepartmentScope(qb, 'd.id');
    return qb.orderBy('lower(d.name)', 'ASC').addOrderBy('d.key', 'ASC').getMany();
  }

  findById(id: string, manager?: EntityManager): Promise<DepartmentEntity | null> {
    return (manager ? manager.getRepository(DepartmentEntity) : this.repo).findOneBy({ id });
  }

  /** The row, locked until the transaction ends, so its audit row shows what the change overwrote. */
  lockById(id: string, manager: EntityManager): Promise<DepartmentEntity | null> {
    return manager.getRepository(DepartmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByKey(key: string): Promise<DepartmentEntity | null> {
    return this.repo.findOneBy({ key });
  }

  /** null when the key is taken (the unique index decides, so two concurrent creates cannot both win). */
  async insert(row: { key: string; name: string }, manager: EntityManager): Promise<DepartmentEntity | null> {
    try {
      const repo = manager.getRepository(DepartmentEntity);
      return await repo.save(repo.create(row));
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  async update(id: string, patch: Partial<Pick<DepartmentEntity, 'name' | 'ackSlaHours' | 'resolveSlaDays'>>, manager: EntityManager): Promise<DepartmentEntity | null> {
    const res = await manager.getRepository(DepartmentEntity).update({ id }, patch);
    return (res.affected ?? 0) > 0 ? this.findById(id, manager) : null;
  }
}
