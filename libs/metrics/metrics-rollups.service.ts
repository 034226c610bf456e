import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { refreshRollupsJob } from './metrics.jobs';
import { MetricsRollupsRepository } from './metrics-rollups.repository';

/** Keeps the metric rollups current: the hours writes marked dirty are recomputed from their rows. */
@Injectable()
export class MetricsRollupsService implements OnModuleInit {
  constructor(
    private readonly repo: MetricsRollupsRepository,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(refreshRollupsJob(this));
  }

  /**
   * Recomputes dirty hours, oldest day first, until none is left or
   * `budgetMs` is spent (the rest waits for the next run; readers read those
   * hours raw meanwhile). Returns the hours recomputed and those left.
   */
  async refreshDirty(budgetMs = 45_000): Promise<{ hours: number; remaining: boolean }> {
    const deadline = Date.now() + budgetMs;
    let hours = 0;
    for (;;) {
      const days = await this.repo.dirtyDays(100);
      if (!days.length) return { hours, remaining: false };
      for (const d of days) {
        hours += await this.repo.refreshDay(d.kind, d.day, d.hours);
        if (Date.now() > deadline) return { hours, remaining: true };
      }
    }
  }
}
