import { isDatabaseUnavailable } from './postgres-errors';

/** Waits between tries: short at first (a restart takes seconds), then every few seconds. */
const DELAYS_MS = [250, 500, 1_000, 2_000, 3_000];

/**
 * Runs `work` until it succeeds or fails for a reason other than the
 * database being unreachable (isDatabaseUnavailable), trying again while the
 * database restarts or fails over, for as long as `giveUp` says no. For
 * writes that must not be dropped because of an outage: the record of a
 * message a provider already accepted. `onWait` is told about each wait.
 */
export async function retryWhileUnavailable<T>(
  work: () => Promise<T>,
  options: { giveUp: () => boolean; onWait?: (err: unknown, attempt: number) => void },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isDatabaseUnavailable(err) || options.giveUp()) throw err;
      options.onWait?.(err, attempt);
      await new Promise((r) => setTimeout(r, DELAYS_MS[Math.min(attempt - 1, DELAYS_MS.length - 1)]));
    }
  }
}
