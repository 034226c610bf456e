import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, QueryFailedError, Repository } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { AccessScope } from './access-scope';
import type { Locale, Role } from './roles';
import { UserEntity, DigestFrequency } from './user.entity';

export interface UserCredentials {
  id: string;
  passwordHash: string;
  disabledAt: Date | null;
}

@Injectable()
export class UsersRepository extends TransactionalRepository {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly repo: Repository<UserEntity>,
  ) {
    super(dataSource);
  }

  /** null when the e-mail is taken (decided by the unique index on lower(email), so concurrent creates are safe). */
  async insert(row: {
    email: string;
    name: string;
    passwordHash: string;
    role: Role;
    departmentId: string | null;
    locale: Locale;
  }, manager?: EntityManager): Promise<UserEntity | null> {
    try {
      const repo = this.on(manager);
      const saved = await repo.save(repo.create(row));
      return (await this.findById(saved.id, manager))!;
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string })?.code === '23505') return null;
      throw err;
    }
  }

  private on(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.repo;
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  countActiveAdmins(manager?: EntityManager): Promise<number> {
    return this.on(manager).count({ where: { role: 'admin', disabledAt: IsNull() } });
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.on(manager).findOneBy({ id });
  }

  /** The row, locked until the transaction ends, so a change is checked and audited against what it overwrites. */
  lockById(id: string, manager: EntityManager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Serialises changes that could leave no active admin (disabling or
   * demoting one): two admins demoting each other at once must not both win.
   */
  async lockAdmins(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE`);
  }

  async update(id: string, patch: Partial<Pick<UserEntity, 'name' | 'role' | 'departmentId' | 'locale'>>, manager: EntityManager): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, patch);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  async findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    const row = await this.repo
      .createQueryBuilder('u')
      .select(['u.id', 'u.disabledAt'])
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    return row ? { id: row.id, passwordHash: row.passwordHash, disabledAt: row.disabledAt } : null;
  }

  list(scope: AccessScope, filter: { departmentId?: string } = {}): Promise<UserEntity[]> {
    const qb = this.repo.createQueryBuilder('u');
    scope.applyDepartmentScope(qb, 'u.department_id');
    if (filter.departmentId) qb.andWhere('u.department_id = :departmentId', { departmentId: filter.departmentId });
    return qb.orderBy('lower(u.name)', 'ASC').addOrderBy('u.email', 'ASC').getMany();
  }

  async setPasswordHash(id: string, passwordHash: string, manager?: EntityManager): Promise<boolean> {
    const res = await this.on(manager).update({ id }, { passwordHash });
    return (res.affected ?? 0) > 0;
  }

  async setLocale(id: string, locale: Locale, manager?: EntityManager): Promise<void> {
    await this.on(manager).update({ id }, { locale });
  }

  async setDigestFrequency(id: string, digestFrequency: DigestFrequency, manager?: EntityManager): Promise<boolean> {
    const res = await this.on(manager).update({ id }, { digestFrequency });
    return (res.affected ?? 0) > 0;
  }

  activeDepartmentHeads(departmentId?: string): Promise<UserEntity[]> {
    const qb = this.repo.createQueryBuilder('u').where(`u.role = 'department_head'`).andWhere('u.disabled_at IS NULL');
    if (departmentId) qb.andWhere('u.department_id = :departmentId', { departmentId });
    return qb.orderBy('u.email', 'ASC').getMany();
  }

  /** Active users of these roles, by name. */
  activeWithRoles(roles: readonly Role[]): Promise<UserEntity[]> {
    return this.repo
      .createQueryBuilder('u')
      .where('u.role IN (:...roles)', { roles })
      .andWhere('u.disabled_at IS NULL')
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
  }

  /** Active retention agents in a stable order (by id), for round-robin assignment. */
  activeRetentionAgents(): Promise<UserEntity[]> {
    return this.repo.createQueryBuilder('u').where(`u.role = 'retention_agent'`).andWhere('u.disabled_at IS NULL').orderBy('u.id', 'ASC').getMany();
  }

  async disable(id: string, manager?: EntityManager): Promise<boolean> {
    const res = await this.on(manager).update({ id, disabledAt: IsNull() }, { disabledAt: new Date() });
    return (res.affected ?? 0) > 0;
  }

  /** Also lifts a lock-out: the admin who lets someone back in means now. */
  async enable(id: string, manager: EntityManager): Promise<boolean> {
    const res = await manager.getRepository(UserEntity).update({ id }, { disabledAt: null });
    return (res.affected ?? 0) > 0;
  }

  async recordLoginSuccess(id: string): Promise<void> {
    await this.repo.update({ id }, { lastLoginAt: () => 'now()' });
  }
}
