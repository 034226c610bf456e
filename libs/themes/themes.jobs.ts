import type { JobDefinition } from '@feedloop/core/jobs/job-definition';
import type { ThemeModelService } from './theme-model.service';

export const RETRAIN_MODEL = 'themes.retrain-model';

/** Retrains from the seeds, the catalogue and every correction; one run at a time, however many workers. */
export function retrainModelJob(models: ThemeModelService): JobDefinition {
  return {
    name: RETRAIN_MODEL,
    queue: { policy: 'stately', retryLimit: 3, retryDelay: 60 },
    work: { batchSize: 1, pollingIntervalSeconds: 5 },
    handler: async () => {
      await models.retrain();
    },
  };
}
