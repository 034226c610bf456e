import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { CountryCode, getCountryCallingCode } from 'libphonenumber-js/max';
import { EntityManager } from 'typeorm';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { Page, decodeCursor, encodeExactCursor } from '@feedloop/core/http/cursor';
import { isValidTimeZone } from '@feedloop/core/time-zones';
import { CONSENT_CHANNELS, ConsentChannel, ConsentSource } from './consent-change.entity';
import { CustomerEntity } from './customer.entity';
import { CustomerErasedError, CustomerNotFoundError } from './customers.errors';
import { ConsentChangeWrite, ConsentState, CustomerFilter, CustomerWrite, CustomersRepository } from './customers.repository';
import { CustomerAttributes, attributesProblem } from './dto/customer-field.validators';
import { CustomerResponseDto } from './dto/customer-response.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { CUSTOMER_LOCALES, UpsertCustomerDto } from './dto/upsert-customer.dto';
import { normalizePhone } from './phone';

/** Rows per INSERT statement: keeps parameter arrays and lock sets bounded. */
export const UPSERT_CHUNK = 1000;

type ChangedAt = Partial<Record<ConsentChannel, Date>>;

/** A customer as a message sender sees them (CustomersService.findForDelivery). */
export interface CustomerDeliveryProfile {
  id: string;
  name: string | null;
  email: string | null;
  /** E.164. */
  phone: string | null;
  locale: CustomerEntity['locale'];
  timeZone: string;
  attributes: CustomerAttributes;
  erased: boolean;
  /** True on a channel nothing may be sent on; always true for an erased customer. */
  optedOut: Record<ConsentChannel, boolean>;
}

