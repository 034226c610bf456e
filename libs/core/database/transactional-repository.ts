import type { DataSource, EntityManager } from 'typeorm';

/**
 * Base of the repositories whose services open a transaction through them and
 * hand its manager on (to the repository's own writes, audit, jobs, webhooks),
 * so that all of it commits or rolls back together. Subclasses inject the
 * DataSource themselves (`@InjectDataSource()`) and pass it to `super`; other
 * isolation levels stay as named methods beside this one (see
 * `CustomersRepository.snapshot`).
 */
export abstract class TransactionalRepository {
  protected constructor(protected readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
