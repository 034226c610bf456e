import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { customerInputs, makeCustomer } from '../../test/factories/customers';

describe('POST /api/v1/customers/import', () => {
  let api: TestApi;
  let db: DataSource;
  const importJson = (body: unknown) => request(api.app.getHttpServer()).post('/api/v1/customers/import').set('Authorization', api.auth).send(body as object);
  const importCsv = (csv: string) =>
    request(api.app.getHttpServer()).post('/api/v1/customers/import').set('Authorization', api.auth).set('Content-Type', 'text/csv').send(csv);
  const stored = (externalIds: string[]) =>
    db.query(`SELECT external_id, name, email, phone, locale, attributes FROM customers WHERE external_id = ANY($1) ORDER BY external_id`, [externalIds]);

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  describe('JSON', () => {
    it('stores the good rows and reports each bad row with the field and rule', async () => {
      const existing = await makeCustomer(api.app, { externalId: 'json-existing', name: 'Old name' });
      const res = await importJson([
        { externalId: 'json-1', name: 'Anna', phone: '+48 601 234 567' },
        { externalId: 'json-2', phone: 'not a phone' },
        { externalId: 'json-existing', name: 'New name' },
        { externalId: 'json-3', locale: 'de', email: 'bad' },
        'not an object',
        { externalId: 'json-1', name: 'Anna again' },
        { externalId: 'json-4', extra: 1 },
      ]).expect(200);

      expect(res.body).toMatchObject({ total: 7, created: 1, updated: 1, rejected: 5 });
      expect(res.body.rows).toEqual([
        { row: 1, externalId: 'json-1', status: 'created', id: expect.any(String) },
        { row: 2, externalId: 'json-2', status: 'rejected', errors: ['phone must be a valid phone number'] },
        { row: 3, externalId: 'json-existing', status: 'updated', id: existing.id },
        {
          row: 4,
          externalId: 'json-3',
          status: 'rejected',
          errors: expect.arrayContaining(['locale must be one of the following values: pl, en', 'email must be an email']),
        },
        { row: 5, externalId: null, status: 'rejected', errors: ['row must be an object'] },
        { row: 6, externalId: 'json-1', status: 'rejected', errors: ['externalId duplicates row 1'] },
        { row: 7, externalId: 'json-4', status: 'rejected', errors: ['property extra should not exist'] },
      ]);
      expect(await stored(['json-1', 'json-2', 'json-3', 'json-4', 'json-existing'])).toEqual([
        expect.objectContaining({ external_id: 'json-1', name: 'Anna', phone: '+48601234567' }),
        expect.objectContaining({ external_id: 'json-existing', name: 'New name' }),
      ]);
    });

    it('accepts { customers: [...] } as well as a bare array', async () => {
      const res = await importJson({ customers: [{ externalId: 'wrapped-1' }] }).expect(200);
      expect(res.body).toMatchObject({ total: 1, created: 1 });
    });

    it('returns 400 naming "customers" when the body is not an array', async () => {
      const res = await importJson({ externalId: 'x' }).expect(400);
      expect(res.body.message).toEqual(['customers must be an array']);
    });

    it('returns 400 for 10,001 rows and stores none of them', async () => {
      const res = await importJson(customerInputs(10_001, 'too-many')).expect(400);
      expect(res.body.message).toEqual(['customers must contain at most 10000 items']);
      expect(await db.query(`SELECT 1 FROM customers WHERE external_id LIKE 'too-many-%' LIMIT 1`)).toEqual([]);
    });

    // Speed is for benchmarks, not a wall-clock assertion on a shared CI machine.
    it('imports 10,000 rows in one request, and updates them all on a second run', async () => {
      const rows = customerInputs(10_000, 'big');
      const first = await importJson(rows).expect(200);
      expect(first.body).toMatchObject({ total: 10_000, created: 10_000, updated: 0, rejected: 0 });

      const second = await importJson(rows.map((r) => ({ ...r, name: `${r.name} v2` }))).expect(200);
      expect(second.body).toMatchObject({ total: 10_000, created: 0, updated: 10_000 });
      expect(second.body.rows[9_999].id).toBe(first.body.rows[9_999].id);
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM customers WHERE external_id LIKE 'big-%' AND name LIKE '% v2'`);
      expect(count).toBe(10_000);
    }, 60_000);
  });

  describe('CSV', () => {
    const CSV = [
      'externalId,name,email,phone,locale,timeZone,emailConsent,smsConsent,attributes.plan,attributes.region',
      'csv-1,Anna Nowak,anna@example.com,601 234 567,pl,Europe/Warsaw,yes,no,pro,mazowieckie',
      'csv-2,"Kowalski, Jan",jan@example.com,+48 601 234 568,en,,true,true,,',
      'csv-3,Bad Phone,bad@example.com,12,pl,,maybe,,,',
      'csv-4,"Broken "quote,x@example.com,,pl,,,,,',
      'csv-5,Too,few,fields',
      'csv-6,"Multi',
      'line name",multi@example.com,,,,,,,',
      'csv-1,Duplicate,,,,,,,,',
      '',
    ].join('\n');

    it('stores the good rows of a text/csv body and reports the bad lines by data row', async () => {
      const res = await importCsv(CSV).expect(200);
      expect(res.body).toMatchObject({ total: 7, created: 3, updated: 0, rejected: 4 });
      expect(res.body.rows).toEqual([
        { row: 1, externalId: 'csv-1', status: 'created', id: expect.any(String) },
        { row: 2, externalId: 'csv-2', status: 'created', id: expect.any(String) },
        {
          row: 3,
          externalId: 'csv-3',
          status: 'rejected',
          errors: expect.arrayContaining(['phone must be a valid phone number', 'emailConsent must be a boolean value']),
        },
        { row: 4, externalId: null, status: 'rejected', errors: [expect.stringMatching(/^row is not valid CSV/)] },
        { row: 5, externalId: null, status: 'rejected', errors: ['row has 4 fields but the header has 10'] },
        { row: 6, externalId: 'csv-6', status: 'created', id: expect.any(String) },
        { row: 7, externalId: 'csv-1', status: 'rejected', errors: ['externalId duplicates row 1'] },
      ]);
      const csv1 = await api.app.get(DataSource).query(
        `SELECT name, phone, email_opted_out_at IS NOT NULL AS email_out, sms_opted_out_at IS NOT NULL AS sms_out, attributes
         FROM customers WHERE external_id = 'csv-1'`,
      );
      expect(csv1).toEqual([{ name: 'Anna Nowak', phone: '+48601234567', email_out: false, sms_out: true, attributes: { plan: 'pro', region: 'mazowieckie' } }]);
      const [csv6] = await stored(['csv-6']);
      expect(csv6.name).toBe('Multi\nline name');
    });

    it('reads a multipart upload with the CSV in "file", semicolons and a byte order mark', async () => {
      const csv = '\uFEFFexternalId;name;phone\nmp-1;Ewa;+48 601 234 570\nmp-2;Bad;xyz\n';
      const res = await request(api.app.getHttpServer())
        .post('/api/v1/customers/import')
        .set('Authorization', api.auth)
        .attach('file', Buffer.from(csv, 'utf8'), { filename: 'customers.csv', contentType: 'text/csv' })
        .expect(200);
      expect(res.body).toMatchObject({ total: 2, created: 1, rejected: 1 });
      expect(res.body.rows[1]).toEqual({ row: 2, externalId: 'mp-2', status: 'rejected', errors: ['phone must be a valid phone number'] });
      expect(await stored(['mp-1'])).toEqual([expect.objectContaining({ name: 'Ewa', phone: '+48601234570' })]);
    });

    it('returns 400 when a multipart request has no "file"', async () => {
      const res = await request(api.app.getHttpServer())
        .post('/api/v1/customers/import')
        .set('Authorization', api.auth)
        .field('other', 'x')
        .expect(400);
      expect(res.body.message).toEqual(['file must be a CSV file uploaded in the "file" field']);
    });

    it('keeps 1,001 good rows and reports the row with a NUL after them, never a 500 or half a file', async () => {
      const good = Array.from({ length: 1001 }, (_, i) => `nul-${i},Name ${i}`);
      const res = await importCsv(['externalId,name', ...good, 'nul-bad,Bad\u0000name'].join('\n')).expect(200);
      expect(res.body).toMatchObject({ total: 1002, created: 1001, rejected: 1 });
      expect(res.body.rows[1001]).toEqual({ row: 1002, externalId: 'nul-bad', status: 'rejected', errors: ['name must not contain NUL characters'] });
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM customers WHERE external_id LIKE 'nul-%'`);
      expect(count).toBe(1001);
    });

    it('returns 400 naming the file when a header has a NUL', async () => {
      const res = await importCsv('externalId,na\u0000me\nc-1,x').expect(400);
      expect(res.body.message).toEqual(['file header must not contain NUL characters']);
    });

    it('returns 400 naming the column when the header has an unknown one', async () => {
      const res = await importCsv('externalId,shoeSize\nh-1,42\n').expect(400);
      expect(res.body.message[0]).toMatch(/^column "shoeSize" is not known/);
    });

    it('returns 400 when the header has no externalId column', async () => {
      const res = await importCsv('name,email\nAnna,a@example.com\n').expect(400);
      expect(res.body.message).toEqual(['column externalId is required in the header']);
    });

    it('returns 400 for more than 10,000 data rows', async () => {
      const csv = ['externalId', ...Array.from({ length: 10_001 }, (_, i) => `many-${i}`)].join('\n');
      const res = await importCsv(csv).expect(400);
      expect(res.body.message).toEqual(['customers must contain at most 10000 items']);
    });
  });

  it('returns 401 without an API key', async () => {
    await request(api.app.getHttpServer()).post('/api/v1/customers/import').send([]).expect(401);
  });
});
