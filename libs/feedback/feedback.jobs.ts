import type PgBoss from 'pg-boss';
import type { JobDefinition } from '@feedloop/core/jobs/job-definition';
import type { ResponseRecordedEvent } from '@feedloop/responses/response-events';
import type { FeedbackAlertsService } from './feedback-alerts.service';
import type { FeedbackRepliesService } from './feedback-replies.service';
import type { FeedbackRoutingService } from './feedback-routing.service';

export const ROUTE_RESPONSE = 'feedback.route-response';
export const SWEEP_UNROUTED = 'feedback.sweep-unrouted';
export const SEND_REPLY = 'feedback.send-reply';
export const CHECK_SLA = 'feedback.check-sla';
export const SEND_DIGESTS = 'feedback.send-digests';

/** response.recorded's payload; `force` (history reclassification) routes a version routed before again. */
export interface RouteResponseData extends ResponseRecordedEvent {
  force?: boolean;
}

export interface ReplyJobData {
  replyId: string;
}

/** Classification and routing of one answer; never on the answer page's path. */
export function routeResponseJob(routing: FeedbackRoutingService): JobDefinition<RouteResponseData> {
  return {
    name: ROUTE_RESPONSE,
    queue: { retryLimit: 10, retryDelay: 10, retryBackoff: true },
    work: { batchSize: 20, pollingIntervalSeconds: 1 },
    handler: async (jobs) => {
      for (const job of jobs) await routing.route(job.data.responseId, job.data.force === true);
    },
  };
}

/** Answers that announced nothing (the score link's one-statement first answer) are found here. */
export function sweepUnroutedJob(routing: FeedbackRoutingService): JobDefinition {
  return {
    name: SWEEP_UNROUTED,
    cron: '* * * * *',
    queue: { policy: 'stately', retryLimit: 1 },
    work: { batchSize: 1, pollingIntervalSeconds: 5 },
    handler: async () => {
      await routing.sweep();
    },
  };
}

export function sendReplyJob(replies: FeedbackRepliesService): JobDefinition<ReplyJobData> {
  return {
    name: SEND_REPLY,
    queue: { retryLimit: 8, retryDelay: 30, retryBackoff: true },
    work: { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
    handler: async ([job]) => {
      const meta = job as PgBoss.JobWithMetadata<ReplyJobData>;
      await replies.send(job.data.replyId, meta.retryCount >= meta.retryLimit);
    },
  };
}

export function checkSlaJob(alerts: FeedbackAlertsService): JobDefinition {
  return {
    name: CHECK_SLA,
    cron: '* * * * *',
    queue: { policy: 'stately', retryLimit: 1 },
    work: { batchSize: 1, pollingIntervalSeconds: 5 },
    handler: async () => {
      await alerts.alertBreaches();
    },
  };
}

export function sendDigestsJob(alerts: FeedbackAlertsService): JobDefinition {
  return {
    name: SEND_DIGESTS,
    cron: '5 * * * *',
    queue: { policy: 'stately', retryLimit: 2, retryDelay: 300 },
    work: { batchSize: 1, pollingIntervalSeconds: 5 },
    handler: async () => {
      await alerts.sendDigests(new Date());
    },
  };
}
