import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from './api';

/**
 * Every field of every endpoint in the OpenAPI document (body properties,
 * query parameters, path parameters) gets every kind of value an attacker
 * sends: each must be a 4xx, never a 500, and must write nothing. New
 * endpoints and fields are covered by being documented.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  allOf?: Schema[];
  maxLength?: number;
  minimum?: number;
  additionalProperties?: unknown;
  description?: string;
};
interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  schema?: Schema;
  description?: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Case {
  name: string;
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: string;
  contentType?: string;
}

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';
const YEAR_ZERO = '0000-01-01T00:00:00Z';
const BAD_OFFSET = '2026-01-01T00:00:00+23:59';
const cursorOf = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');
const FORGED_CURSORS = [
  cursorOf('0000-01-01T00:00:00.000000Z', randomUUID()),
  cursorOf('2026-01-01T00:00:00.000000Z', 'not-a-uuid'),
  cursorOf('2026-01-01T00:00:00.000000Z', "1' OR '1'='1"),
  cursorOf('yesterday', randomUUID()),
  '!!',
];
/** Far beyond MAX_INPUT_DEPTH, deep enough to overflow a recursive walk. */
const DEEP_JSON = '['.repeat(5000) + ']'.repeat(5000);
const DEEP_OBJECT = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);

let api: TestApi;
let base: string;
let doc: Document;
let countSql: string;

const resolve = (s: Schema | undefined): Schema => {
  if (!s) return {};
  if (s.$ref) return resolve(doc.components.schemas[s.$ref.split('/').pop()!]);
  if (s.allOf?.length) return resolve(s.allOf[0]);
  if (s.oneOf?.length) return resolve(s.oneOf[0]);
  return s;
};

const isDateField = (name: string, s: Schema) =>
  s.format === 'date-time' || s.format === 'date' || /^(from|to|createdAfter|createdBefore)$|At$/.test(name) || /ISO 8601/.test(s.description ?? '');

/** A plausible value, so the request reaches the field's own rule. */
function sample(name: string, raw: Schema | undefined): unknown {
  const s = resolve(raw);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (isDateField(name, s)) return '2026-11-01T10:00:00Z';
  switch (s.type) {
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(name, s.items)];
    case 'object':
      return s.properties ? sampleObject(s) : {};
  }
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'uri' || /url/i.test(name)) return 'https://example.com/hook';
  if (/email/i.test(name)) return 'a@example.com';
  return 'x';
}

function sampleObject(s: Schema): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(k, v)]));
}

/** Values no field of this schema may take, by kind. */
function badValues(name: string, raw: Schema | undefined, where: 'body' | 'query' | 'path'): Array<[string, unknown]> {
  const s = resolve(raw);
  const out: Array<[string, unknown]> = [
    ['NUL', NUL],
    ['NUL alone', '\u0000'],
  ];
  if (where === 'body') out.push(['lone surrogate', LONE_SURROGATE], ['low surrogate', '\udc00x']);
  if (isDateField(name, s)) out.push(['year 0', YEAR_ZERO], ['offset +23:59', BAD_OFFSET], ['date 0000-01-01', '0000-01-01']);
  if (name === 'cursor') FORGED_CURSORS.forEach((c, i) => out.push([`forged cursor ${i}`, c]));
  if (s.maxLength !== undefined) out.push(['too long', 'x'.repeat(where === 'body' ? s.maxLength + 1000 : s.maxLength + 1)]);
  if (where === 'body') {
    if (s.type === 'string' || s.enum || s.format === 'uuid') out.push(['an object for a string', { a: 1 }], ['a number for a string', 12]);
    if (s.type === 'integer' || s.type === 'number') out.push(['a string for a number', 'abc'], ['an object for a number', {}]);
    if (s.type === 'boolean') out.push(['a string for a boolean', 'maybe']);
    if (s.type === 'array') out.push(['NUL in an item', [NUL]], ['a string for an array', NUL]);
    if (s.type === 'object') out.push(['NUL in a nested value', { k: NUL }], ['NUL in a key', { 'k\u0000': 1 }]);
  } else {
    if (s.type === 'integer' || s.type === 'number') out.push(['a word for a number', 'abc'], ['-1', '-1']);
    if (s.format === 'uuid' || /id$/i.test(name)) out.push(['not a uuid', 'not-a-uuid']);
  }
  return out;
}

