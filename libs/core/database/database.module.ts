import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** One TypeORM DataSource per process; capability modules add entities with forFeature. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [DatabaseConfig],
      useFactory: (db: DatabaseConfig) => ({ ...dataSourceOptions(db), autoLoadEntities: true }),
    }),
  ],
})
export class DatabaseModule {}
