import type { JobDefinition } from '@feedloop/core/jobs/job-definition';
import type { ResponseRecordedEvent } from '@feedloop/responses/response-events';
import type { RiskEvaluationService } from './risk-evaluation.service';

export const EVALUATE_RESPONSES = 'churn-risk.evaluate-responses';
export const SWEEP = 'churn-risk.sweep';

/** An answer stored or changed (response.recorded): its customer is evaluated again at once. */
export function evaluateResponsesJob(evaluation: RiskEvaluationService): JobDefinition<ResponseRecordedEvent> {
  return {
    name: EVALUATE_RESPONSES,
    queue: { retryLimit: 10, retryDelay: 10, retryBackoff: true },
    work: { batchSize: 50, pollingIntervalSeconds: 2 },
    handler: async (jobs) => {
      await evaluation.evaluateResponses(jobs.map((j) => j.data.responseId));
    },
  };
}

/**
 * Every minute: customers touched by events, answers that announced nothing
 * (score links) and SLA deadlines that passed, then flags due a refresh.
 * `stately`: one sweep at a time however many workers run.
 */
export function sweepJob(evaluation: RiskEvaluationService): JobDefinition {
  return {
    name: SWEEP,
    cron: '* * * * *',
    queue: { policy: 'stately', retryLimit: 1 },
    work: { batchSize: 1, pollingIntervalSeconds: 5 },
    handler: async () => {
      await evaluation.sweep();
    },
  };
}
