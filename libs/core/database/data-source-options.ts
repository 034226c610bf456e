import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { loadMigrations } from './migrations';

export function dataSourceOptions(db: DatabaseConfig, applicationName = 'feedloop'): DataSourceOptions {
  if (!db.url) throw new Error('Database URL is not known yet: start the embedded PostgreSQL first');
  return {
    type: 'postgres',
    url: db.url,
    synchronize: false,
    migrationsRun: false,
    migrations: loadMigrations(),
    migrationsTableName: 'migrations',
    extra: { max: db.poolSize, application_name: applicationName },
  };
}
