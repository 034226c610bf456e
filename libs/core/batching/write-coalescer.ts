/**
 * Turns many concurrent single-row writes into few multi-row statements.
 *
 * At most `maxInFlight` flushes run at once; whatever arrives while they run
 * waits and goes out together in the next one. A lone request is therefore
 * flushed at once (no timer, no added latency), while under load each commit
 * carries many rows — fewer round trips, fewer WAL flushes, less CPU per row.
 * Callers still get their own result only after the statement that stored
 * their row has committed, so nothing acknowledged can be lost.
 */
export class WriteCoalescer<I, O> {
  private readonly queue: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private inFlight = 0;
  private lingerTimer: NodeJS.Timeout | null = null;
  private lingerOver = false;

  constructor(
    /** Stores the items; returns one result per item, in order. */
    private readonly flush: (items: I[]) => Promise<O[]>,
    private readonly options: {
      maxInFlight: number;
      maxBatch: number;
      /**
       * How long a flush may wait for its batch to fill (default 0: it goes
       * at once). For writers whose callers need not wait for the commit, so
       * a few milliseconds buy much larger statements.
       */
      lingerMs?: number;
    },
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      if (this.lingers()) return;
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      this.flush(batch.map((b) => b.item))
        .then(
          (results) => batch.forEach((b, i) => b.resolve(results[i])),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.drain();
        });
    }
  }

  /** True while a partial batch should wait for more items; the wait is armed once per flush. */
  private lingers(): boolean {
    const linger = this.options.lingerMs ?? 0;
    if (linger > 0 && !this.lingerOver && this.queue.length < this.options.maxBatch) {
      this.lingerTimer ??= setTimeout(() => {
        this.lingerTimer = null;
        this.lingerOver = true;
        this.drain();
      }, linger);
      return true;
    }
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    this.lingerOver = false;
    return false;
  }
}
