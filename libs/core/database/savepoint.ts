import type { EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from './postgres-errors';

/**
 * SQLSTATE classes 08 (connection), 40 (rollback: deadlock, serialization),
 * 53 (resources), 57 (shutdown), and lock timeouts: failures that may pass,
 * so the whole transaction should be tried again rather than the one piece
 * of work skipped. Everything isDatabaseUnavailable knows (a refused socket,
 * a released query runner) is one of them.
 */
export function isTransientDatabaseError(err: unknown): boolean {
  if (isDatabaseUnavailable(err)) return true;
  const code = (err as { driverError?: { code?: unknown }; code?: unknown } | null)?.driverError?.code ?? (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return !(err instanceof Error) || /connection|terminat|timeout/i.test(err.message);
  return /^(08|40|53|57)/.test(code) || code === '55P03';
}

/**
 * Runs `work` so that its failure undoes only its own writes and leaves the
 * transaction usable: a batch handler can then skip one bad item and commit
 * the rest.
 */
export async function inSavepoint<T>(manager: EntityManager, work: () => Promise<T>, name = 'work_item'): Promise<T> {
  await manager.query(`SAVEPOINT ${name}`);
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw err;
  }
  await manager.query(`RELEASE SAVEPOINT ${name}`);
  return result;
}
