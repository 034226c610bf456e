import { isUniqueViolation } from '@feedloop/core/database/postgres-errors';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AccessScope } from '@feedloop/auth/access-scope';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentsRepository {
  constructor(@InjectRepository(DepartmentEntity) private readonly repo: Repository<DepartmentEntity>) {}

  list(): Promise<DepartmentEntity[]> {
    return this.repo.createQueryBuilder('d').orderBy('lower(d.name)', 'ASC').addOrderBy('d.key', 'ASC').getMany();
  }

  listVisible(scope: AccessScope): Promise<DepartmentEntity[]> {
    const qb = this.repo.createQueryBuilder('d');
    scope.applyDepartmentScope(qb, 'd.id');
    return qb.orderBy('lower(d.name)', 'ASC').addOrderBy('d.key', 'ASC').getMany();
  }

  findById(id: string): Promise<DepartmentEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByKey(key: string): Promise<DepartmentEntity | null> {
    return this.repo.findOneBy({ key });
  }

  /** null when the key is taken (the unique index decides, so two concurrent creates cannot both win). */
  async insert(row: { key: string; name: string }): Promise<DepartmentEntity | null> {
    try {
      return await this.repo.save(this.repo.create(row));
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  async updateSla(id: string, sla: { ackSlaHours: number; resolveSlaDays: number }): Promise<DepartmentEntity | null> {
    const res = await this.repo.update({ id }, sla);
    return (res.affected ?? 0) > 0 ? this.findById(id) : null;
  }

  async rename(id: string, name: string): Promise<DepartmentEntity | null> {
    const res = await this.repo.update({ id }, { name });
    return (res.affected ?? 0) > 0 ? this.findById(id) : null;
  }
}
