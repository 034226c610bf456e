import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { DatabaseConfig, JobsConfig } from '../config/app-config';
import { isDatabaseUnavailable } from '../database/postgres-errors';
import { retryWhileUnavailable } from '../database/retry-while-unavailable';
import { withLogContext } from '../logging/log-context';
import { JobDefinition } from './job-definition';

export const JOB_SCHEMA = 'pgboss';

/** Any fixed number (next to the migrations' 7_361_001): the advisory lock serialising queue creation. */
const QUEUE_CREATION_LOCK = 7_361_002;

/**
 * Advisory-lock class of workers processes' leases (two-key form, apart from
 * pg-boss's single-key locks and the invitations' per-customer class 0x1f5e).
 */
export const LEASE_LOCK_CLASS = 0x1f5f;
/** How soon a lease whose connection broke (the database restarted) is taken again. */
const LEASE_RETRY_MS = 1_000;

/**
 * pg-boss's `db` option for send/insert running on `manager`'s connection:
 * the job row then commits or rolls back with the caller's transaction.
 */
export function jobsDbOf(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) };
}

/**
 * Owns the pg-boss instance of this process. Capability modules register their
 * jobs in onModuleInit; queues are created and workers started once at
 * bootstrap, and only when WORKERS=on, so API-only processes can be added
 * against the same database.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly definitions = new Map<string, JobDefinition<any>>();
  /** Domain event name → queues of the modules that react to it. */
  private readonly subscriptions = new Map<string, Set<string>>();
  private boss: PgBoss | null = null;
  private started = false;
  private shuttingDown = false;
  private lease: { key: number; client: Client | null } | null = null;

  constructor(
    private readonly db: DatabaseConfig,
    private readonly config: JobsConfig,
  ) {}

  register<T extends object>(definition: JobDefinition<T>): void {
    if (this.started) throw new Error(`Job ${definition.name} registered after start`);
    this.definitions.set(definition.name, definition);
  }

  /**
   * A module reacts to another's domain event (`response.recorded`) with a
   * queue of its own: the publisher never learns who listens, and each
   * listener keeps its own jobs, retries and progress. Every process loads
   * the same modules, so the in-process map is the same everywhere.
   */
  subscribe(event: string, queue: string): void {
    if (!this.definitions.has(queue)) throw new Error(`Job ${queue} must be registered before it subscribes to ${event}`);
    const queues = this.subscriptions.get(event) ?? new Set<string>();
    queues.add(queue);
    this.subscriptions.set(event, queues);
  }

  /** Names of the registered jobs, so every kind of process can be checked to know the same queues. */
  registeredJobs(): string[] {
    return [...this.definitions.keys()].sort();
  }

  /** Whether anything listens to `event`, so a publisher can skip building its payload. */
  hasSubscribers(event: string): boolean {
    return (this.subscriptions.get(event)?.size ?? 0) > 0;
  }

  /**
   * One job per queue subscribed to `event`. With `manager` the jobs are
   * written in the caller's transaction: they exist exactly when the change
   * they announce does.
   */
  async publish<T extends object>(event: string, data: T, manager?: EntityManager, options: Omit<PgBoss.JobInsert, 'name' | 'data'> = {}): Promise<void> {
    const queues = [...(this.subscriptions.get(event) ?? [])];
    if (!queues.length) return;
    await this.insert(
      queues.map((name) => ({ ...options, name, data })),
      manager ? { db: jobsDbOf(manager) } : {},
    );
  }

  /**
   * This workers process's lease: the key of an advisory lock it holds on a
   * connection of its own for as long as it lives (null without workers).
   * Work claimed under it in a table (invitations.send_lease) can be taken
   * over by another process as soon as the lock is free: its owner died
   * (PostgreSQL releases a session's locks when its connection closes).
   */
  get leaseKey(): number | null {
    return this.lease?.key ?? null;
  }

  /**
   * Takes the lease, and takes it again whenever its connection breaks (the
   * database restarted): under the same key, so that what this process
   * claimed and is still sending stays its own, and is not taken over and
   * sent a second time (other processes wait a while before they take over
   * a lease they find free; see SurveyDispatchService.recoverInterrupted).
   */
  private async holdLease(key: number): Promise<boolean> {
    const client = new Client({ connectionString: this.db.url!, application_name: 'feedloop-lease' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const [{ locked }] = (await client.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [LEASE_LOCK_CLASS, key])).rows;
      if (!locked) {
        await client.end().catch(() => undefined);
        return false;
      }
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    this.lease = { key, client };
    client.once('end', () => {
      if (this.shuttingDown || this.lease?.client !== client) return;
      this.lease.client = null;
      this.logger.warn(`lease ${key}: connection lost; taking it again when the database answers`);
      void this.retakeLease(key);
    });
    return true;
  }

  private async retakeLease(key: number): Promise<void> {
    while (!this.shuttingDown) {
      await new Promise((r) => setTimeout(r, LEASE_RETRY_MS).unref());
      if (this.shuttingDown) return;
      try {
        if (await this.holdLease(key)) {
          this.logger.log(`lease ${key}: taken again`);
          return;
        }
        // Another process holds it: it found the key free and is taking over what was claimed under it. A send
        // of ours still in flight may then go twice (with the same Message-ID). Go on under a new key.
        const fresh = randomLeaseKey();
        if (await this.holdLease(fresh)) {
          this.logger.warn(`lease ${key}: taken over by another process; going on as lease ${fresh}`);
          return;
        }
      } catch {
        // Still unreachable; try again.
      }
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.workers) {
      while (!(await this.holdLease(randomLeaseKey()))) {
        // Taken by a live process: pick another key.
      }
    }
    const boss = new PgBoss({
      connectionString: this.db.url!,
      schema: JOB_SCHEMA,
      max: 4,
      application_name: 'feedloop-jobs',
      // The schema is created by a migration (migrations/ owns every schema change).
      migrate: false,
      supervise: this.config.workers,
      schedule: this.config.workers,
    });
    boss.on('error', (err) => {
      // Once shutdown has begun, a connection cut by PostgreSQL stopping next is expected and loses nothing (jobs are rows).
      if (this.shuttingDown) this.logger.debug(`job queue while stopping: ${err.message}`);
      else this.logger.error(`job queue: ${err.message}`);
    });
    await boss.start();
    this.boss = boss;
    await this.createQueues(boss);
    for (const def of this.definitions.values()) {
      if (!this.config.workers) continue;
      if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: 'UTC' });
      const options: PgBoss.WorkOptions = { pollingIntervalSeconds: 2, ...def.work };
      for (let i = 0; i < (def.workers ?? 1); i++) {
        let workerId: string | null = null;
        const handle = async (jobs: PgBoss.Job<object>[]) => {
          try {
            const result = await def.handler(jobs);
            // A full batch means more are probably waiting: fetch again at once rather than idle a polling interval.
            if (workerId && jobs.length >= (options.batchSize ?? 1)) boss.notifyWorker(workerId);
            return result;
          } catch (err) {
            // pg-boss records the error on the job and retries it by the queue's policy; the log says which job.
            this.logger.warn(`job failed: ${err instanceof Error ? err.message : String(err)}`);
            // It could not record a failure now: the job would stay active until it expires. Wait for the database.
            if (isDatabaseUnavailable(err)) await this.databaseAnswers(boss);
            throw err;
          }
        };
        // Whatever the handler logs carries the queue and job id(s) (LOG_FORMAT=json).
        workerId = await boss.work(def.name, options, (jobs: PgBoss.Job<object>[]) =>
          withLogContext({ queue: def.name, jobId: jobs.length === 1 ? jobs[0].id : jobs.map((j) => j.id) }, () => handle(jobs)),
        );
      }
    }
    this.started = true;
  }

  /** Resolves once the job queue's database answers again (or shutdown began). */
  private async databaseAnswers(boss: PgBoss): Promise<void> {
    await retryWhileUnavailable(() => boss.getDb().executeSql('SELECT 1', []), { giveUp: () => this.shuttingDown }).catch(() => undefined);
  }

  /**
   * pg-boss's create_queue deadlocks when two processes create the same
   * queues at once (API, workers and dashboard starting together on a fresh
   * database), so processes take turns, under an advisory lock.
   */
  private async createQueues(boss: PgBoss): Promise<void> {
    const lock = new Client({ connectionString: this.db.url!, application_name: 'feedloop-jobs' });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_CREATION_LOCK]);
      for (const def of this.definitions.values()) await boss.createQueue(def.name, { name: def.name, ...def.queue });
    } finally {
      await lock.end().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    // After the workers stopped: their claims are settled, or left for another process to take over.
    await this.lease?.client?.end().catch(() => undefined);
  }

  /**
   * Of these singleton keys, the ones with no job of queue `name` waiting to
   * run (created or retry). Active jobs do not count: one fetched by a
   * process that died stays active until pg-boss expires it (15 minutes).
   */
  async withoutWaitingJob(name: string, keys: string[]): Promise<string[]> {
    if (!keys.length) return [];
    const rows: Array<{ key: string }> = (
      await this.requireBoss()
        .getDb()
        .executeSql(
          `SELECT k AS key FROM unnest($2::text[]) k
           WHERE NOT EXISTS (SELECT 1 FROM ${JOB_SCHEMA}.job j WHERE j.name = $1 AND j.singleton_key = k AND j.state IN ('created', 'retry'))`,
          [name, keys],
        )
    ).rows;
    return rows.map((r) => r.key);
  }

  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return this.requireBoss().send(name, data, options);
  }

  /**
   * Many jobs in one statement. With `options.db` the rows are written
   * through the caller's connection, i.e. inside its transaction, so they
   * exist exactly when the rows that needed them do.
   */
  async insert(jobs: PgBoss.JobInsert[], options: PgBoss.InsertOptions = {}): Promise<void> {
    if (jobs.length) await this.requireBoss().insert(jobs, options);
  }

  /**
   * Fails some jobs of a batch, so pg-boss retries just those (with the
   * queue's backoff) while the handler's return completes the rest.
   */
  async fail(name: string, ids: string[], reason: object): Promise<void> {
    if (ids.length) await this.requireBoss().fail(name, ids, reason);
  }

  /** Queue depth per state, for /health. */
  async queueState(): Promise<{ ok: boolean; workers: boolean; queues: number }> {
    const boss = this.requireBoss();
    const queues = await boss.getQueues();
    return { ok: true, workers: this.config.workers, queues: queues.length };
  }

  private requireBoss(): PgBoss {
    if (!this.boss) throw new Error('Job queue is not started');
    return this.boss;
  }
}

/** A positive int4: the second key of a two-key advisory lock, storable in an integer column. */
function randomLeaseKey(): number {
  return 1 + Math.floor(Math.random() * 0x7ffffffe);
}
