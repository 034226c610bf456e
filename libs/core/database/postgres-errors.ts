/** A unique_violation (23505), optionally of one named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}

/** Socket-level failures reaching the server: refused, reset, timed out, unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * SQLSTATEs of a server that is going away, restarting or full: class 08
 * (connection exception), 57P01–57P03 (admin/crash shutdown, cannot connect
 * now), 53300 (too many connections).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;
/** What node-postgres says when the socket closes under a query or a connect times out. */
const UNAVAILABLE_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|Connection terminated unexpectedly/i;

/**
 * TypeORM's errors for a transaction whose connection broke under it: the
 * pool client emitted an error (the server terminated the session), TypeORM
 * released its query runner, and the transaction's next statement or its
 * ROLLBACK finds it gone. Only a lost connection releases a runner early in
 * our code (every transaction runs inside DataSource.transaction).
 */
const RELEASED_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * The database cannot be reached or is restarting: nothing about the request
 * was wrong, and the same request may succeed in a few seconds (a 503, not a 500).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    if (typeof (e as { name?: unknown }).name === 'string' && RELEASED_RUNNER.has((e as { name: string }).name)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}
