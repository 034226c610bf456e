import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { OutboundConfig, WebhooksConfig } from '@feedloop/core/config/app-config';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { Page, decodeCursor, encodeExactCursor } from '@feedloop/core/http/cursor';
import { outboundUrlProblem } from '@feedloop/core/http/outbound-url';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { UUID } from '@feedloop/core/validation';
import { generateSigningSecret, sealSecret, secretHint } from './secret-box';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { DeliveryEventType, DeliveryStatus, EndpointStatus, PING_EVENT, WEBHOOK_EVENT_TYPES, WebhookEventType } from './webhook-events';
import { WebhookNotFoundError } from './webhooks.errors';
import { DELIVER_WEBHOOK, DeliverWebhookData, deliverWebhookJob, purgeWebhookDeliveriesJob } from './webhooks.jobs';
import { DeliveryInsert, EndpointWrite, WebhooksRepository } from './webhooks.repository';

export interface CreateEndpointInput {
  url: string;
  events: WebhookEventType[];
  description?: string | null;
  status?: EndpointStatus;
}

export type UpdateEndpointInput = Partial<CreateEndpointInput>;

export interface EndpointView {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  status: EndpointStatus;
  /** Last characters of the current secret. */
  secretHint: string;
  secretRotatedAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface AttemptView {
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: string;
}

export interface DeliveryView {
  id: string;
  endpointId: string;
  eventType: DeliveryEventType;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  completedAt: string | null;
  attemptLog: AttemptView[];
}

/**
 * An event as the publisher describes it. The body receivers get is
 * `{ id, type, occurredAt, ...data }`, where id is the delivery's own id.
 */
export interface WebhookEvent {
  occurredAt: Date;
  data: Record<string, unknown>;
  /** The customer whose data `data` carries, so erasing them clears the stored bodies. */
  customerId: string | null;
}

/**
 * URLs a receiver can be reached at: http(s) with a host, no credentials in
 * them (they would be logged and shown), and not an internal address unless
 * the operator allows it (see outbound-url.ts; checked again at delivery).
 */
export function endpointUrlProblem(url: string, outbound: OutboundConfig): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url must be an http or https URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'url must be an http or https URL';
  if (!parsed.hostname) return 'url must be an http or https URL';
  if (parsed.username || parsed.password) return 'url must not contain a user name or password';
  if (url.length > 2000) return 'url must be shorter than or equal to 2000 characters';
  return outboundUrlProblem(url, outbound, 'url');
}

/**
 * Webhook endpoints configured by admins, and publishing events to them.
 * Publishing is a transactional outbox: the deliveries and their jobs are
 * written through the caller's EntityManager, so they exist exactly when the
 * change they announce was committed.
 */
