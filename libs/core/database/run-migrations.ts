import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** Any fixed number: the key of the advisory lock serialising migration runs. */
const MIGRATION_LOCK = 7_361_001;

/**
 * Applies pending migrations, each in its own transaction; returns their names.
 * Several processes may start at once against one database, so runs are
 * serialised with an advisory lock on the run's single connection.
 */
export async function runMigrations(db: DatabaseConfig): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(db, 'feedloop-migrate'), extra: { max: 1 } });
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
