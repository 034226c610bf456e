import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiKeysService } from '../libs/auth/api-keys.service';
import { createApiApp } from '../apps/api/create-api-app';
import { testConfig } from './config';
import { TestDatabase, createTestDatabase } from './database';

export interface TestApi {
  app: NestExpressApplication;
  db: TestDatabase;
  /** `Authorization` header value of a valid API key. */
  auth: string;
  close(): Promise<void>;
}

/**
 * A further API process on an existing test's database (as a second process
 * behind a balancer would be), for limits and jobs that must hold across
 * processes. Closing it leaves the database to the first one.
 */
export async function startSecondApi(db: TestDatabase, env: Record<string, string> = {}): Promise<NestExpressApplication> {
  const app = await createApiApp(testConfig(db.url, env));
  await app.init();
  return app;
}

/** The API app exactly as main.ts builds it, on this file's own database, with an API key. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const app = await createApiApp(testConfig(db.url, env));
  await app.init();
  const { key } = await app.get(ApiKeysService).create('test');
  return {
    app,
    db,
    auth: `Bearer ${key}`,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
