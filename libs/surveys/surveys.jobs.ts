import { Logger } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { JobDefinition } from '@feedloop/core/jobs/job-definition';
import type { SurveyDispatchService } from './survey-dispatch.service';

export const SEND_INVITATION = 'surveys.send-invitation';
export const SEND_REMINDER = 'surveys.send-reminder';
export const EXPIRE_INVITATIONS = 'surveys.expire-invitations';

/** Payload of both send jobs: the id only, the row says the rest when the job runs. */
export interface InvitationJobData {
  invitationId: string;
}

/**
 * A provider outage is waited out: 8 retries from 30 s doubling (with
 * jitter) span about 4–8 hours before an invitation is given up as failed.
 */
export const SEND_RETRY: Pick<PgBoss.Queue, 'retryLimit' | 'retryDelay' | 'retryBackoff'> = { retryLimit: 8, retryDelay: 30, retryBackoff: true };

/**
 * Invitations are sent in batches: the claim of a whole batch is a handful of
 * statements, and the sends of a batch run side by side so the SMTP pool's
 * connections all stay busy.
 */
export const SEND_BATCH_SIZE = 100;

export function sendInvitationJob(dispatch: SurveyDispatchService): JobDefinition<InvitationJobData> {
  return {
    name: SEND_INVITATION,
    queue: SEND_RETRY,
    // No priorities: without them pg-boss's fetch sorts the due jobs on fewer keys, and a backlog of many thousands costs less per batch.
    work: { batchSize: SEND_BATCH_SIZE, includeMetadata: true, priority: false, pollingIntervalSeconds: 1 },
    // While one batch is being claimed or recorded, the other keeps the SMTP connections busy.
    workers: 2,
    handler: (jobs) =>
      dispatch.sendBatch(
        jobs.map((job) => {
          const meta = job as PgBoss.JobWithMetadata<InvitationJobData>;
          return { jobId: job.id, invitationId: job.data?.invitationId, lastAttempt: meta.retryCount >= meta.retryLimit };
        }),
      ),
  };
}

export function sendReminderJob(dispatch: SurveyDispatchService): JobDefinition<InvitationJobData> {
  return {
    name: SEND_REMINDER,
    queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true },
    work: { batchSize: 1, pollingIntervalSeconds: 5 },
    handler: async ([job]) => dispatch.sendReminder(job.data.invitationId),
  };
}

export function expireInvitationsJob(dispatch: SurveyDispatchService): JobDefinition {
  const logger = new Logger(EXPIRE_INVITATIONS);
  return {
    name: EXPIRE_INVITATIONS,
    cron: '*/10 * * * *',
    // Stately: however many processes schedule it, at most one run at a time.
    queue: { policy: 'stately', retryLimit: 1, expireInSeconds: 600 },
    handler: async () => {
      const expired = await dispatch.expireInvitations();
      if (expired > 0) logger.log(`${expired} unanswered invitation(s) expired`);
      return { expired };
    },
  };
}