@Injectable()
export class CustomersService {
  constructor(
    private readonly repo: CustomersRepository,
    private readonly locale: LocaleConfig,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Creates or updates customers by externalId, in input order. Inputs are
   * normalized here (phone to E.164, e-mail lower-cased, defaults), so callers
   * may pass DTOs that only went through validateRow(). Runs in `manager`'s
   * transaction when given, otherwise in one transaction of its own.
   * Throws InvalidInputError when externalIds repeat or an input breaks a rule.
   */
  async upsertMany(inputs: UpsertCustomerDto[], source: ConsentSource, manager?: EntityManager): Promise<Array<{ id: string; created: boolean }>> {
    const written = await this.write(inputs, source, manager);
    return written.map(({ customer, created }) => ({ id: customer.id, created }));
  }

  /**
   * One customer, audited (customer.created or customer.updated, consent
   * included). Integrations' bulk paths (events, imports) use upsertMany,
   * which records nothing per row: an import is one audit row of its own.
   */
  async upsert(input: UpsertCustomerDto, source: ConsentSource = 'api', actor: AuditActor = SYSTEM_ACTOR): Promise<{ customer: CustomerResponseDto; created: boolean }> {
    return this.repo.transaction(async (m) => {
      const externalId = typeof input?.externalId === 'string' ? input.externalId.trim() : '';
      const existingId = externalId ? (await this.repo.findIdsByExternalIds([externalId], m)).get(externalId) : undefined;
      const before = existingId ? await this.view((await this.repo.lockById(existingId, m))!, m) : null;
      const [written] = await this.write([input], source, m);
      const after = await this.view(written.customer, m);
      await this.audit.record(m, actor, {
        action: written.created ? 'customer.created' : 'customer.updated',
        entityType: 'customer',
        entityId: after.id,
        customerId: after.id,
        before: written.created || !before ? null : auditSnapshot(before),
        after: auditSnapshot(after),
      });
      return { customer: after, created: written.created };
    });
  }

  /** externalId → id of the non-erased customers among `externalIds`. */
  findIdsByExternalIds(externalIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    return this.repo.findIdsByExternalIds([...new Set(externalIds)], manager);
  }

  /**
   * Ids of the non-erased customers with this number, newest first. `phone` is
   * taken as a network gives it: E.164, national, or international digits
   * without the "+" (SMPP senders often come so).
   */
  async findIdsByPhone(phone: string): Promise<string[]> {
    const raw = phone.trim();
    const e164 = normalizePhone(raw, this.locale.defaultPhoneRegion) ?? (/^\d{8,15}$/.test(raw) ? normalizePhone(`+${raw}`) : null);
    return e164 ? this.repo.findLiveIdsByPhone(e164) : [];
  }

  async get(id: string): Promise<CustomerResponseDto> {
    return this.view(await this.findLive(id));
  }

  /**
   * Who an id belongs to, erased customers included (their externalId is then
   * null), for views of what remains after an erasure; CUSTOMER_NOT_FOUND
   * when no customer ever had it.
   */
  async identify(id: string): Promise<{ id: string; externalId: string | null; erasedAt: Date | null }> {
    const customer = await this.repo.findById(id);
    if (!customer) throw new CustomerNotFoundError(id);
    return { id: customer.id, externalId: customer.externalId, erasedAt: customer.erasedAt };
  }

  async list(query: ListCustomersQueryDto): Promise<Page<CustomerResponseDto>> {
    const limit = query.limit ?? 50;
    const filter: CustomerFilter = {
      externalId: query.externalId,
      email: query.email?.trim().toLowerCase(),
      phone: query.phone === undefined ? undefined : this.phoneOrThrow(query.phone),
      locale: query.locale,
      q: query.q?.trim() || undefined,
      attributes: query.attribute?.map(attributeCandidates),
      createdFrom: query.createdAfter === undefined ? undefined : new Date(query.createdAfter),
      createdBefore: query.createdBefore === undefined ? undefined : new Date(query.createdBefore),
    };
    const rows = await this.repo.list(filter, decodeCursor(query.cursor), limit + 1);
    const items = rows.slice(0, limit).map((k) => k.row);
    const changedAt = await this.repo.consentChangedAt(items.map((c) => c.id));
    const last = rows[limit - 1];
    return {
      items: items.map((c) => toCustomerResponse(c, changedAt.get(c.id))),
      nextCursor: rows.length > limit ? encodeExactCursor(last.key.at, last.key.id) : null,
    };
  }

  /**
   * Live customers whose external id, e-mail, name or last name starts with
   * `query`, or whose phone starts with its digits (typed as "+48 601 2",
   * "601 2" in the default region, or "48601"), ordered by name.
   */
  async search(query: string, limit: number): Promise<CustomerResponseDto[]> {
    const text = query.trim();
    if (!text) return [];
    const rows = await this.repo.search(text, this.phonePrefixes(text), limit);
    const changedAt = await this.repo.consentChangedAt(rows.map((c) => c.id));
    return rows.map((c) => toCustomerResponse(c, changedAt.get(c.id)));
  }

  /** Every opt-out and opt-in of a live customer, oldest first, with where it came from. */
  async consentHistory(id: string): Promise<Array<{ channel: ConsentChannel; optedOut: boolean; source: string; changedAt: string }>> {
    await this.findLive(id);
    return (await this.repo.consentHistory(id)).map((c) => ({ channel: c.channel, optedOut: c.optedOut, source: c.source, changedAt: c.createdAt.toISOString() }));
  }

  /** E.164 beginnings a typed phone fragment may stand for; none when it is not one (3+ digits). */
  private phonePrefixes(text: string): string[] {
    const compact = text.replace(/[\s().\/-]/g, '');
    if (!/^\+?\d{3,15}$/.test(compact)) return [];
    const digits = compact.replace(/^\+/, '');
    if (compact.startsWith('+')) return [`+${digits}`];
    const national = `+${getCountryCallingCode(this.locale.defaultPhoneRegion as CountryCode)}${digits.replace(/^0/, '')}`;
    return national === `+${digits}` ? [national] : [`+${digits}`, national];
  }

  async update(id: string, input: UpdateCustomerDto, source: ConsentSource = 'api', actor: AuditActor = SYSTEM_ACTOR): Promise<CustomerResponseDto> {
    return this.repo.transaction(async (manager) => {
      const current = await this.repo.lockById(id, manager);
      if (!current) throw new CustomerNotFoundError(id);
      if (current.erasedAt) throw new CustomerErasedError(id);
      const fields = this.normalizeFields(input);
      const changes = consentChanges(id, fields, { emailOptedOut: current.emailOptedOutAt !== null, smsOptedOut: current.smsOptedOutAt !== null }, source);
      const before = await this.view(current, manager);
      const updated = await this.repo.update(id, fields, manager);
      await this.repo.insertConsentChanges(changes, manager);
      const after = await this.view(updated, manager);
      const consentChanged = changes.length > 0;
      await this.audit.record(manager, actor, {
        action: consentChanged ? 'customer.consent_changed' : 'customer.updated',
        entityType: 'customer',
        entityId: id,
        customerId: id,
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      });
      return after;
    });
  }

  /**
   * Records an opt-out (or opt-in) on one channel with where it came from.
   * Returns false when the state was already so, or the customer is erased
   * (nothing is sent to an erased customer, so an old unsubscribe link is not an error).
   */
  async setOptOut(customerId: string, channel: ConsentChannel, optedOut: boolean, source: ConsentSource, manager?: EntityManager): Promise<boolean> {
    const run = async (m: EntityManager) => {
      const customer = await this.repo.lockById(customerId, m);
      if (!customer) throw new CustomerNotFoundError(customerId);
      if (customer.erasedAt) return false;
      if (isOptedOut(customer, channel) === optedOut) return false;
      await this.repo.setOptedOut(customerId, channel, optedOut, m);
      await this.repo.insertConsentChanges([{ customerId, channel, optedOut, source }], m);
      return true;
    };
    return manager ? run(manager) : this.repo.transaction(run);
  }

  /** True when nothing may be sent to the customer on `channel`; erased customers count as opted out. */
  async isOptedOut(customerId: string, channel: ConsentChannel): Promise<boolean> {
    const customer = await this.repo.findById(customerId);
    if (!customer) throw new CustomerNotFoundError(customerId);
    return customer.erasedAt !== null || isOptedOut(customer, channel);
  }

  /**
   * What sending to these customers needs, in one query for a whole batch of
   * messages. Erased customers are included (marked `erased`, opted out of
   * everything) so a sender can record why nothing went out; unknown ids are absent.
   */
  async findForDelivery(ids: string[], manager?: EntityManager): Promise<Map<string, CustomerDeliveryProfile>> {
    const customers = await this.repo.findByIds([...new Set(ids)], manager);
    return new Map(
      customers.map((c) => [
        c.id,
        {
          id: c.id,
          name: c.name,
          email: c.email,
          phone: c.phone,
          locale: c.locale,
          timeZone: c.timeZone,
          attributes: c.attributes,
          erased: c.erasedAt !== null,
          optedOut: { email: c.erasedAt !== null || isOptedOut(c, 'email'), sms: c.erasedAt !== null || isOptedOut(c, 'sms') },
        },
      ]),
    );
  }

  /** The integrating system's id of a customer, for messages about them to that system; null when it has none. */
  async externalIdOf(id: string, manager?: EntityManager): Promise<string | null> {
    return (await this.repo.findById(id, manager))?.externalId ?? null;
  }

  /**
   * External ids and names of many customers in one query (lists show them
   * for every row); an erased customer's name is null. Unknown ids are absent.
   */
  async labelsOf(ids: string[]): Promise<Map<string, { externalId: string | null; name: string | null }>> {
    const customers = await this.repo.findByIds([...new Set(ids)]);
    return new Map(customers.map((c) => [c.id, { externalId: c.externalId, name: c.erasedAt === null ? c.name : null }]));
  }

  /** The customer, or CUSTOMER_NOT_FOUND / CUSTOMER_ERASED. */
  async findLive(id: string, manager?: EntityManager): Promise<CustomerEntity> {
    const customer = await this.repo.findById(id, manager);
    if (!customer) throw new CustomerNotFoundError(id);
    if (customer.erasedAt) throw new CustomerErasedError(id);
    return customer;
  }

  async view(customer: CustomerEntity, manager?: EntityManager): Promise<CustomerResponseDto> {
    const changedAt = await this.repo.consentChangedAt([customer.id], manager);
    return toCustomerResponse(customer, changedAt.get(customer.id));
  }

  private async write(inputs: UpsertCustomerDto[], source: ConsentSource, manager?: EntityManager) {
    const writes = inputs.map((input) => ({ externalId: this.externalIdOrThrow(input?.externalId), ...this.normalizeFields(input) }));
    const seen = new Set<string>();
    for (const w of writes) {
      if (seen.has(w.externalId)) throw new InvalidInputError(`externalId "${w.externalId}" appears more than once in one batch`, 'externalId');
      seen.add(w.externalId);
    }
    const run = async (m: EntityManager) => {
      const byExternalId = new Map<string, { customer: CustomerEntity; created: boolean }>();
      for (let i = 0; i < writes.length; i += UPSERT_CHUNK) {
        for (const row of await this.writeChunk(writes.slice(i, i + UPSERT_CHUNK), source, m)) {
          byExternalId.set(row.customer.externalId!, row);
        }
      }
      return writes.map((w) => byExternalId.get(w.externalId)!);
    };
    return manager ? run(manager) : this.repo.transaction(run);
  }

  private async writeChunk(writes: Array<CustomerWrite>, source: ConsentSource, manager: EntityManager) {
    const givesConsent = writes.filter((w) => w.emailOptedOut !== undefined || w.smsOptedOut !== undefined);
    // Locked before the upsert so the history compares against the state this transaction replaces.
    const before = givesConsent.length
      ? await this.repo.lockConsentByExternalIds(givesConsent.map((w) => w.externalId), manager)
      : new Map<string, ConsentState>();
    const written = await this.repo.upsert(writes, { locale: this.locale.defaultLocale, timeZone: this.locale.defaultTimeZone }, manager);
    const writeByExternalId = new Map(givesConsent.map((w) => [w.externalId, w]));
    const changes = written.flatMap(({ customer }) => {
      const w = writeByExternalId.get(customer.externalId!);
      if (!w) return [];
      // A new customer (or one another transaction created meanwhile) starts opted in.
      const previous = before.get(customer.externalId!) ?? { emailOptedOut: false, smsOptedOut: false };
      return consentChanges(customer.id, w, previous, source);
    });
    await this.repo.insertConsentChanges(changes, manager);
    return written;
  }

  /**
   * The same rules as the DTO validators, applied again because upsertMany is
   * called by other modules with inputs that may not have passed the pipe.
   */
  private normalizeFields(input: Omit<UpsertCustomerDto, 'externalId'> & { externalId?: string }): Partial<CustomerWrite> {
    const out: Partial<CustomerWrite> = {};
    if (input.externalId !== undefined) out.externalId = this.externalIdOrThrow(input.externalId);
    if (input.name !== undefined) {
      if (input.name !== null && typeof input.name !== 'string') throw new InvalidInputError('name must be a string', 'name');
      if (input.name && input.name.length > 200) throw new InvalidInputError('name must be shorter than or equal to 200 characters', 'name');
      out.name = input.name?.trim() || null;
    }
    if (input.email !== undefined) {
      const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : input.email;
      if (email !== null && (typeof email !== 'string' || !isEmail(email) || email.length > 320)) {
        throw new InvalidInputError('email must be an email', 'email');
      }
      out.email = email;
    }
    if (input.phone !== undefined) out.phone = input.phone === null ? null : this.phoneOrThrow(input.phone);
    if (input.locale !== undefined) {
      if (!CUSTOMER_LOCALES.includes(input.locale)) {
        throw new InvalidInputError(`locale must be one of the following values: ${CUSTOMER_LOCALES.join(', ')}`, 'locale');
      }
      out.locale = input.locale;
    }
    if (input.timeZone !== undefined) {
      if (typeof input.timeZone !== 'string' || !isValidTimeZone(input.timeZone)) {
        throw new InvalidInputError('timeZone must be an IANA time zone such as Europe/Warsaw', 'timeZone');
      }
      out.timeZone = input.timeZone;
    }
    if (input.attributes !== undefined) {
      const problem = attributesProblem('attributes', input.attributes);
      if (problem) throw new InvalidInputError(problem, 'attributes');
      out.attributes = input.attributes;
    }
    for (const channel of CONSENT_CHANNELS) {
      const consent = input.consent?.[channel];
      if (consent === undefined) continue;
      if (typeof consent !== 'boolean') throw new InvalidInputError(`consent.${channel} must be a boolean value`, `consent.${channel}`);
      out[channel === 'email' ? 'emailOptedOut' : 'smsOptedOut'] = !consent;
    }
    return out;
  }

  private externalIdOrThrow(externalId: unknown): string {
    if (typeof externalId !== 'string' || externalId.length < 1 || externalId.length > 200) {
      throw new InvalidInputError('externalId must be a string of 1 to 200 characters', 'externalId');
    }
    return externalId;
  }

  private phoneOrThrow(phone: unknown): string {
    const e164 = typeof phone === 'string' ? normalizePhone(phone.trim(), this.locale.defaultPhoneRegion) : null;
    if (!e164) throw new InvalidInputError('phone must be a valid phone number', 'phone');
    return e164;
  }
}

function isOptedOut(customer: CustomerEntity, channel: ConsentChannel): boolean {
  return (channel === 'email' ? customer.emailOptedOutAt : customer.smsOptedOutAt) !== null;
}

function consentChanges(
  customerId: string,
  next: Pick<CustomerWrite, 'emailOptedOut' | 'smsOptedOut'>,
  previous: Pick<ConsentState, 'emailOptedOut' | 'smsOptedOut'>,
  source: ConsentSource,
): ConsentChangeWrite[] {
  const changes: ConsentChangeWrite[] = [];
  if (next.emailOptedOut !== undefined && next.emailOptedOut !== previous.emailOptedOut) {
    changes.push({ customerId, channel: 'email', optedOut: next.emailOptedOut, source });
  }
  if (next.smsOptedOut !== undefined && next.smsOptedOut !== previous.smsOptedOut) {
    changes.push({ customerId, channel: 'sms', optedOut: next.smsOptedOut, source });
  }
  return changes;
}

/**
 * `key:value` matches the value as a string and, when it reads as one, as a
 * JSON number, boolean or null, because CSV imports store everything as text.
 */
function attributeCandidates(raw: string): CustomerAttributes[] {
  const colon = raw.indexOf(':');
  const key = raw.slice(0, colon);
  const value = raw.slice(colon + 1);
  const candidates: CustomerAttributes[] = [{ [key]: value }];
  if (/^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)$/.test(value)) {
    candidates.push({ [key]: JSON.parse(value) as string | number | boolean | null });
  }
  return candidates;
}

/** The customer as the audit log shows them: fields and consent, not the bookkeeping timestamps (erasure clears these rows). */
function auditSnapshot(c: CustomerResponseDto): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...fields } = c;
  return fields;
}

function toCustomerResponse(customer: CustomerEntity, changedAt: ChangedAt = {}): CustomerResponseDto {
  return {
    id: customer.id,
    externalId: customer.externalId!,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    locale: customer.locale,
    timeZone: customer.timeZone,
    attributes: customer.attributes,
    consent: {
      email: { optedOut: customer.emailOptedOutAt !== null, changedAt: changedAt.email?.toISOString() ?? null },
      sms: { optedOut: customer.smsOptedOutAt !== null, changedAt: changedAt.sms?.toISOString() ?? null },
    },
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}
