import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { ApiKeyEntity } from './api-key.entity';

@Injectable()
export class ApiKeysRepository extends TransactionalRepository {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    @InjectRepository(ApiKeyEntity) private readonly repo: Repository<ApiKeyEntity>,
  ) {
    super(dataSource);
  }

  create(row: { name: string; keyPrefix: string; keyHash: Buffer; createdBy: string | null; departmentId: string | null }, manager: EntityManager): Promise<ApiKeyEntity> {
    const repo = manager.getRepository(ApiKeyEntity);
    return repo.save(repo.create(row));
  }

  findById(id: string, manager: EntityManager): Promise<ApiKeyEntity | null> {
    return manager.getRepository(ApiKeyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findActiveByHash(keyHash: Buffer): Promise<ApiKeyEntity | null> {
    return this.repo.findOne({ where: { keyHash, revokedAt: IsNull() } });
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.repo.find({ order: { createdAt: 'DESC' } });
  }

  async revoke(id: string, manager: EntityManager): Promise<boolean> {
    const res = await manager.getRepository(ApiKeyEntity).update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (res.affected ?? 0) > 0;
  }

  /** Coarse (once a minute per key) so a busy integration does not write a row per request. */
  async touch(id: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval \'1 minute\')', { id })
      .execute();
  }
}
