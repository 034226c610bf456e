import { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule } from '../libs/core/core.module';
import { testConfig } from './config';
import { TestDatabase, createTestDatabase } from './database';

export interface TestServices {
  module: TestingModule;
  db: TestDatabase;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Capability modules with the real infrastructure (config, DataSource, job
 * queue with workers off) on this file's own database, without an HTTP app:
 * for service specs that should not depend on what an app composes.
 */
export async function startTestServices(modules: Type<unknown>[], env: Record<string, string> = {}): Promise<TestServices> {
  const db = await createTestDatabase();
  const module = await Test.createTestingModule({ imports: [CoreModule.forRoot(testConfig(db.url, env)), ...modules] }).compile();
  await module.init();
  return {
    module,
    db,
    dataSource: module.get(DataSource),
    close: async () => {
      await module.close();
      await db.drop();
    },
  };
}
