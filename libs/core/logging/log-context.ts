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

/**
 * Only JSON logs print the context, and on Node 20 an AsyncLocalStorage in
 * use makes every promise pay for async hooks (measured: about a fifth of
 * the answer path's CPU). So the context is kept only once a JSON logger
 * asks for it; human-format processes never turn the hooks on.
 */
let keepContext = false;

export function keepLogContext(): void {
  keepContext = true;
}

/** Runs `fn` with `context` readable by the logger, when anything reads it. */
export function withLogContext<T>(context: LogContext, fn: () => T): T {
  return keepContext ? logContext.run(context, fn) : fn();
}