function fillPath(path: string, params: Parameter[], override?: { name: string; raw: string }): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (override?.name === name) return override.raw;
    const p = params.find((x) => x.name === name);
    const v = sample(name, p?.schema);
    return encodeURIComponent(String(v === 'x' ? 'customer_service' : v));
  });
}

function jsonBodySchema(op: Operation): Schema | null {
  const json = op.requestBody?.content['application/json'];
  return json ? resolve(json.schema) : null;
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? []).filter((p) => p.in !== 'header');
      const route = `${method.toUpperCase()} ${path}`;
      const bodySchema = jsonBodySchema(op);
      const bodyBase = bodySchema ? (bodySchema.type === 'array' ? [sample('item', bodySchema.items)] : sampleObject(bodySchema)) : undefined;
      const baseBody = bodyBase === undefined ? undefined : JSON.stringify(bodyBase);
      const baseQuery = Object.fromEntries(
        params.filter((p) => p.in === 'query' && (p.schema?.type !== 'array')).map((p) => [p.name, String(sample(p.name, p.schema))]),
      );
      const plain = (): Omit<Case, 'name'> => ({ method, path: fillPath(path, params), body: baseBody, query: {} });

      for (const p of params) {
        for (const [kind, value] of badValues(p.name, p.schema, p.in === 'path' ? 'path' : 'query')) {
          const name = `${route} ${p.in} ${p.name}: ${kind}`;
          if (p.in === 'path') {
            cases.push({ ...plain(), name, path: fillPath(path, params, { name: p.name, raw: encodeURIComponent(String(value)) }) });
          } else {
            cases.push({ ...plain(), name, query: { ...baseQuery, [p.name]: String(value) } });
          }
        }
      }
      if (!bodySchema) continue;

      const target = bodySchema.type === 'array' ? resolve(bodySchema.items) : bodySchema;
      const wrap = (item: Record<string, unknown>) => JSON.stringify(bodySchema.type === 'array' ? [item] : item);
      const item = (bodySchema.type === 'array' ? (bodyBase as unknown[])[0] : bodyBase) as Record<string, unknown>;
      for (const [field, fieldSchema] of Object.entries(target.properties ?? {})) {
        for (const [kind, value] of badValues(field, fieldSchema, 'body')) {
          cases.push({ ...plain(), name: `${route} body ${field}: ${kind}`, body: wrap({ ...item, [field]: value }) });
        }
        const nested = resolve(fieldSchema);
        if (nested.type === 'object' || nested.properties) {
          // Written as text: in an object literal __proto__ would set the prototype, not a key.
          const rest = JSON.stringify({ ...item, [field]: undefined }).slice(1, -1);
          cases.push({ ...plain(), name: `${route} body ${field}: __proto__ inside`, body: `{${rest}${rest ? ',' : ''}"${field}":{"__proto__":{"admin":true}}}` });
          cases.push({ ...plain(), name: `${route} body ${field}: nested 5000 deep`, body: `{${rest}${rest ? ',' : ''}"${field}":${DEEP_OBJECT}}` });
        }
      }
      const rest = baseBody && baseBody.startsWith('{') ? baseBody.slice(1, -1) : '';
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        cases.push({ ...plain(), name: `${route} body: ${key} key`, body: `{${rest}${rest ? ',' : ''}"${key}":{"isAdmin":true}}` });
      }
      cases.push({ ...plain(), name: `${route} body: arrays 5000 deep`, body: DEEP_JSON });
      cases.push({ ...plain(), name: `${route} body: objects 5000 deep`, body: DEEP_OBJECT });
      cases.push({ ...plain(), name: `${route} body: NUL in a key`, body: `{${rest}${rest ? ',' : ''}"k\\u0000":1}` });
      cases.push({ ...plain(), name: `${route} body: urlencoded (415)`, body: 'name=x&email=a%40example.com', contentType: 'application/x-www-form-urlencoded' });
      cases.push({ ...plain(), name: `${route} body: text/plain (415)`, body: 'hello', contentType: 'text/plain' });
    }
  }
  return cases;
}

