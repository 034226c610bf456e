import { createHash } from 'node:crypto';
import { UpsertCustomerDto } from '@feedloop/customers/dto/upsert-customer.dto';
import { isIn, isNumber, isString, length, max, maxLength, min } from 'class-validator';
import { validateRow } from '@feedloop/core/validation';
import { CONTACT_CHANNELS, ContactChannel, CreateEventDto, EVENT_DTO_BY_TYPE, EVENT_TYPES, EventType, MAX_MONTHLY_REVENUE } from './dto/create-event.dto';
import { isTimestampWithOffset } from '@feedloop/core/http/date-param';
import { isNotFarInFuture, isSmallJsonObject } from './dto/event-field.validators';
import { EventData } from './dto/event.dto';

/** The stored fields of an event, type-specific extras already folded into `data`. */
export interface EventFields {
  type: EventType;
  idempotencyKey: string;
  occurredAt: string;
  contactChannel: ContactChannel | null;
  team: string | null;
  agent: string | null;
  caseId: string | null;
  data: EventData;
  /** sha256 of the validated input in canonical form, stored to tell a retry from a different event reusing its key. */
  bodyHash: string;
}

/** A validated event as the sender identifies its customer. */
export interface EventInput {
  event: EventFields;
  customerExternalId: string;
  customer: UpsertCustomerDto | null;
}

export type ParsedEvent = { input: EventInput; errors: null } | { input: null; errors: string[] };

const UNKNOWN_TYPE = `type must be one of the following values: ${EVENT_TYPES.join(', ')}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Validates one event body by the rules of the DTO its `type` selects, so a
 * single request and a batch item get the same messages the global pipe would give.
 */
export async function parseEventInput(plain: unknown): Promise<ParsedEvent> {
  if (!isRecord(plain)) return { input: null, errors: ['event must be an object'] };
  const common = acceptCommonEvent(plain);
  const parsed = common ? { input: common, errors: null } : await validateEventWithDto(plain);
  if (parsed.input) parsed.input.event.bodyHash = hashEventInput(parsed.input);
  return parsed;
}

/**
 * The validated event (labels trimmed, the customer's details included) as
 * JSON with sorted keys: key order and blank-versus-omitted labels do not make
 * a retry "different", a changed field does.
 */
export function hashEventInput(input: EventInput): string {
  const { bodyHash: _, ...event } = input.event;
  return createHash('sha256').update(canonicalJson({ event, customerExternalId: input.customerExternalId, customer: input.customer })).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The full validation, through class-validator and the DTO of the event's type. */
export async function validateEventWithDto(plain: Record<string, unknown>): Promise<ParsedEvent> {
  const dto = typeof plain.type === 'string' ? EVENT_DTO_BY_TYPE.get(plain.type) : undefined;
  if (!dto) return { input: null, errors: [UNKNOWN_TYPE] };

  let body = plain;
  // Senders usually give the id once; filling it in lets UpsertCustomerDto keep externalId required.
  if (isRecord(plain.customer) && plain.customer.externalId === undefined && typeof plain.customerExternalId === 'string') {
    body = { ...plain, customer: { ...plain.customer, externalId: plain.customerExternalId } };
  }
  const { value, errors } = await validateRow(dto, body);
  if (errors) return { input: null, errors };
  if (value.customer && value.customer.externalId !== value.customerExternalId) {
    return { input: null, errors: ['customer.externalId must equal customerExternalId'] };
  }

  return {
    input: { event: toFields(value), customerExternalId: value.customerExternalId, customer: value.customer ?? null },
    errors: null,
  };
}

const BASE_KEYS = ['type', 'idempotencyKey', 'customerExternalId', 'occurredAt', 'attributes'];
const COMMON_KEYS = new Map<string, ReadonlySet<string>>([
  ['contact', new Set([...BASE_KEYS, 'contactChannel', 'team', 'agent', 'caseId'])],
  ['signup', new Set([...BASE_KEYS, 'plan'])],
  ['cancellation', new Set([...BASE_KEYS, 'plan', 'reason', 'effectiveAt', 'monthlyRevenue'])],
]);

const isKey = (v: unknown) => length(v, 1, 200);
const isLabel = (v: unknown) => v === undefined || v === null || (isString(v) && maxLength(v, 200));
const isOptional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || v === null || check(v);
const isMonthlyRevenue = (v: unknown) =>
  isNumber(v, { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) && min(v, 0) && max(v, MAX_MONTHLY_REVENUE);

/**
 * The usual event (no `customer`, nothing unexpected) passes the same rules as
 * its DTO with the same predicates, without class-validator: at a thousand
 * events a request, its metadata walk and per-property error objects cost more
 * than storing the batch. Anything else, including every event that breaks a
 * rule, returns null and goes through validateRow, so messages come from the
 * DTOs alone. A rule added to a DTO property must be added here too; the
 * equivalence test in event-input.spec.ts fails otherwise.
 */
export function acceptCommonEvent(plain: Record<string, unknown>): EventInput | null {
  const keys = typeof plain.type === 'string' ? COMMON_KEYS.get(plain.type) : undefined;
  if (!keys) return null;
  for (const key of Object.keys(plain)) if (!keys.has(key)) return null;
  const ok =
    isKey(plain.idempotencyKey) &&
    isKey(plain.customerExternalId) &&
    isTimestampWithOffset(plain.occurredAt) &&
    isNotFarInFuture(plain.occurredAt) &&
    isOptional(plain.attributes, isSmallJsonObject) &&
    isLabel(plain.plan) &&
    isLabel(plain.reason) &&
    isOptional(plain.effectiveAt, isTimestampWithOffset) &&
    isOptional(plain.monthlyRevenue, isMonthlyRevenue) &&
    (plain.type !== 'contact' || (isIn(plain.contactChannel, CONTACT_CHANNELS) && isLabel(plain.team) && isLabel(plain.agent) && isLabel(plain.caseId)));
  if (!ok) return null;
  const dto = plain as unknown as CreateEventDto;
  return { event: toFields(dto), customerExternalId: dto.customerExternalId, customer: null };
}

function toFields(dto: CreateEventDto): EventFields {
  const fields: EventFields = {
    type: dto.type,
    idempotencyKey: dto.idempotencyKey,
    occurredAt: dto.occurredAt,
    contactChannel: null,
    team: null,
    agent: null,
    caseId: null,
    data: {},
    bodyHash: '',
  };
  if (dto.attributes) fields.data.attributes = dto.attributes;
  switch (dto.type) {
    case 'contact':
      fields.contactChannel = dto.contactChannel;
      fields.team = label(dto.team);
      fields.agent = label(dto.agent);
      fields.caseId = label(dto.caseId);
      break;
    case 'signup':
      setLabel(fields.data, 'plan', dto.plan);
      break;
    case 'cancellation':
      setLabel(fields.data, 'plan', dto.plan);
      setLabel(fields.data, 'reason', dto.reason);
      if (dto.effectiveAt) fields.data.effectiveAt = dto.effectiveAt;
      if (dto.monthlyRevenue !== undefined && dto.monthlyRevenue !== null) fields.data.monthlyRevenue = dto.monthlyRevenue;
      break;
  }
  return fields;
}

/** Blank labels become null, so "" and an omitted team are one group in statistics. */
function label(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

function setLabel(data: EventData, key: 'plan' | 'reason', value: string | null | undefined): void {
  const text = label(value);
  if (text) data[key] = text;
}
