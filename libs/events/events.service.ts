import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { Cursor, Keyed, Page, decodeCursor, encodeExactCursor } from '@feedloop/core/http/cursor';
import { WriteCoalescer } from '@feedloop/core/batching/write-coalescer';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { CustomersService } from '@feedloop/customers/customers.service';
import { UpsertCustomerDto } from '@feedloop/customers/dto/upsert-customer.dto';
import { MAX_BATCH_SIZE } from './dto/create-event.dto';
import { BatchItemResultDto, BatchResultDto, EventDto } from './dto/event.dto';
import { ListEventsQueryDto } from './dto/list-events-query.dto';
import { EventInput, ParsedEvent, parseEventInput } from './event-input';
import { EventNotFoundError, IdempotencyKeyReusedError, UnknownCustomerError, idempotencyKeyReusedMessage, sameBody, unknownCustomerMessage } from './events.errors';
import { EventWrite, EventsRepository } from './events.repository';

/** Consent source recorded when an event's customer details change a customer's opt-outs. */
const CONSENT_SOURCE = 'event';

/** Thrown inside the transaction to undo the customer upsert of a request whose key was already used. */
class KeyAlreadyUsed extends Error {}

interface SingleWrite {
  input: EventInput;
  apiKeyId: string | null;
}
type SingleResult = { event: EventDto; replayed: boolean } | Error;

@Injectable()
export class EventsService implements OnModuleInit {
  /**
   * Single-event requests that arrive together are stored by one statement:
   * ingestion is commit-bound, and integrations post events one by one.
   */
  private readonly singleWrites = new WriteCoalescer<SingleWrite, SingleResult>((writes) => this.storeSingles(writes), {
    maxInFlight: 4,
    maxBatch: MAX_BATCH_SIZE,
  });

