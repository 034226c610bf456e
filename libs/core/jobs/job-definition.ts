import type PgBoss from 'pg-boss';

export interface JobDefinition<T extends object = object> {
  /** Queue name, `<module>.<what>`, e.g. `auth.purge-expired-sessions`. */
  name: string;
  handler: (jobs: PgBoss.Job<T>[]) => Promise<unknown>;
  /** Cron expression (UTC) for recurring jobs. */
  cron?: string;
  queue?: Omit<PgBoss.Queue, 'name'>;
  work?: PgBoss.WorkOptions;
  /**
   * Fetch loops per worker process (default 1). More than one lets a batch's
   * database work overlap another batch's waiting on a remote server.
   */
  workers?: number;
}
