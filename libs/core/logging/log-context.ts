import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a log line is about, beyond its own text: the HTTP request or the job
 * it was written for. Set once where the work starts (request-context
 * middleware, JobsService around a handler) and read by AppLogger, so code
 * below never passes ids around just to log them.
 */
export interface LogContext {
  requestId?: string;
  queue?: string;
  /** The job, or the jobs of a batch handler's call. */
  jobId?: string | string[];
}

export const logContext = new AsyncLocalStorage<LogContext>();
