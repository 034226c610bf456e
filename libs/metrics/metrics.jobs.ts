import { Logger } from '@nestjs/common';
import { JobDefinition } from '@feedloop/core/jobs/job-definition';
import type { MetricsRollupsService } from './metrics-rollups.service';

export const REFRESH_ROLLUPS = 'metrics.refresh-rollups';

/**
 * Every minute: metrics stay exact without it (dirty hours are read raw),
 * it keeps them fast. A run stops after 45 s and leaves the rest to the next.
 */
export function refreshRollupsJob(rollups: MetricsRollupsService): JobDefinition {
  const logger = new Logger(REFRESH_ROLLUPS);
  return {
    name: REFRESH_ROLLUPS,
    cron: '* * * * *',
    // Stately: however many processes schedule it, at most one refresh runs and one waits.
    queue: { policy: 'stately', retryLimit: 1, expireInSeconds: 300 },
    handler: async () => {
      const result = await rollups.refreshDirty();
      if (result.remaining) logger.log(`recomputed ${result.hours} hour(s) of metric rollups; more left for the next run`);
      return result;
    },
  };
}
