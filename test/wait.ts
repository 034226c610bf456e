/**
 * Polls `probe` every 100 ms until `done` accepts its value, for what another
 * process or a job finishes in its own time (an e-mail, a routed answer).
 * Fails after `timeoutMs` with `what` and the last value seen, so a test that
 * waited in vain says for what.
 */
export async function until<T>(what: string, probe: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
