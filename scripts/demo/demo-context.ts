import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { seededRandom } from '@feedloop/themes/classifier/seeded-random';

/** Marks every demo row, so a new run finds and replaces exactly the demo data. */
export const DEMO_EXTERNAL_ID_PREFIX = 'demo-';
export const DEMO_USER_DOMAIN = 'demo.feedloop.local';

export interface DemoOptions {
  /** How many customers the company has (5,000 by default). */
  customers: number;
  /** Seed of every random choice: the same seed gives the same company (ids, tokens and passwords aside). */
  seed: number;
  /** The demo's "today"; six months of history end here. */
  now: Date;
  log: (line: string) => void;
}

export interface DemoDepartment {
  id: string;
  key: string;
  name: string;
  ackSlaHours: number;
  resolveSlaDays: number;
}

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'analyst' | 'department_head' | 'retention_agent';
  departmentKey: string | null;
  /** Shown once by the caller; only its hash is stored. */
  password: string;
}

export interface DemoCustomer {
  id: string;
  externalId: string;
  name: string;
  email: string | null;
  phone: string | null;
  locale: 'pl' | 'en';
  timeZone: string;
  attributes: { plan: string; segment: string; monthlyRevenue: number; demo: true };
  createdAt: Date;
  emailOptedOutAt: Date | null;
  smsOptedOutAt: Date | null;
  /** -1 (hard to please) … 1 (a fan): shifts every score the customer gives. */
  temper: number;
  signupAt: Date | null;
  cancelledAt: Date | null;
}

export interface DemoEvent {
  id: string;
  type: 'contact' | 'signup' | 'cancellation';
  customer: DemoCustomer;
  occurredAt: Date;
  receivedAt: Date;
  /** When survey scheduling (and every other event consumer) acted on it. */
  processedAt: Date;
  contactChannel: string | null;
  team: string | null;
  agent: string | null;
  caseId: string | null;
  data: Record<string, unknown>;
  /** A contact on the same case, or within 7 days of an earlier one (what routing calls "had to repeat"). */
  repeated: boolean;
}

export interface DemoResponse {
  id: string;
  invitationId: string;
  surveyId: string;
  customer: DemoCustomer;
  event: DemoEvent;
  metric: 'csat' | 'nps' | 'ces';
  score: number;
  comment: string | null;
  locale: 'pl' | 'en';
  channel: 'email' | 'sms';
  createdAt: Date;
  updatedAt: Date;
}

/** What the steps share: each reads what earlier steps made and adds its own. */
export interface DemoContext {
  app: INestApplicationContext;
  /** The one transaction every step writes in: the old demo data goes and the new comes in one commit. */
  db: EntityManager;
  options: DemoOptions;
  /** Start of the six months. */
  from: Date;
  now: Date;
  departments: DemoDepartment[];
  /** Theme key → id of the department that owns it, as the catalogue says now. */
  themeDepartments: Map<string, string>;
  /** Sender of e-mail (Message-IDs carry its domain) and the SMS provider's name, as configured. */
  emailFrom: string;
  smsProviderName: string;
  users: DemoUser[];
  customers: DemoCustomer[];
  events: DemoEvent[];
  responses: DemoResponse[];
  /** Rows written per table, for the summary and the tests. */
  counts: Record<string, number>;
}

/**
 * One step of the generator. Steps run in order, in one transaction; each
 * draws from a random sequence of its own (seeded by the demo seed and the
 * step's name), so adding a step changes nothing the others make.
 */
export interface DemoStep {
  name: string;
  run(ctx: DemoContext, random: DemoRandom): Promise<void>;
}

export interface DemoRandom {
  (): number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  between(min: number, max: number): number;
  chance(p: number): boolean;
  /** Normally distributed (Box–Muller). */
  normal(mean?: number, sd?: number): number;
  /** A random v4-shaped UUID from this sequence, so reruns give the same ids for the same seed. */
  uuid(): string;
}

export function demoRandom(seed: number, stream: string): DemoRandom {
  const salt = createHash('sha256').update(stream).digest().readUInt32LE(0);
  const next = seededRandom((seed ^ salt) >>> 0);
  const r = (() => next()) as DemoRandom;
  r.pick = (items) => items[Math.floor(next() * items.length)];
  r.weighted = (items) => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1][0];
  };
  r.between = (min, max) => min + next() * (max - min);
  r.chance = (p) => next() < p;
  r.normal = (mean = 0, sd = 1) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  r.uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return r;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

export function addMs(d: Date, ms: number): Date {
  return new Date(d.getTime() + ms);
}

/**
 * Multi-row INSERT … SELECT FROM unnest(…): one statement per 5,000 rows
 * instead of one per row. `columns` are [name, PostgreSQL array element type];
 * jsonb values are passed as their JSON text.
 */
export async function insertRows(
  ctx: DemoContext,
  table: string,
  columns: ReadonlyArray<readonly [string, string]>,
  rows: unknown[][],
): Promise<void> {
  ctx.counts[table] = (ctx.counts[table] ?? 0) + rows.length;
  const CHUNK = 5_000;
  const names = columns.map(([n]) => n).join(', ');
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${params})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays = columns.map(([, type], i) => chunk.map((row) => (type === 'jsonb' && row[i] !== null ? JSON.stringify(row[i]) : row[i])));
    await ctx.db.query(sql, arrays);
  }
}
