import { acceptCommonEvent, hashEventInput } from '@feedloop/events/event-input';
import { CHANNEL_WEIGHTS, TEAMS, englishPerson, polishPerson } from '../people';
import { DAY_MS, DEMO_EXTERNAL_ID_PREFIX, DemoCustomer, DemoEvent, DemoStep, HOUR_MS, addMs, insertRows } from '../demo-context';

const PLANS: Array<[string, number]> = [['basic', 0.5], ['plus', 0.33], ['premium', 0.17]];
const PLAN_PRICE: Record<string, number> = { basic: 39, plus: 79, premium: 149 };
const SEGMENTS: Array<[string, number]> = [['consumer', 0.75], ['small_business', 0.2], ['corporate', 0.05]];
const SEGMENT_FACTOR: Record<string, number> = { consumer: 1, small_business: 2.5, corporate: 8 };
const CANCEL_REASONS = ['too expensive', 'switched to a competitor', 'poor customer service', 'delivery problems', 'no longer needed', 'product quality'];

/** Customers (Polish mostly) with plan, segment and revenue; opt-outs with their consent history. */
export const demoCustomers: DemoStep = {
  name: 'customers',
  async run(ctx, random) {
    const span = ctx.now.getTime() - ctx.from.getTime();
    for (let i = 0; i < ctx.options.customers; i++) {
      const locale = random.chance(0.82) ? 'pl' : 'en';
      const person = locale === 'pl' ? polishPerson(random.pick, random, i + 1) : englishPerson(random.pick, random, i + 1);
      const plan = random.weighted(PLANS);
      const segment = random.weighted(SEGMENTS);
      const signedUpInWindow = random.chance(0.45);
      // New customers up to a day ago; the others joined during the two years before.
      const signupAt = signedUpInWindow ? new Date(ctx.from.getTime() + random() * (span - DAY_MS)) : null;
      const createdAt = signupAt ?? new Date(ctx.from.getTime() - random.between(1, 730) * DAY_MS);
      const noPhone = random.chance(0.08);
      const noEmail = !noPhone && random.chance(0.03);
      const temper = Math.max(-1, Math.min(1, random.normal(0.1, 0.45)));
      const activeFrom = Math.max(ctx.from.getTime(), createdAt.getTime());
      // Unhappy customers leave more often.
      const cancels = random.chance(0.05 + Math.max(0, -temper) * 0.12) && ctx.now.getTime() - activeFrom > 30 * DAY_MS;
      const cancelledAt = cancels ? new Date(activeFrom + random.between(20 * DAY_MS, ctx.now.getTime() - activeFrom - DAY_MS)) : null;
      const optOutAt = (p: number) => (random.chance(p) ? new Date(activeFrom + random() * (ctx.now.getTime() - activeFrom)) : null);
      ctx.customers.push({
        id: random.uuid(),
        externalId: `${DEMO_EXTERNAL_ID_PREFIX}${String(i + 1).padStart(5, '0')}`,
        name: person.name,
        email: noEmail ? null : person.email,
        phone: noPhone ? null : person.phone,
        locale,
        timeZone: locale === 'en' && random.chance(0.3) ? 'Europe/London' : 'Europe/Warsaw',
        attributes: { plan, segment, monthlyRevenue: Math.round(PLAN_PRICE[plan] * SEGMENT_FACTOR[segment] * random.between(0.85, 1.3) * 100) / 100, demo: true },
        createdAt,
        emailOptedOutAt: noEmail ? null : optOutAt(0.025),
        smsOptedOutAt: noPhone ? null : optOutAt(0.03),
        temper,
        signupAt,
        cancelledAt,
      });
    }
    await insertRows(
      ctx,
      'customers',
      [['id', 'uuid'], ['external_id', 'text'], ['name', 'text'], ['email', 'text'], ['phone', 'text'], ['locale', 'text'], ['time_zone', 'text'], ['attributes', 'jsonb'], ['email_opted_out_at', 'timestamptz'], ['sms_opted_out_at', 'timestamptz'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
      ctx.customers.map((c) => [c.id, c.externalId, c.name, c.email, c.phone, c.locale, c.timeZone, c.attributes, c.emailOptedOutAt, c.smsOptedOutAt, c.createdAt, c.emailOptedOutAt ?? c.smsOptedOutAt ?? c.createdAt]),
    );
    const consent: unknown[][] = [];
    for (const c of ctx.customers) {
      if (c.emailOptedOutAt) consent.push([c.id, 'email', true, 'unsubscribe_link', c.emailOptedOutAt]);
      if (c.smsOptedOutAt) consent.push([c.id, 'sms', true, 'sms_reply', c.smsOptedOutAt]);
    }
    await insertRows(ctx, 'consent_changes', [['customer_id', 'uuid'], ['channel', 'text'], ['opted_out', 'boolean'], ['source', 'text'], ['created_at', 'timestamptz']], consent);
  },
};

/**
 * Signups, cancellations and six months of contacts across channels, teams
 * and agents, as the CRM and helpdesk would post them (same body hash),
 * handled by their consumers a moment after arrival. Contacts happen in
 * working hours, so no survey SMS falls into quiet hours.
 */
export const demoEvents: DemoStep = {
  name: 'events',
  async run(ctx, random) {
    let n = 0;
    let caseNo = 41_000;
    const latest = ctx.now.getTime() - 2 * HOUR_MS;
    const event = (c: DemoCustomer, type: DemoEvent['type'], occurredAt: Date, extra: Partial<DemoEvent> = {}): DemoEvent => {
      const receivedAt = addMs(occurredAt, random.between(2_000, 40_000));
      return {
        id: random.uuid(), type, customer: c, occurredAt, receivedAt, processedAt: addMs(receivedAt, random.between(300, 3_000)),
        contactChannel: null, team: null, agent: null, caseId: null, data: {}, repeated: false, ...extra,
      };
    };
    for (const c of ctx.customers) {
      const start = Math.max(ctx.from.getTime(), c.createdAt.getTime());
      const end = Math.min(latest, c.cancelledAt?.getTime() ?? latest);
      if (c.signupAt) ctx.events.push(event(c, 'signup', c.signupAt, { data: { plan: c.attributes.plan } }));
      // Business customers and unhappy ones call more.
      const perMonth = 0.35 * (c.attributes.segment === 'consumer' ? 1 : 1.8) * (1 + Math.max(0, -c.temper));
      const count = poisson(random, (perMonth * (end - start)) / (30 * DAY_MS));
      const times = Array.from({ length: count }, () => workingHour(random, new Date(start + random() * (end - start)))).sort((a, b) => a.getTime() - b.getTime());
      let last: { at: number; caseId: string } | null = null;
      for (const at of times) {
        if (at.getTime() > end || at.getTime() < start) continue;
        const channel = random.weighted(CHANNEL_WEIGHTS.map(([k, w]) => [k, w] as const));
        const { team, agents } = random.pick(TEAMS[channel]);
        const sameCase = last !== null && at.getTime() - last.at < 10 * DAY_MS && random.chance(0.35);
        const caseId: string = sameCase ? last!.caseId : `Z-${++caseNo}`;
        const repeated = last !== null && (sameCase || at.getTime() - last.at <= 7 * DAY_MS);
        ctx.events.push(event(c, 'contact', at, { contactChannel: channel, team, agent: random.pick(agents), caseId, repeated }));
        last = { at: at.getTime(), caseId };
      }
      if (c.cancelledAt) ctx.events.push(event(c, 'cancellation', c.cancelledAt, { data: { plan: c.attributes.plan, reason: random.pick(CANCEL_REASONS) } }));
    }
    ctx.events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    await insertRows(
      ctx,
      'events',
      [['id', 'uuid'], ['type', 'text'], ['idempotency_key', 'text'], ['customer_id', 'uuid'], ['occurred_at', 'timestamptz'], ['received_at', 'timestamptz'], ['contact_channel', 'text'], ['team', 'text'], ['agent', 'text'], ['case_id', 'text'], ['data', 'jsonb'], ['body_hash', 'text']],
      ctx.events.map((e) => {
        const key = `${DEMO_EXTERNAL_ID_PREFIX}ev-${++n}`;
        return [e.id, e.type, key, e.customer.id, e.occurredAt, e.receivedAt, e.contactChannel, e.team, e.agent, e.caseId, e.data, bodyHash(e, key)];
      }),
    );
    // Each event consumer (survey scheduling, churn cases) acted on these long ago: their queues hold none of them.
    // The demo's later steps write what those consumers would have written.
    await ctx.db.query('DELETE FROM event_consumer_pending WHERE event_id = ANY($1::uuid[])', [ctx.events.map((e) => e.id)]);
  },
};

/** The hash the events API stores for the body a sender would have posted. */
function bodyHash(e: DemoEvent, idempotencyKey: string): string {
  const body: Record<string, unknown> = { type: e.type, idempotencyKey, customerExternalId: e.customer.externalId, occurredAt: e.occurredAt.toISOString() };
  if (e.type === 'contact') Object.assign(body, { contactChannel: e.contactChannel, team: e.team, agent: e.agent, caseId: e.caseId });
  else Object.assign(body, e.data);
  const input = acceptCommonEvent(body);
  if (!input) throw new Error(`demo event ${idempotencyKey} is not one the events API accepts`);
  return hashEventInput(input);
}

/** The same day between 06:30 and 17:30 UTC (08:30–19:30 in Warsaw in winter): when contact centres are open. */
function workingHour(random: () => number, day: Date): Date {
  const d = new Date(day);
  d.setUTCHours(6, 30, 0, 0);
  return new Date(d.getTime() + random() * 11 * HOUR_MS);
}

function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}
