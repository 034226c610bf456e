import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsumedEvent } from './dto/event.dto';
import { EventsRepository } from './events.repository';

/** The consumers of events, each with its own queue (see migration 1765200000000-create-event-consumers). */
export const EVENT_CONSUMERS = {
  surveyScheduling: 'survey_scheduling',
  churnCases: 'churn_cases',
  churnRisk: 'churn_risk',
} as const;

export type EventHandler = (events: ConsumedEvent[], manager: EntityManager) => Promise<void>;

/**
 * Hands stored events to the modules that react to them. Each consumer has
 * its own queue, filled in the transaction that stores the events, so one
 * consumer's pace or failures never hold up another, and a consumer added
 * later starts with the events received after it was registered.
 */
@Injectable()
export class EventConsumersService {
  private readonly known = new Set<string>();

  constructor(private readonly repo: EventsRepository) {}

  /**
   * Hands up to `limit` events of `consumer`'s queue to `handler` and takes
   * them off the queue, in one transaction: what the handler writes with
   * `manager` commits together with that, so a crash leaves the events to be
   * handled again and nothing half done. Returns how many were handled (0: the
   * queue is empty, or other processes hold the rest).
   */
  async drainOnce(consumer: string, limit: number, handler: EventHandler): Promise<number> {
    await this.assertRegistered(consumer);
    return this.repo.transaction(async (manager) => {
      const events = await this.repo.claimPending(consumer, limit, manager);
      if (!events.length) return 0;
      await handler(events, manager);
      return events.length;
    });
  }

  /** Batches until one is not full (the queue is empty, or other processes hold the rest); returns the events handled. */
  async drain(consumer: string, batch: number, handler: EventHandler, stopping: () => boolean = () => false): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.drainOnce(consumer, batch, handler);
      total += n;
      if (n < batch || stopping()) return total;
    }
  }

  /**
   * Adds a consumer, queued the events received from now on (not earlier
   * ones: a new reaction to events must not replay history). Nothing if it
   * exists. The built-in consumers are registered by migrations, so events
   * stored before any worker started are queued for them too.
   */
  register(consumer: string, eventTypes: readonly string[] | null = null): Promise<void> {
    this.known.delete(consumer);
    return this.repo.registerConsumer(consumer, eventTypes);
  }

  pendingCount(consumer: string): Promise<number> {
    return this.repo.pendingCount(consumer);
  }

  private async assertRegistered(consumer: string): Promise<void> {
    if (this.known.has(consumer)) return;
    // A consumer nobody registered would drain an empty queue forever without a word.
    if (!(await this.repo.consumerExists(consumer))) throw new Error(`event consumer ${consumer} is not registered`);
    this.known.add(consumer);
  }
}

/**
 * Polls one consumer's queue every `pollMs` while the process runs workers;
 * on shutdown the batch in progress commits, then polling stops.
 */
export class EventConsumerLoop {
  private readonly logger: Logger;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    name: string,
    private readonly drain: (stopping: () => boolean) => Promise<number>,
    private readonly pollMs = 2_000,
  ) {
    this.logger = new Logger(`EventConsumer:${name}`);
  }

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.drain(() => this.stopping);
      } catch (err) {
        this.logger.error(`handling events failed: ${(err as Error).message}`, (err as Error).stack);
      }
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }
}