async function send(c: Case): Promise<{ status: number; text: string }> {
  const url = new URL(`${base}${c.path}`);
  for (const [k, v] of Object.entries(c.query ?? {})) url.searchParams.append(k, v);
  const headers: Record<string, string> = { authorization: api.auth };
  if (c.body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
  const res = await fetch(url, { method: c.method.toUpperCase(), headers, body: c.body });
  return { status: res.status, text: await res.text() };
}

/** A 4xx, or a per-row result (imports, event batches) that refused every row. */
function isRefusal(res: { status: number; text: string }): boolean {
  if (res.status >= 400 && res.status < 500) return true;
  if (res.status !== 200) return false;
  const body = JSON.parse(res.text) as { created?: number; updated?: number; duplicates?: number; rejected?: number };
  return body.rejected !== undefined && body.rejected > 0 && !body.created && !body.updated && !body.duplicates;
}

/** Row counts of every table of ours, as one row; rate_limits counts requests (every one, by design), not data. */
async function counts(): Promise<Record<string, string>> {
  const [row] = await api.app.get(DataSource).query(countSql);
  return row;
}

describe('hostile input to every documented field', () => {
  let cases: Case[];

  beforeAll(async () => {
    api = await startTestApi();
    const server = api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    doc = (await (await fetch(`${base}/api/docs/openapi.json`)).json()) as Document;
    const tables: Array<{ name: string }> = await api.app
      .get(DataSource)
      .query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'rate_limits') ORDER BY 1`);
    countSql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.name}") AS "${t.name}"`).join(', ')}`;
    cases = buildCases();
  }, 60_000);
  afterAll(() => api?.close());

  it('covers several hundred cases across the document', () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThan(15);
    expect(cases.length).toBeGreaterThan(1000);
  });

  it('answers each with a 4xx, never a 500, and writes nothing', async () => {
    const failures: string[] = [];
    const before = await counts();
    for (const c of cases) {
      const res = await send(c);
      if (!isRefusal(res)) failures.push(`${c.name} → ${res.status} ${res.text.slice(0, 200)}`);
      else if (c.name.includes('(415)') && res.status !== 415 && res.status !== 404) failures.push(`${c.name} → ${res.status}, not 415`);
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('names the field in the 400', async () => {
    const post = (path: string, body: string) => send({ name: '', method: 'post', path, body });
    const customer = await post('/api/v1/customers', JSON.stringify({ externalId: 'c-1', name: NUL }));
    expect(customer.status).toBe(400);
    expect(JSON.parse(customer.text)).toMatchObject({ field: 'name', message: ['name must not contain NUL characters'] });

    const nested = await post('/api/v1/events', JSON.stringify({ type: 'contact', attributes: { tags: ['ok', LONE_SURROGATE] } }));
    expect(JSON.parse(nested.text).message).toEqual(['attributes.tags[1] must not contain unpaired UTF-16 surrogates']);

    const proto = await post('/api/v1/customers', '{"externalId":"c-2","__proto__":{"admin":true}}');
    expect(JSON.parse(proto.text).message).toEqual(['__proto__ is not allowed as a key']);

    const deep = await post('/api/v1/customers', DEEP_OBJECT);
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.text).message[0]).toMatch(/must not be nested more than 32 levels deep$/);

    const query = await send({ name: '', method: 'get', path: '/api/v1/customers', query: { email: NUL } });
    expect(JSON.parse(query.text)).toMatchObject({ field: 'email', message: ['email must not contain NUL characters'] });

    const cursor = await send({ name: '', method: 'get', path: '/api/v1/webhooks', query: { limit: '-1', cursor: '!!' } });
    expect(cursor.status).toBe(400);

    const forged = await send({ name: '', method: 'get', path: '/api/v1/events', query: { cursor: FORGED_CURSORS[0] } });
    expect(JSON.parse(forged.text)).toMatchObject({ field: 'cursor', message: ['cursor must be a cursor returned by a previous page'] });

    const date = await send({ name: '', method: 'get', path: '/api/v1/events', query: { from: BAD_OFFSET } });
    expect(JSON.parse(date.text).message).toEqual(['from must be a date between 1900 and 9999 with a time zone offset within ±14:00']);

    const param = await send({ name: '', method: 'get', path: `/api/v1/themes/a%00b` });
    expect(JSON.parse(param.text)).toMatchObject({ field: 'key', message: ['key must not contain NUL characters'] });

    const form = await send({ name: '', method: 'post', path: '/api/v1/customers', body: 'externalId=c-3', contentType: 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
  });
});
