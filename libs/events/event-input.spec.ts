import 'reflect-metadata';
import { MAX_ATTRIBUTES_BYTES } from './dto/event-field.validators';
import { acceptCommonEvent, parseEventInput, validateEventWithDto } from './event-input';

const AT = '2026-11-01T10:00:00Z';
const BASES: Array<Record<string, unknown>> = [
  { type: 'contact', idempotencyKey: 'k-1', customerExternalId: 'c-1', contactChannel: 'phone', team: 'Infolinia', agent: 'Jan K.', caseId: 'Z-77', occurredAt: AT },
  { type: 'contact', idempotencyKey: 'k-2', customerExternalId: 'c-1', contactChannel: 'app', occurredAt: '2026-11-01T12:00:00.5+02:00' },
  { type: 'signup', idempotencyKey: 'k-3', customerExternalId: 'c-1', occurredAt: AT, plan: 'pro', attributes: { source: 'shop' } },
  { type: 'cancellation', idempotencyKey: 'k-4', customerExternalId: 'c-1', occurredAt: AT, reason: 'price', plan: 'pro', effectiveAt: '2026-12-31T23:59:59+0100', monthlyRevenue: 129.9 },
];
const FIELDS = ['type', 'idempotencyKey', 'customerExternalId', 'occurredAt', 'attributes', 'contactChannel', 'team', 'agent', 'caseId', 'plan', 'reason', 'effectiveAt', 'monthlyRevenue', 'customer', 'extra'];
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'x',
  'x'.repeat(200),
  'x'.repeat(201),
  '\uFE0F',
  '😀'.repeat(150),
  0,
  42,
  -1,
  12.345,
  Number.NaN,
  1e13,
  true,
  [],
  ['phone'],
  {},
  { a: 1, nested: { b: [1, 2] } },
  { big: 'x'.repeat(MAX_ATTRIBUTES_BYTES) },
  'phone',
  'fax',
  'contact',
  'signup',
  AT,
  '2026-11-01T10:00:00',
  '2026-02-30T10:00:00Z',
  '2026-11-01T24:00:00Z',
  '2026-11-01',
  new Date(Date.now() + 23 * 3600_000).toISOString(),
  new Date(Date.now() + 25 * 3600_000).toISOString(),
];

function variants(): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [...BASES];
  for (const base of BASES) {
    for (const field of FIELDS) {
      for (const value of VALUES) {
        const v = { ...base };
        if (value === undefined) delete v[field];
        else v[field] = value;
        out.push(v);
      }
    }
  }
  return out;
}

describe(acceptCommonEvent.name, () => {
  it('takes the usual event of each type without class-validator', () => {
    for (const base of BASES) expect(acceptCommonEvent(base)).not.toBeNull();
  });

  it('never accepts an event its DTO rejects, and gives the same result as the DTO path', async () => {
    let accepted = 0;
    let deferred = 0;
    for (const v of variants()) {
      const fast = acceptCommonEvent(v);
      if (!fast) {
        deferred++;
        continue;
      }
      accepted++;
      const full = await validateEventWithDto(v);
      expect({ event: v, errors: full.errors }).toEqual({ event: v, errors: null });
      expect(fast).toEqual(full.input);
    }
    // Both branches must have been exercised for the comparison to mean anything.
    expect(accepted).toBeGreaterThan(100);
    expect(deferred).toBeGreaterThan(100);
  });

  it('leaves events with customer details to the DTO path', () => {
    expect(acceptCommonEvent({ ...BASES[0], customer: { name: 'Anna' } })).toBeNull();
  });
});

describe(parseEventInput.name, () => {
  it('reports every broken rule of an event the fast path declines', async () => {
    const { errors } = await parseEventInput({ ...BASES[0], contactChannel: 'fax', team: 'x'.repeat(201) });
    expect(errors).toEqual([
      'contactChannel must be one of the following values: phone, email, chat, social, branch, app',
      'team must be shorter than or equal to 200 characters',
    ]);
  });
});
