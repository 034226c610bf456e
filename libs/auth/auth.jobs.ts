import { Logger } from '@nestjs/common';
import { JobDefinition } from '@feedloop/core/jobs/job-definition';
import { SessionsService } from './sessions.service';

export const PURGE_EXPIRED_SESSIONS = 'auth.purge-expired-sessions';

export function purgeExpiredSessionsJob(sessions: SessionsService): JobDefinition {
  const logger = new Logger(PURGE_EXPIRED_SESSIONS);
  return {
    name: PURGE_EXPIRED_SESSIONS,
    cron: '*/15 * * * *',
    // Stately: however many processes schedule it, at most one purge runs and one waits.
    queue: { policy: 'stately', retryLimit: 1, expireInSeconds: 300 },
    handler: async () => {
      const deleted = await sessions.purgeExpired();
      if (deleted > 0) logger.log(`deleted ${deleted} expired dashboard session(s)`);
      return { deleted };
    },
  };
}
