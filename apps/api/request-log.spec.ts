import request from 'supertest';
import { TestApi, startTestApi } from '../../test/api';
import { TestDashboard, startTestDashboard } from '../../test/dashboard';

/** JSON lines written to stdout while `fn` runs (the request log is written once the response is finished). */
async function logged(fn: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (chunks.push(String(chunk)), true));
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    spy.mockRestore();
  }
  return chunks
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('request log (LOG_FORMAT=json)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ LOG_FORMAT: 'json', LOG_LEVEL: 'log' });
  });
  afterAll(() => api.close());

  it('logs each request once with its request id, method, matched route, status and duration', async () => {
    const lines = await logged(() =>
      request(api.app.getHttpServer()).get('/api/v1/customers/00000000-0000-4000-8000-00000000abcd').set('Authorization', api.auth).set('x-request-id', 'req-42'),
    );
    const requests = lines.filter((l) => l.message === 'request');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      level: 'log',
      context: 'HTTP',
      requestId: 'req-42',
      method: 'GET',
      route: '/api/v1/customers/:id',
      status: 404,
      durationMs: expect.any(Number),
    });
    // The pattern, not the URL: ids stay out of the log.
    expect(JSON.stringify(lines)).not.toContain('abcd');
  });

  it('never logs a survey token: the survey page is logged by its route pattern', async () => {
    const token = 'Tk_secret_survey_token_123456789';
    const lines = await logged(async () => {
      await request(api.app.getHttpServer()).get(`/s/${token}`);
      await request(api.app.getHttpServer()).get(`/s/${token}/5`);
    });
    const routes = lines.filter((l) => l.message === 'request').map((l) => l.route);
    expect(routes).toEqual([expect.stringMatching(/^\/s\/(:token|\{\*path\})/), expect.stringMatching(/^\/s\/(:token|\{\*path\})/)]);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it('logs a request no route matched with a null route, not its path', async () => {
    const lines = await logged(() => request(api.app.getHttpServer()).get('/no/such/path/secret-ish'));
    expect(lines.filter((l) => l.message === 'request')).toEqual([expect.objectContaining({ route: null, status: 404, requestId: expect.any(String) })]);
    expect(JSON.stringify(lines)).not.toContain('secret-ish');
  });

  describe('dashboard', () => {
    let dashboard: TestDashboard;
    beforeAll(async () => {
      dashboard = await startTestDashboard({ LOG_FORMAT: 'json', LOG_LEVEL: 'log' });
    });
    afterAll(() => dashboard.close());

    it('logs its pages the same way', async () => {
      const lines = await logged(() => request(dashboard.app.getHttpServer()).get('/login'));
      expect(lines.filter((l) => l.message === 'request')).toEqual([
        expect.objectContaining({ context: 'Dashboard', method: 'GET', route: '/login', status: 200, requestId: expect.any(String) }),
      ]);
    });
  });
});
