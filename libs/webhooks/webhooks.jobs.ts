import { Logger } from '@nestjs/common';
import { JobDefinition } from '@feedloop/core/jobs/job-definition';
import type { JobsService } from '@feedloop/core/jobs/jobs.service';
import type { WebhookDeliveryService } from './webhook-delivery.service';

export const DELIVER_WEBHOOK = 'webhooks.deliver';
export const PURGE_WEBHOOK_DELIVERIES = 'webhooks.purge-deliveries';

/** Which delivery, and which attempt of it this job is: a job for an attempt already made does nothing. */
export interface DeliverWebhookData {
  deliveryId: string;
  attempt: number;
}

/** Delivery log lines are kept this long after a delivery ends. */
export const DELIVERY_RETENTION_DAYS = 30;

/**
 * Attempts are scheduled by the delivery service itself (a new job per
 * attempt, written with the attempt's log line), so the backoff follows
 * WEBHOOK_RETRY_BASE_SECONDS. pg-boss's own retries only cover a worker that
 * died mid-attempt or a database error while recording it.
 */
export function deliverWebhookJob(delivery: WebhookDeliveryService, jobs: JobsService): JobDefinition<DeliverWebhookData> {
  const logger = new Logger(DELIVER_WEBHOOK);
  return {
    name: DELIVER_WEBHOOK,
    queue: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
    work: { batchSize: 20, pollingIntervalSeconds: 1 },
    // While one batch waits on a slow receiver (up to the 10 s timeout), the other keeps delivering.
    workers: 2,
    handler: async (batch) => {
      // One slow receiver must not hold up the others' deliveries in the batch.
      const failed: string[] = [];
      await Promise.all(
        batch.map(async (job) => {
          try {
            await delivery.attempt(job.data.deliveryId, job.data.attempt);
          } catch (err) {
            logger.error(`delivery ${job.data.deliveryId} attempt ${job.data.attempt}: ${(err as Error).message}`);
            failed.push(job.id);
          }
        }),
      );
      await jobs.fail(DELIVER_WEBHOOK, failed, { message: 'could not record the attempt' });
    },
  };
}

export function purgeWebhookDeliveriesJob(delivery: WebhookDeliveryService): JobDefinition {
  return {
    name: PURGE_WEBHOOK_DELIVERIES,
    cron: '17 3 * * *',
    queue: { policy: 'stately', retryLimit: 1 },
    handler: async () => ({ purged: await delivery.purgeOld(DELIVERY_RETENTION_DAYS) }),
  };
}
