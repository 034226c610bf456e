import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobsConfig } from '@feedloop/core/config/app-config';
import { inSavepoint, isTransientDatabaseError } from '@feedloop/core/database/savepoint';
import type { ConsumedEvent } from '@feedloop/events/dto/event.dto';
import { EVENT_CONSUMERS, EventConsumerLoop, EventConsumersService } from '@feedloop/events/event-consumers.service';
import { ChurnCasesService } from './churn-cases.service';

const BATCH = 100;
const POLL_MS = 2_000;

/**
 * The `churn_cases` consumer of events (cancellations only): each one opens
 * or joins its customer's churn case, in the transaction that takes it off
 * the queue. A cancellation that cannot be handled alone (bad data, a bug)
 * is logged and skipped rather than holding up the ones behind it; a
 * transient database failure retries the batch.
 */
@Injectable()
export class ChurnEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ChurnEventsConsumer.name);
  private readonly loop = new EventConsumerLoop(EVENT_CONSUMERS.churnCases, (stopping) => this.drain(stopping), POLL_MS);

  constructor(
    private readonly consumers: EventConsumersService,
    private readonly cases: ChurnCasesService,
    private readonly jobsConfig: JobsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.jobsConfig.workers) this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Handles every queued cancellation; returns how many were taken. */
  drain(stopping: () => boolean = () => false): Promise<number> {
    return this.consumers.drain(EVENT_CONSUMERS.churnCases, BATCH, (events, m) => this.handle(events, m), stopping);
  }

  private async handle(events: ConsumedEvent[], m: EntityManager): Promise<void> {
    for (const event of events) {
      if (event.type !== 'cancellation') continue;
      try {
        await inSavepoint(m, () => this.cases.openFromEvent(event, m), 'churn_event');
      } catch (err) {
        if (isTransientDatabaseError(err)) throw err;
        this.logger.error(`no churn case could be opened for event ${event.id}; it is skipped: ${(err as Error).message}`);
      }
    }
  }
}