  constructor(
    private readonly repo: EventsRepository,
    private readonly customers: CustomersService,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'events',
      export: (customerId, manager) => this.repo.findEntitiesByCustomer(customerId, manager),
      // Channel, team, agent and times stay: they are about the company's service, and statistics need them.
      erase: (customerId, manager) => this.repo.eraseCustomerData(customerId, manager),
    });
  }

  /**
   * Stores one event. A key seen before returns the event first stored with it
   * (`replayed`), whatever this request carried, and writes nothing.
   */
  async ingest(input: EventInput, apiKeyId: string | null): Promise<{ event: EventDto; replayed: boolean }> {
    if (input.customer) return this.ingestWithCustomer(input, input.customer, apiKeyId);

    const result = await this.singleWrites.submit({ input, apiKeyId });
    if (result instanceof Error) throw result;
    return result;
  }

  private async storeSingles(writes: SingleWrite[]): Promise<SingleResult[]> {
    try {
      return await this.storeTogether(writes);
    } catch (err) {
      if (writes.length === 1) return [err instanceof Error ? err : new Error(String(err))];
      // One bad row must not fail the requests it happened to share a statement with.
      return Promise.all(writes.map(async (w) => (await this.storeSingles([w]))[0]));
    }
  }

  private async storeTogether(writes: SingleWrite[]): Promise<SingleResult[]> {
    const created = await this.repo.insertManyForExternalIds(
      writes.map((w) => ({ event: w.input.event, customerExternalId: w.input.customerExternalId, apiKeyId: w.apiKeyId })),
    );
    const missing = writes.map((w) => w.input.event.idempotencyKey).filter((k) => !created.has(k));
    // A new statement, so under READ COMMITTED it sees a racing request's row that the INSERT's snapshot could not.
    const existing = await this.repo.findByKeys(missing);
    const stored = await this.repo.findIdsByKeys(missing);
    // A key sent twice in one flush is stored once; the first writer gets "created", later ones the replay.
    const answered = new Map<string, string>();
    return writes.map(({ input }) => {
      const key = input.event.idempotencyKey;
      const event = created.get(key);
      if (event && !answered.has(key)) {
        answered.set(key, input.event.bodyHash);
        return { event, replayed: false };
      }
      const first = event ?? existing.get(key);
      if (!first) return new UnknownCustomerError(input.customerExternalId);
      const storedHash = event ? answered.get(key) : stored.get(key)?.bodyHash;
      return sameBody(storedHash, input.event.bodyHash) ? { event: first, replayed: true } : new IdempotencyKeyReusedError(key);
    });
  }

  private async ingestWithCustomer(input: EventInput, customer: UpsertCustomerDto, apiKeyId: string | null) {
    try {
      const event = await this.repo.transaction(async (manager) => {
        await this.customers.upsertMany([customer], CONSENT_SOURCE, manager);
        const created = await this.repo.insertForExternalId(input.event, input.customerExternalId, apiKeyId, manager);
        if (!created) throw new KeyAlreadyUsed();
        return created;
      });
      return { event, replayed: false };
    } catch (err) {
      if (!(err instanceof KeyAlreadyUsed)) throw err;
    }
    const key = input.event.idempotencyKey;
    const existing = await this.repo.findByKey(key);
    if (!existing) throw new Error(`event with idempotency key ${key} conflicted but cannot be read`);
    if (!sameBody((await this.repo.findIdsByKeys([key])).get(key)?.bodyHash, input.event.bodyHash)) throw new IdempotencyKeyReusedError(key);
    return { event: existing, replayed: true };
  }

  /**
   * Validates and stores up to MAX_BATCH_SIZE events in one transaction. Bad
   * items are rejected with their messages and the rest kept; a key repeated
   * within the batch is a duplicate of its first occurrence.
   */
  async ingestBatch(items: unknown[], apiKeyId: string | null): Promise<BatchResultDto> {
    if (items.length === 0) throw new InvalidInputError('events must contain at least 1 item', 'events');
    if (items.length > MAX_BATCH_SIZE) throw new InvalidInputError(`events must contain at most ${MAX_BATCH_SIZE} items`, 'events');

    // One at a time: a thousand validations in flight keep all their garbage alive at once, and GC then dominates.
    const parsed: ParsedEvent[] = [];
    for (const item of items) parsed.push(await parseEventInput(item));
    const results: BatchItemResultDto[] = new Array(items.length);
    const firstIndexByKey = new Map<string, number>();
    const repeats: Array<{ index: number; of: number }> = [];
    const accepted: Array<{ index: number; input: EventInput }> = [];
    parsed.forEach((p, index) => {
      if (p.errors) {
        results[index] = { index, status: 'rejected', errors: p.errors };
        return;
      }
      const key = p.input.event.idempotencyKey;
      const first = firstIndexByKey.get(key);
      if (first !== undefined) {
        const firstInput = (parsed[first] as { input: EventInput }).input;
        if (firstInput.event.bodyHash !== p.input.event.bodyHash) {
          results[index] = { index, status: 'rejected', errors: [idempotencyKeyReusedMessage(key)] };
          return;
        }
        repeats.push({ index, of: first });
        return;
      }
      firstIndexByKey.set(key, index);
      accepted.push({ index, input: p.input });
    });

    if (accepted.length) await this.store(accepted, results, apiKeyId);

    for (const { index, of } of repeats) {
      const first = results[of];
      results[index] = first.status === 'rejected' ? { index, status: 'rejected', errors: first.errors } : { index, status: 'duplicate', id: first.id };
    }
    const count = (status: BatchItemResultDto['status']) => results.filter((r) => r.status === status).length;
    return { created: count('created'), duplicates: count('duplicate'), rejected: count('rejected'), results };
  }

  /** Writes the batch's distinct valid events in one transaction and fills in their results. */
  private async store(accepted: Array<{ index: number; input: EventInput }>, results: BatchItemResultDto[], apiKeyId: string | null) {
    await this.repo.transaction(async (manager) => {
      const customerIds = await this.resolveCustomers(accepted.map((a) => a.input), manager);
      const writes: Array<EventWrite & { index: number }> = [];
      for (const { index, input } of accepted) {
        const customerId = customerIds.get(input.customerExternalId);
        if (customerId) writes.push({ customerId, event: input.event, index });
        else results[index] = { index, status: 'rejected', errors: [unknownCustomerMessage(input.customerExternalId)] };
      }
      const inserted = await this.repo.insertMany(writes, apiKeyId, manager);
      const conflicted = writes.filter((w) => !inserted.has(w.event.idempotencyKey)).map((w) => w.event.idempotencyKey);
      const existing = await this.repo.findIdsByKeys(conflicted, manager);
      for (const w of writes) {
        const id = inserted.get(w.event.idempotencyKey);
        if (id) {
          results[w.index] = { index: w.index, status: 'created', id };
          continue;
        }
        const found = existing.get(w.event.idempotencyKey);
        if (!found) throw new Error(`event with idempotency key ${w.event.idempotencyKey} conflicted but cannot be read`);
        results[w.index] = sameBody(found.bodyHash, w.event.bodyHash)
          ? { index: w.index, status: 'duplicate', id: found.id }
          : { index: w.index, status: 'rejected', errors: [idempotencyKeyReusedMessage(w.event.idempotencyKey)] };
      }
    });
  }

  /**
   * externalId → customer id for a batch: customers with details are upserted
   * (the last details given for a customer win, as the newest), the rest looked up.
   */
  private async resolveCustomers(inputs: EventInput[], manager: EntityManager): Promise<Map<string, string>> {
    const details = new Map<string, UpsertCustomerDto>();
    for (const input of inputs) if (input.customer) details.set(input.customerExternalId, input.customer);
    const lookup = [...new Set(inputs.map((i) => i.customerExternalId).filter((id) => !details.has(id)))];

    const ids = lookup.length ? await this.customers.findIdsByExternalIds(lookup, manager) : new Map<string, string>();
    if (details.size) {
      const upserts = [...details.values()];
      const written = await this.customers.upsertMany(upserts, CONSENT_SOURCE, manager);
      written.forEach((w, i) => ids.set(upserts[i].externalId, w.id));
    }
    return ids;
  }

  /** When the customer's first event of this type happened (their signup, for tenure), or null. */
  firstOccurredAt(customerId: string, type: EventDto['type'], manager?: EntityManager): Promise<Date | null> {
    return this.repo.firstOccurredAt(customerId, type, manager);
  }

  async get(id: string): Promise<EventDto> {
    const event = await this.repo.findById(id);
    if (!event) throw new EventNotFoundError(id);
    return event;
  }

  /**
   * Whether the customer had contacted the company before `contact` about the
   * same thing: an earlier contact on the same case id, or any within
   * `withinDays` before it. Feedback routing reads it as "had to repeat myself".
   */
  hadEarlierContact(contact: { id: string; customerId: string; occurredAt: Date; caseId: string | null }, withinDays: number): Promise<boolean> {
    return this.repo.hadEarlierContact(contact, withinDays);
  }

  /**
   * A customer's events (of `type` only, if given), newest first by occurredAt, strictly after `before`
   * in that order (for the customer timeline, which merges them with other lists).
   */
  listForCustomer(customerId: string, before: Cursor | null, limit: number, type?: EventDto['type']): Promise<Array<Keyed<EventDto>>> {
    return this.repo.listForCustomer(customerId, before, limit, type);
  }

  async list(query: ListEventsQueryDto): Promise<Page<EventDto>> {
    const { items, last } = await this.repo.list(
      {
        type: query.type,
        customerId: query.customerId,
        customerExternalId: query.customerExternalId,
        contactChannel: query.contactChannel,
        team: query.team,
        occurredFrom: query.from,
        occurredBefore: query.to,
      },
      decodeCursor(query.cursor),
      query.limit ?? 50,
    );
    return { items, nextCursor: last ? encodeExactCursor(last.at, last.id) : null };
  }
}
