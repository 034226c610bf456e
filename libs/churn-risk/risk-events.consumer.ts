import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobsConfig } from '@feedloop/core/config/app-config';
import { EVENT_CONSUMERS, EventConsumerLoop } from '@feedloop/events/event-consumers.service';
import { RiskEvaluationService } from './risk-evaluation.service';

const POLL_MS = 2_000;

/**
 * The `churn_risk` consumer of events, polled in processes with WORKERS=on:
 * a third contact lists its customer within seconds rather than at the next
 * minute's sweep (which drains the same queue, so the benchmark and a
 * process without the loop miss nothing).
 */
@Injectable()
export class RiskEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop = new EventConsumerLoop(
    EVENT_CONSUMERS.churnRisk,
    async (stopping) => (await this.evaluation.evaluateQueuedEvents(undefined, stopping)).events,
    POLL_MS,
  );

  constructor(
    private readonly evaluation: RiskEvaluationService,
    private readonly jobsConfig: JobsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.jobsConfig.workers) this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
