import { readdirSync } from 'node:fs';
import request from 'supertest';
import { MIGRATIONS_DIR } from '@feedloop/core/database/migrations';
import { TestApi, startTestApi } from '../../../test/api';

describe('GET /health', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('reports the database and the job queue as up without an API key', async () => {
    const res = await request(api.app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' }, jobs: { status: 'up', workers: 'off' } });
    expect(res.body.database.migrations).toBeGreaterThanOrEqual(2);
  });

  it('names the newest migration by its timestamp, not by the alphabet', async () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d+-.*\.ts$/.test(f)).sort();
    const newest = files[files.length - 1].split('-')[0];
    const res = await request(api.app.getHttpServer()).get('/health').expect(200);
    expect(res.body.database.migrations).toBe(files.length);
    expect(res.body.database.lastMigration).toMatch(new RegExp(`${newest}$`));
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await request(api.app.getHttpServer()).get('/api/v1/nope').set('Authorization', api.auth).expect(404);
    expect(res.body.statusCode).toBe(404);
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('API key authentication', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('returns 401 without an Authorization header', async () => {
    const res = await request(api.app.getHttpServer()).get('/api/v1/customers').expect(401);
    expect(res.body.message[0]).toMatch(/Bearer/);
  });

  it('returns 401 for a key that does not exist', async () => {
    await request(api.app.getHttpServer())
      .get('/api/v1/customers')
      .set('Authorization', 'Bearer fl_abcdefgh_0123456789abcdef0123456789abcdef')
      .expect(401);
  });
});
