import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { Metric, makeInvitation, surveyWithMetric } from '../../test/factories/invitations';
import { seedResponses } from '../../test/factories/responses';
import { EXPORT_PAGE_SIZE } from './responses-query.service';
import { ResponsesService } from './responses.service';

interface Answer {
  metric: Metric;
  score: number;
  comment?: string | null;
  contactChannel?: string | null;
  team?: string | null;
  channel: 'email' | 'sms';
  /** createdAt: when the first answer arrived. */
  at: string;
  customerId: string;
  /** An earlier answer this one replaced. */
  changedFrom?: { score: number; comment: string | null };
}

type Item = { id: string; createdAt: string };

describe('responses API', () => {
  let api: TestApi;
  let db: DataSource;
  let http: ReturnType<typeof request>;
  const get = (path: string) => http.get(path).set('Authorization', api.auth);

  /** A response recorded the way answers are (ResponsesService.record), then dated `at`. */
  async function answer(a: Answer): Promise<string> {
    const invitation = await makeInvitation(api.app, a.customerId, { metric: a.metric, channel: a.channel });
    await db.query(`UPDATE invitations SET contact_channel = $2, team = $3 WHERE id = $1`, [invitation.id, a.contactChannel ?? null, a.team ?? null]);
    const input = { invitationId: invitation.id, surveyId: invitation.surveyId, customerId: a.customerId, metric: a.metric, source: 'email_link' as const };
    if (a.changedFrom) await api.app.get(ResponsesService).record({ ...input, ...a.changedFrom });
    const { responseId } = await api.app.get(ResponsesService).record({ ...input, score: a.score, comment: a.comment ?? null });
    await db.query(`UPDATE responses SET created_at = $2 WHERE id = $1`, [responseId, a.at]);
    return responseId;
  }

  /** Ids newest first, as the list orders them. */
  async function idsInOrder(where: string, params: unknown[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(`SELECT id FROM responses r WHERE ${where} ORDER BY created_at DESC, id DESC`, params);
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    http = request(api.app.getHttpServer());
  });
  afterAll(() => api.close());

  describe('GET /api/v1/responses filters', () => {
    // Fixture in January 2020; every request below adds this window, so rows of other tests never match.
    const JAN = { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' };
    const r: Record<string, string> = {};
    const customers: Record<string, string> = {};
    let npsSurveyId: string;

    beforeAll(async () => {
      for (const name of ['a', 'b', 'c']) customers[name] = (await makeCustomer(api.app)).id;
      npsSurveyId = await surveyWithMetric(api.app, 'nps');
      r.r1 = await answer({ metric: 'csat', score: 5, comment: 'Świetnie', contactChannel: 'phone', team: 'Infolinia', channel: 'email', at: '2020-01-02T10:00:00Z', customerId: customers.a });
      r.r2 = await answer({ metric: 'nps', score: 3, contactChannel: 'chat', team: 'Czat', channel: 'sms', at: '2020-01-05T00:00:00Z', customerId: customers.b });
      r.r3 = await answer({ metric: 'nps', score: 9, comment: 'ok', contactChannel: 'phone', team: 'Czat', channel: 'email', at: '2020-01-10T08:30:00Z', customerId: customers.a });
      r.r4 = await answer({ metric: 'ces', score: 6, contactChannel: 'app', channel: 'sms', at: '2020-01-20T00:00:00Z', customerId: customers.b });
      r.r5 = await answer({
        metric: 'csat',
        score: 1,
        comment: 'źle',
        contactChannel: 'branch',
        team: 'Oddział',
        channel: 'email',
        at: '2020-01-31T23:59:59.999Z',
        customerId: customers.c,
        changedFrom: { score: 2, comment: 'słabo' },
      });
    });

    const list = async (query: Record<string, string | number | boolean>) => {
      const res = await get('/api/v1/responses').query({ ...JAN, ...query }).expect(200);
      expect(res.body.nextCursor).toBeNull();
      return res.body.items.map((i: Item) => Object.keys(r).find((k) => r[k] === i.id));
    };

    it('returns each response with its survey, dimensions, customer and whether it was changed, newest first', async () => {
      const res = await get('/api/v1/responses').query(JAN).expect(200);
      expect(res.body.items.map((i: Item) => i.id)).toEqual([r.r5, r.r4, r.r3, r.r2, r.r1]);
      expect(res.body.items[0]).toEqual({
        id: r.r5,
        invitationId: expect.any(String),
        surveyId: await surveyWithMetric(api.app, 'csat'),
        surveyName: 'Post-contact CSAT',
        metric: 'csat',
        score: 1,
        comment: 'źle',
        source: 'email_link',
        channel: 'email',
        contactChannel: 'branch',
        team: 'Oddział',
        customerId: customers.c,
        customerExternalId: expect.stringMatching(/^cust-/),
        createdAt: '2020-01-31T23:59:59.999Z',
        updatedAt: expect.any(String),
        changed: true,
        changeCount: 1,
      });
      expect(res.body.items[1]).toMatchObject({ id: r.r4, comment: null, team: null, changed: false, changeCount: 0 });
    });

    it.each([
      ['surveyId', () => ({ surveyId: npsSurveyId }), ['r3', 'r2']],
      ['metric', () => ({ metric: 'csat' }), ['r5', 'r1']],
      ['contactChannel', () => ({ contactChannel: 'phone' }), ['r3', 'r1']],
      ['team', () => ({ team: 'Czat' }), ['r3', 'r2']],
      ['channel', () => ({ channel: 'sms' }), ['r4', 'r2']],
      ['scoreMin and scoreMax (inclusive)', () => ({ scoreMin: 5, scoreMax: 6 }), ['r4', 'r1']],
      ['scoreMax alone, on the current answer, not an earlier one', () => ({ scoreMax: 1 }), ['r5']],
      ['scoreMin alone', () => ({ scoreMin: 9 }), ['r3']],
      ['hasComment=true', () => ({ hasComment: 'true' }), ['r5', 'r3', 'r1']],
      ['hasComment=false', () => ({ hasComment: 'false' }), ['r4', 'r2']],
      ['customerId', () => ({ customerId: customers.a }), ['r3', 'r1']],
      ['several filters at once (AND)', () => ({ metric: 'nps', channel: 'email', scoreMin: 9 }), ['r3']],
    ] as Array<[string, () => Record<string, string | number>, string[]]>)('filters by %s', async (_name, query, expected) => {
      expect(await list(query())).toEqual(expected);
    });

    it('selects by createdAt, from inclusive and to exclusive, with any offset', async () => {
      // 2020-01-05T01:00+01:00 is r2's instant exactly; 2020-01-20T00:00Z is r4's.
      expect(await list({ from: '2020-01-05T01:00:00+01:00', to: '2020-01-20T00:00:00Z' })).toEqual(['r3', 'r2']);
      expect(await list({ from: '2020-01-20T00:00:00Z' , to: '2020-01-31T23:59:59.999Z' })).toEqual(['r4']);
    });

    it('matches nothing for a team no response has', async () => {
      expect(await list({ team: 'Nikt' })).toEqual([]);
    });

    it('keeps the score of an erased customer and drops the comment and external id', async () => {
      const customer = await makeCustomer(api.app);
      const id = await answer({ metric: 'csat', score: 2, comment: 'Jan Kowalski, tel. 601 234 567', channel: 'email', at: '2020-03-01T00:00:00Z', customerId: customer.id });
      await http.delete(`/api/v1/customers/${customer.id}`).set('Authorization', api.auth).expect(200);

      const res = await get('/api/v1/responses').query({ customerId: customer.id }).expect(200);

      expect(res.body.items).toEqual([expect.objectContaining({ id, score: 2, comment: null, customerId: customer.id, customerExternalId: null })]);
      expect((await get(`/api/v1/responses/${id}`).expect(200)).body).toMatchObject({ score: 2, comment: null, customerExternalId: null });
    });
  });

  describe('GET /api/v1/responses pagination', () => {
    const WINDOW = { from: '2021-03-01T00:00:00Z', to: '2021-04-01T00:00:00Z' };

    beforeAll(async () => {
      await seedResponses(api.app, 60, { from: new Date(WINDOW.from), to: new Date(WINDOW.to) });
      // Ties the cursor must break by id, and times a millisecond cursor would cut: both once skipped or repeated rows.
      await db.query(
        `WITH picked AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM responses
                         WHERE created_at >= $1 AND created_at < $2 ORDER BY id LIMIT 12)
         UPDATE responses r SET created_at = CASE WHEN p.n <= 6 THEN '2021-03-15T12:00:00.123456Z'::timestamptz
                                                  ELSE '2021-03-15T12:00:00.123Z'::timestamptz + (p.n - 6) * interval '1 microsecond' END
         FROM picked p WHERE p.id = r.id`,
        [WINDOW.from, WINDOW.to],
      );
    });

    it('pages newest first across ties and sub-millisecond times without duplicates or gaps', async () => {
      const expected = await idsInOrder('created_at >= $1 AND created_at < $2', [WINDOW.from, WINDOW.to]);
      const seen: string[] = [];
      const pageSizes: number[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await get('/api/v1/responses')
          .query({ ...WINDOW, limit: 7, ...(cursor ? { cursor } : {}) })
          .expect(200);
        pageSizes.push(res.body.items.length);
        seen.push(...res.body.items.map((i: Item) => i.id));
        cursor = res.body.nextCursor;
      } while (cursor);

      expect(seen).toHaveLength(60);
      expect(seen).toEqual(expected);
      expect(pageSizes).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 4]);
    });

    it('pages a filtered list the same way', async () => {
      const expected = await idsInOrder(`created_at >= $1 AND created_at < $2 AND channel = 'sms'`, [WINDOW.from, WINDOW.to]);
      const first = await get('/api/v1/responses').query({ ...WINDOW, channel: 'sms', limit: 20 }).expect(200);
      const second = await get('/api/v1/responses').query({ ...WINDOW, channel: 'sms', limit: 20, cursor: first.body.nextCursor }).expect(200);
      expect([...first.body.items, ...second.body.items].map((i: Item) => i.id)).toEqual(expected);
      expect(second.body.nextCursor).toBeNull();
    });

    it('answers 50 items by default and an empty last page with nextCursor null', async () => {
      const res = await get('/api/v1/responses').query(WINDOW).expect(200);
      expect(res.body.items).toHaveLength(50);
      const rest = await get('/api/v1/responses').query({ ...WINDOW, cursor: res.body.nextCursor }).expect(200);
      expect(rest.body).toEqual({ items: expect.any(Array), nextCursor: null });
      expect(rest.body.items).toHaveLength(10);
    });
  });

  describe('bad query parameters', () => {
    it.each([
      [{ surveyId: 'abc' }, 'surveyId must be a UUID'],
      [{ metric: 'stars' }, 'metric must be one of the following values: csat, nps, ces'],
      [{ from: '2020-01-01' }, 'from must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z'],
      [{ to: '2020-13-01T00:00:00Z' }, 'to must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-01T10:00:00Z'],
      [{ from: '2020-02-01T00:00:00Z', to: '2020-01-01T00:00:00Z' }, 'to must be later than from'],
      [{ from: '2020-02-01T00:00:00Z', to: '2020-02-01T01:00:00+01:00' }, 'to must be later than from'],
      [{ contactChannel: 'fax' }, 'contactChannel must be one of the following values: phone, email, chat, social, branch, app'],
      [{ team: '' }, 'team must be longer than or equal to 1 characters'],
      [{ channel: 'push' }, 'channel must be one of the following values: email, sms'],
      [{ scoreMin: 'abc' }, 'scoreMin must be an integer number'],
      [{ scoreMin: '4.5' }, 'scoreMin must be an integer number'],
      [{ scoreMin: '' }, 'scoreMin must be an integer number'],
      [{ scoreMin: -1 }, 'scoreMin must not be less than 0'],
      [{ scoreMax: 11 }, 'scoreMax must not be greater than 10'],
      [{ scoreMin: 7, scoreMax: 3 }, 'scoreMax must not be less than scoreMin'],
      [{ hasComment: 'yes' }, 'hasComment must be a boolean value'],
      [{ hasComment: '1' }, 'hasComment must be a boolean value'],
      [{ customerId: '42' }, 'customerId must be a UUID'],
      [{ limit: 0 }, 'limit must not be less than 1'],
      [{ limit: 501 }, 'limit must not be greater than 500'],
      [{ cursor: 'not-a-cursor' }, 'cursor must be a cursor returned by a previous page'],
      [{ page: 2 }, 'property page should not exist'],
    ])('answers 400 for %j naming the field and rule', async (query, message) => {
      const res = await get('/api/v1/responses').query(query).expect(400);
      expect(res.body.message).toContain(message);
      // Nothing else is blamed: a number that is no integer may also be told its range, but only about its own field.
      const field = message.split(' ')[0] === 'property' ? 'property' : message.split(' ')[0];
      expect(res.body.message.every((m: string) => m.startsWith(`${field} `))).toBe(true);
    });

    it('answers 400 naming "team" when it is repeated', async () => {
      const res = await get('/api/v1/responses?team=a&team=b').expect(400);
      expect(res.body.message).toContain('team must be a string');
    });

    it('checks the export the same way, with a JSON error rather than a CSV', async () => {
      const res = await get('/api/v1/responses/export.csv').query({ scoreMin: 7, scoreMax: 3 }).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.body.message).toEqual(['scoreMax must not be less than scoreMin']);
    });

    it('does not take page parameters on the export', async () => {
      const res = await get('/api/v1/responses/export.csv').query({ limit: 10 }).expect(400);
      expect(res.body.message).toEqual(['property limit should not exist']);
    });
  });

  describe('API key', () => {
    it.each(['/api/v1/responses', '/api/v1/responses/export.csv', '/api/v1/responses/00000000-0000-4000-8000-000000000000'])(
      'GET %s answers 401 without a key and with a wrong one',
      async (path) => {
        await http.get(path).expect(401);
        await http.get(path).set('Authorization', 'Bearer not-a-key').expect(401);
      },
    );
  });

  describe('GET /api/v1/responses/:id', () => {
    it('returns the response with its earlier answers, oldest first', async () => {
      const customer = await makeCustomer(api.app);
      const invitation = await makeInvitation(api.app, customer.id, { metric: 'nps', channel: 'sms' });
      const input = { invitationId: invitation.id, surveyId: invitation.surveyId, customerId: customer.id, metric: 'nps' as const };
      const responses = api.app.get(ResponsesService);
      const { responseId } = await responses.record({ ...input, score: 2, comment: 'za wolno', source: 'sms' });
      await responses.record({ ...input, score: 6, comment: null, source: 'web' });
      await responses.record({ ...input, score: 8, comment: 'jednak dobrze', source: 'web' });

      const res = await get(`/api/v1/responses/${responseId}`).expect(200);

      expect(res.body).toMatchObject({ id: responseId, score: 8, comment: 'jednak dobrze', source: 'web', channel: 'sms', changed: true, changeCount: 2 });
      expect(res.body.changes).toEqual([
        { score: 2, comment: 'za wolno', source: 'sms', changedAt: expect.any(String) },
        { score: 6, comment: null, source: 'web', changedAt: expect.any(String) },
      ]);
      expect(Date.parse(res.body.changes[0].changedAt)).toBeLessThanOrEqual(Date.parse(res.body.changes[1].changedAt));
    });

    it('returns an empty history for an answer never changed', async () => {
      const customer = await makeCustomer(api.app);
      const id = await answer({ metric: 'csat', score: 4, channel: 'email', at: '2020-06-01T00:00:00Z', customerId: customer.id });
      expect((await get(`/api/v1/responses/${id}`).expect(200)).body).toMatchObject({ changed: false, changeCount: 0, changes: [] });
    });

    it('answers 404 RESPONSE_NOT_FOUND for an unknown id and 400 naming "id" for a malformed one', async () => {
      const missing = await get('/api/v1/responses/00000000-0000-4000-8000-000000000000').expect(404);
      expect(missing.body.code).toBe('RESPONSE_NOT_FOUND');
      const bad = await get('/api/v1/responses/nope').expect(400);
      expect(bad.body.message).toEqual(['id must be a UUID']);
    });
  });

  describe('GET /api/v1/responses/export.csv', () => {
    const WINDOW = { from: '2022-05-01T00:00:00Z', to: '2022-06-01T00:00:00Z' };
    const NASTY = '=HYPERLINK("http://evil.example","kliknij"), "cytat", przecinek,\nnowa linia\r\nżółć ĄĘŚĆ źdźbło';
    const ROWS = 2 * EXPORT_PAGE_SIZE + 345;
    let nastyId: string;

    beforeAll(async () => {
      await seedResponses(api.app, ROWS, { from: new Date(WINDOW.from), to: new Date('2022-05-31T00:00:00Z'), commentEvery: 3 });
      const customer = await makeCustomer(api.app, { externalId: '@crm-7' });
      nastyId = await answer({ metric: 'nps', score: 0, comment: NASTY, team: '-Reklamacje', channel: 'email', at: '2022-05-31T12:00:00Z', customerId: customer.id });
    });

    const download = (query: Record<string, string>) =>
      get('/api/v1/responses/export.csv')
        .query(query)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);

    it('streams every matching row across several pages, newest first, as UTF-8 CSV with a BOM', async () => {
      const res = await download(WINDOW);

      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="responses-\d{4}-\d{2}-\d{2}\.csv"$/);
      // Streamed: sent in chunks, with no length known up front.
      expect(res.headers['transfer-encoding']).toBe('chunked');
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const records: string[][] = parse(body.toString('utf8'), { bom: true, relax_quotes: false });
      const [header, ...rows] = records;
      expect(header).toEqual([
        'id', 'createdAt', 'updatedAt', 'surveyId', 'surveyName', 'metric', 'score', 'comment', 'source',
        'channel', 'contactChannel', 'team', 'customerId', 'customerExternalId', 'invitationId', 'changeCount',
      ]);
      expect(rows).toHaveLength(ROWS + 1);
      expect(rows.map((row) => row[0])).toEqual(await idsInOrder('created_at >= $1 AND created_at < $2', [WINDOW.from, WINDOW.to]));
    });

    it('keeps quotes, commas, line breaks and Polish letters of a comment, and defuses cells a spreadsheet would run as formulas', async () => {
      const res = await download({ ...WINDOW, scoreMax: '0', metric: 'nps', hasComment: 'true', team: '-Reklamacje' });
      const text = (res.body as Buffer).toString('utf8');
      const [, row] = parse(text, { bom: true }) as string[][];

      expect(row[0]).toBe(nastyId);
      expect(row[7]).toBe(`'${NASTY.trim()}`);
      expect(row[11]).toBe("'-Reklamacje");
      expect(row[13]).toBe("'@crm-7");
      // The raw cell: quoted, inner quotes doubled, line breaks inside the quotes.
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""kliknij""), ""cytat"", przecinek,\nnowa linia\r\nżółć ĄĘŚĆ źdźbło"`);
      expect(text).toContain(',0,'); // numbers are not quoted
    });

    it('applies the filters', async () => {
      const res = await download({ ...WINDOW, hasComment: 'false', channel: 'sms' });
      const [, ...rows] = parse((res.body as Buffer).toString('utf8'), { bom: true }) as string[][];
      expect(rows.map((row) => row[0])).toEqual(
        await idsInOrder(`created_at >= $1 AND created_at < $2 AND comment IS NULL AND channel = 'sms'`, [WINDOW.from, WINDOW.to]),
      );
      expect(rows.length).toBeGreaterThan(0);
    });

    it('answers a header alone when nothing matches', async () => {
      const res = await download({ from: '1990-01-01T00:00:00Z', to: '1990-01-02T00:00:00Z' });
      expect((res.body as Buffer).toString('utf8').split('\r\n')).toEqual([expect.stringMatching(/^\uFEFF"id","createdAt",/), '']);
    });
  });
  describe('GET /api/docs/openapi.json', () => {
    it('documents the responses routes, their query parameters and the CSV export', async () => {
      const res = await http.get('/api/docs/openapi.json').expect(200);
      const paths = res.body.paths;
      expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/v1/responses', '/api/v1/responses/export.csv', '/api/v1/responses/{id}']));
      const params = (path: string) => paths[path].get.parameters.map((p: { name: string }) => p.name);
      const filters = ['surveyId', 'metric', 'from', 'to', 'contactChannel', 'team', 'channel', 'scoreMin', 'scoreMax', 'hasComment', 'customerId'];
      expect(params('/api/v1/responses')).toEqual(expect.arrayContaining([...filters, 'cursor', 'limit']));
      expect(params('/api/v1/responses/export.csv')).toEqual(expect.arrayContaining(filters));
      expect(params('/api/v1/responses/export.csv')).not.toContain('cursor');
      expect(Object.keys(paths['/api/v1/responses/export.csv'].get.responses['200'].content)).toEqual(['text/csv']);
      expect(paths['/api/v1/responses'].get.tags).toEqual(['responses']);
      expect(Object.keys(res.body.components.schemas.ResponseDetailDto.properties)).toEqual(expect.arrayContaining(['changes', 'changeCount', 'customerExternalId']));
    });
  });
});
