import { WriteCoalescer } from './write-coalescer';

const tick = () => new Promise((r) => setImmediate(r));

describe(WriteCoalescer.name, () => {
  function deferredFlush() {
    const calls: Array<{ items: number[]; done: () => void; fail: (e: Error) => void }> = [];
    const flush = (items: number[]) =>
      new Promise<number[]>((resolve, reject) => {
        calls.push({ items, done: () => resolve(items.map((i) => i * 10)), fail: reject });
      });
    return { calls, flush };
  }

  it('flushes a lone item at once and answers each caller with its own result', async () => {
    const { calls, flush } = deferredFlush();
    const c = new WriteCoalescer(flush, { maxInFlight: 1, maxBatch: 100 });
    const p = c.submit(1);
    expect(calls).toHaveLength(1);
    calls[0].done();
    await expect(p).resolves.toBe(10);
  });

  it('groups what arrives while a flush is running into the next flush', async () => {
    const { calls, flush } = deferredFlush();
    const c = new WriteCoalescer(flush, { maxInFlight: 1, maxBatch: 100 });
    const first = c.submit(1);
    const rest = [2, 3, 4].map((i) => c.submit(i));
    expect(calls.map((x) => x.items)).toEqual([[1]]);
    calls[0].done();
    await first;
    await tick();
    expect(calls.map((x) => x.items)).toEqual([[1], [2, 3, 4]]);
    calls[1].done();
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
  });

  it('never runs more than maxInFlight flushes and caps their size at maxBatch', async () => {
    const { calls, flush } = deferredFlush();
    const c = new WriteCoalescer(flush, { maxInFlight: 2, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5, 6].map((i) => c.submit(i));
    expect(calls.map((x) => x.items)).toEqual([[1], [2]]);
    calls[0].done();
    await tick();
    expect(calls.map((x) => x.items)).toEqual([[1], [2], [3, 4]]);
    calls[1].done();
    await tick();
    expect(calls.map((x) => x.items)).toEqual([[1], [2], [3, 4], [5, 6]]);
    calls[2].done();
    calls[3].done();
    await expect(Promise.all(all)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('rejects every caller of a failed flush and keeps serving later ones', async () => {
    const { calls, flush } = deferredFlush();
    const c = new WriteCoalescer(flush, { maxInFlight: 1, maxBatch: 10 });
    const a = c.submit(1);
    calls[0].fail(new Error('db down'));
    await expect(a).rejects.toThrow('db down');
    await tick();
    const b = c.submit(2);
    calls[1].done();
    await expect(b).resolves.toBe(20);
  });

  it('with lingerMs, waits for a batch to fill before flushing, and flushes a full one at once', async () => {
    jest.useFakeTimers();
    try {
      const { calls, flush } = deferredFlush();
      const c = new WriteCoalescer(flush, { maxInFlight: 1, maxBatch: 3, lingerMs: 10 });
      const lone = [c.submit(1), c.submit(2)];
      expect(calls).toHaveLength(0);
      jest.advanceTimersByTime(10);
      expect(calls.map((x) => x.items)).toEqual([[1, 2]]);
      calls[0].done();
      await expect(Promise.all(lone)).resolves.toEqual([10, 20]);

      const full = [3, 4, 5].map((i) => c.submit(i));
      expect(calls.map((x) => x.items)).toEqual([[1, 2], [3, 4, 5]]);
      calls[1].done();
      await expect(Promise.all(full)).resolves.toEqual([30, 40, 50]);
    } finally {
      jest.useRealTimers();
    }
  });
});
