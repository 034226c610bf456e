import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { testConfig } from '../../test/config';
import { TestDatabase, createTestDatabase } from '../../test/database';
import { createApiApp } from '../api/create-api-app';
import { createWorkersApp } from './create-workers-app';

describe('workers process (start.js --only workers)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('registers every job the API process registers and runs them, with no HTTP server', async () => {
    const api = await createApiApp(testConfig(db.url));
    await api.init();
    const apiJobs = api.get(JobsService).registeredJobs();
    await api.close();

    // WORKERS=off in the environment does not matter: this process exists to run the workers.
    const workers = await createWorkersApp(testConfig(db.url, { WORKERS: 'off' }));
    try {
      const jobs = workers.get(JobsService);
      expect(apiJobs.length).toBeGreaterThan(5);
      expect(jobs.registeredJobs()).toEqual(apiJobs);
      expect(await jobs.queueState()).toMatchObject({ ok: true, workers: true });
      expect('getHttpServer' in workers).toBe(false);
    } finally {
      await workers.close();
      // pg-boss's stop() resolves before its own once-a-second check that the stopped workers are gone;
      // left running, that timer fires in the next test file of this jest worker.
      await new Promise((r) => setTimeout(r, 1_100));
    }
  });
});
