import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { CreateUserInput } from '../libs/auth/users.service';
import { UserEntity } from '../libs/auth/user.entity';
import { DepartmentsService } from '../libs/departments/departments.service';
import { createDashboardApp } from '../apps/dashboard/create-dashboard-app';
import { testConfig } from './config';
import { TestDatabase, createTestDatabase } from './database';
import { TEST_PASSWORD, makeUser } from './factories/users';

export type Agent = ReturnType<typeof request.agent>;

export interface TestDashboard {
  app: NestExpressApplication;
  db: TestDatabase;
  /** A cookie-keeping client, i.e. one browser. */
  agent(): Agent;
  /** A persisted staff user (see test/factories/users.ts); `department` is a department key. */
  makeUser(overrides?: Partial<CreateUserInput> & { department?: string }): Promise<UserEntity>;
  /** Id of a seeded department by key (customer_service, logistics, billing, product). */
  departmentId(key: string): Promise<string>;
  close(): Promise<void>;
}

/** The dashboard app exactly as npm start builds it, on this file's own database. */
export async function startTestDashboard(env: Record<string, string> = {}): Promise<TestDashboard> {
  const db = await createTestDatabase();
  const app = await createDashboardApp(testConfig(db.url, env));
  await app.init();
  return {
    app,
    db,
    agent: () => request.agent(app.getHttpServer()),
    makeUser: (overrides = {}) => makeUser(app, overrides),
    departmentId: async (key) => (await app.get(DepartmentsService).getByKey(key)).id,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** A further dashboard process on an existing test's database; closing it leaves the database to the first one. */
export async function startSecondDashboard(db: TestDatabase, env: Record<string, string> = {}): Promise<NestExpressApplication> {
  const app = await createDashboardApp(testConfig(db.url, env));
  await app.init();
  return app;
}

/** The `_csrf` value of the first form on a page the agent opens (the agent keeps the session cookie). */
export async function csrfTokenFrom(agent: Agent, path = '/login'): Promise<string> {
  const res = await agent.get(path);
  const match = /name="_csrf" value="([^"]+)"/.exec(res.text);
  if (!match) throw new Error(`no _csrf field on ${path} (status ${res.status})`);
  return match[1];
}

/** Signs the agent in through the login form, as a browser would. */
export async function login(agent: Agent, email: string, password = TEST_PASSWORD) {
  const token = await csrfTokenFrom(agent, '/login');
  return agent.post('/login').type('form').send({ _csrf: token, email, password });
}
