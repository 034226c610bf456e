import type { JobDefinition } from '@feedloop/core/jobs/job-definition';
import type { ChurnInterviewRouting } from './churn-interview-routing';

export const ROUTE_EXIT_INTERVIEW = 'churn.route-exit-interview';

export interface RouteExitInterviewData {
  caseId: string;
}

/** Classification and routing of an exit interview; never on the exit page's or the API's request. */
export function routeExitInterviewJob(routing: ChurnInterviewRouting): JobDefinition<RouteExitInterviewData> {
  return {
    name: ROUTE_EXIT_INTERVIEW,
    queue: { retryLimit: 10, retryDelay: 10, retryBackoff: true },
    work: { batchSize: 20, pollingIntervalSeconds: 1 },
    handler: async (jobs) => {
      for (const job of jobs) await routing.route(job.data.caseId);
    },
  };
}