@Injectable()
export class WebhooksService implements OnModuleInit {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly delivery: WebhookDeliveryService,
    private readonly jobs: JobsService,
    private readonly config: WebhooksConfig,
    private readonly personalData: PersonalDataRegistry,
    private readonly outbound: OutboundConfig,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.jobs.register(deliverWebhookJob(this.delivery, this.jobs));
    this.jobs.register(purgeWebhookDeliveriesJob(this.delivery));
    this.personalData.register({
      section: 'webhookDeliveries',
      // Copies of data exported from its own module (responses); what remains here is only delivery metadata.
      export: async () => [],
      erase: (customerId, manager) => this.repo.eraseCustomer(customerId, manager),
    });
  }

  /** The secret is returned here and on rotation only. */
  async create(input: CreateEndpointInput, actor: AuditActor = SYSTEM_ACTOR): Promise<{ endpoint: EndpointView; secret: string }> {
    const write = this.validWrite(input);
    if (!write.url) throw new InvalidInputError('url must be an http or https URL', 'url');
    if (!write.events) throw new InvalidInputError(`events must contain only: ${WEBHOOK_EVENT_TYPES.join(', ')}`, 'events');
    const id = randomUUID();
    const secret = generateSigningSecret();
    const endpoint = await this.repo.transaction(async (m) => {
      const created = await this.repo.insertEndpoint(
        id,
        { url: write.url!, events: write.events!, description: write.description ?? '', status: write.status ?? 'active' },
        sealSecret(secret, this.config.secretKey, id),
        secretHint(secret),
        m,
      );
      await this.audit.record(m, actor, { action: 'webhook.created', entityType: 'webhook', entityId: id, after: auditSnapshot(created) });
      return created;
    });
    return { endpoint: toEndpointView(endpoint), secret };
  }

  async list(): Promise<EndpointView[]> {
    return (await this.repo.listEndpoints()).map(toEndpointView);
  }

  /** A page of endpoints, oldest first; `cursor` and `limit` as every other list of the API. */
  async listPage(query: { cursor?: string; limit?: number }): Promise<Page<EndpointView>> {
    const limit = query.limit ?? 50;
    const rows = await this.repo.endpointsPage(decodeCursor(query.cursor), limit + 1);
    const last = rows[limit - 1];
    return { items: rows.slice(0, limit).map((k) => toEndpointView(k.row)), nextCursor: rows.length > limit ? encodeExactCursor(last.key.at, last.key.id) : null };
  }

  async get(id: string): Promise<EndpointView> {
    return toEndpointView(await this.found(id));
  }

  /** Pausing stops new events and the retries of earlier ones; resuming sends only what happens afterwards. */
  async update(id: string, input: UpdateEndpointInput, actor: AuditActor = SYSTEM_ACTOR): Promise<EndpointView> {
    const write = this.validWrite(input);
    return toEndpointView(await this.change(id, 'webhook.updated', actor, (m) => this.repo.updateEndpoint(id, write, m)));
  }

  /** The old secret stops working at once: deliveries still to be retried are signed with the new one. */
  async rotateSecret(id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<{ endpoint: EndpointView; secret: string }> {
    const secret = generateSigningSecret();
    const endpoint = await this.change(id, 'webhook.secret_rotated', actor, (m) =>
      this.repo.replaceSecret(id, sealSecret(secret, this.config.secretKey, id), secretHint(secret), m),
    );
    return { endpoint: toEndpointView(endpoint), secret };
  }

  async remove(id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
    if (!UUID.test(id)) throw new WebhookNotFoundError(id);
    await this.repo.transaction(async (m) => {
      const before = await this.repo.lockEndpoint(id, m);
      if (!before || !(await this.repo.deleteEndpoint(id, m))) throw new WebhookNotFoundError(id);
      await this.audit.record(m, actor, { action: 'webhook.deleted', entityType: 'webhook', entityId: id, before: auditSnapshot(before) });
    });
  }

  /** One write to an endpoint with its audit row, in one transaction. */
  private async change(
    id: string,
    action: string,
    actor: AuditActor,
    write: (m: EntityManager) => Promise<WebhookEndpointEntity | null>,
  ): Promise<WebhookEndpointEntity> {
    if (!UUID.test(id)) throw new WebhookNotFoundError(id);
    return this.repo.transaction(async (m) => {
      const before = await this.repo.lockEndpoint(id, m);
      const after = before && (await write(m));
      if (!before || !after) throw new WebhookNotFoundError(id);
      await this.audit.record(m, actor, { action, entityType: 'webhook', entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
      return after;
    });
  }

  async deliveries(id: string, query: { cursor?: string; limit?: number }): Promise<Page<DeliveryView>> {
    await this.found(id);
    const limit = query.limit ?? 50;
    const rows = await this.repo.deliveriesOf(id, decodeCursor(query.cursor), limit + 1);
    const page = rows.slice(0, limit).map((k) => k.row);
    const last = rows[limit - 1];
    return { items: await this.withAttempts(page), nextCursor: rows.length > limit ? encodeExactCursor(last.key.at, last.key.id) : null };
  }

  /** The endpoints with their latest deliveries, newest first, for the admin page. */
  async overview(perEndpoint = 10): Promise<Array<EndpointView & { deliveries: DeliveryView[] }>> {
    const endpoints = await this.list();
    const deliveries = await this.withAttempts(await this.repo.recentDeliveries(endpoints.map((e) => e.id), perEndpoint));
    return endpoints.map((e) => ({ ...e, deliveries: deliveries.filter((d) => d.endpointId === e.id) }));
  }

  /**
   * A `ping` event to one endpoint, whatever it subscribed to and even when
   * paused, tried at once so the caller sees how the receiver answered.
   * Queued like any delivery, so a failure is retried on the usual schedule.
   */
  async ping(id: string): Promise<DeliveryView> {
    const endpoint = await this.found(id);
    const event: WebhookEvent = { occurredAt: new Date(), data: { endpoint: { id: endpoint.id } }, customerId: null };
    // The queued job is only the fallback should this process die before the attempt below is recorded.
    const backstop = new Date(Date.now() + this.config.timeoutMs + 30_000);
    const [deliveryId] = await this.repo.transaction((manager) => this.enqueue(manager, [{ endpointId: endpoint.id, type: PING_EVENT }], event, backstop));
    await this.delivery.attempt(deliveryId, 1);
    return (await this.withAttempts(await this.repo.findDeliveries([deliveryId])))[0];
  }

  /**
   * Queues `types` for every active endpoint subscribed to them, inside the
   * caller's transaction. `event` is only built when some endpoint listens,
   * so a write without subscribers costs one small query.
   */
  async publish(manager: EntityManager, types: WebhookEventType[], event: () => Promise<WebhookEvent>): Promise<number> {
    if (!types.length) return 0;
    const endpoints = await this.repo.subscribedEndpoints(types, manager);
    const targets = types.flatMap((type) => endpoints.filter((e) => e.events.includes(type)).map((e) => ({ endpointId: e.id, type })));
    if (!targets.length) return 0;
    return (await this.enqueue(manager, targets, await event())).length;
  }

  private async enqueue(
    manager: EntityManager,
    targets: Array<{ endpointId: string; type: DeliveryEventType }>,
    event: WebhookEvent,
    startAfter?: Date,
  ): Promise<string[]> {
    const occurredAt = event.occurredAt.toISOString();
    const rows: DeliveryInsert[] = targets.map(({ endpointId, type }) => {
      const id = randomUUID();
      return { id, endpointId, eventType: type, customerId: event.customerId, payload: JSON.stringify({ id, type, occurredAt, ...event.data }) };
    });
    await this.repo.insertDeliveries(rows, manager);
    const jobs: PgBoss.JobInsert[] = rows.map((r) => ({ name: DELIVER_WEBHOOK, data: { deliveryId: r.id, attempt: 1 } satisfies DeliverWebhookData, startAfter }));
    await this.jobs.insert(jobs, { db: jobsDbOf(manager) });
    return rows.map((r) => r.id);
  }

  private async found(id: string): Promise<WebhookEndpointEntity> {
    const endpoint = UUID.test(id) ? await this.repo.findEndpoint(id) : null;
    if (!endpoint) throw new WebhookNotFoundError(id);
    return endpoint;
  }

  /** The rules the DTOs check, again here for callers other than the API (the dashboard forms). */
  private validWrite(input: UpdateEndpointInput): Partial<EndpointWrite> {
    const out: Partial<EndpointWrite> = {};
    if (input.url !== undefined) {
      const url = input.url.trim();
      const problem = endpointUrlProblem(url, this.outbound);
      if (problem) throw new InvalidInputError(problem, 'url');
      out.url = url;
    }
    if (input.events !== undefined) {
      const events = [...new Set(input.events)];
      if (!events.length || events.some((e) => !WEBHOOK_EVENT_TYPES.includes(e))) {
        throw new InvalidInputError(`events must contain only: ${WEBHOOK_EVENT_TYPES.join(', ')}`, 'events');
      }
      out.events = events;
    }
    if (input.description !== undefined) out.description = (input.description ?? '').trim();
    if (input.status !== undefined) out.status = input.status;
    return out;
  }

  private async withAttempts(rows: WebhookDeliveryEntity[]): Promise<DeliveryView[]> {
    const attempts = await this.repo.attemptsOf(rows.map((r) => r.id));
    return rows.map((r) => toDeliveryView(r, attempts.filter((a) => a.deliveryId === r.id)));
  }
}


/** The endpoint as the audit log shows it: the secret only by its last characters and when it was set. */
function auditSnapshot(e: WebhookEndpointEntity) {
  return { url: e.url, description: e.description, events: e.events, status: e.status, secretHint: e.secretHint, secretRotatedAt: e.secretRotatedAt.toISOString() };
}

function toEndpointView(e: WebhookEndpointEntity): EndpointView {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events,
    status: e.status,
    secretHint: e.secretHint,
    secretRotatedAt: e.secretRotatedAt.toISOString(),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

function toDeliveryView(d: WebhookDeliveryEntity, attempts: WebhookAttemptEntity[]): DeliveryView {
  return {
    id: d.id,
    endpointId: d.endpointId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    completedAt: d.completedAt?.toISOString() ?? null,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      statusCode: a.statusCode,
      error: a.error,
      durationMs: a.durationMs,
      attemptedAt: a.attemptedAt.toISOString(),
    })),
  };
}
