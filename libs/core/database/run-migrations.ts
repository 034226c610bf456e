import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function runMigrations(db: DatabaseConfig): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(db, 'feedloop-migrate'), extra: { max: 1 } });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
