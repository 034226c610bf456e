import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import { Pool } from 'pg';
import { DatabaseConfig } from '@feedloop/core/config/app-config';

/**
 * Dashboard sessions in PostgreSQL (table user_sessions, created by a
 * migration). A small pool of its own, closed with the app, so session reads
 * never wait behind a slow page query in TypeORM's pool.
 */
@Injectable()
export class SessionStore implements OnApplicationShutdown {
  private readonly logger = new Logger('SessionStore');
  private readonly pool: Pool;
  readonly store: session.Store & { close(): void };

  constructor(db: DatabaseConfig) {
    this.pool = new Pool({ connectionString: db.url!, max: 4, application_name: 'feedloop-sessions' });
    this.pool.on('error', (err) => this.logger.error(`session pool: ${err.message}`));
    const PgStore = connectPgSimple(session);
    this.store = new PgStore({
      pool: this.pool,
      tableName: 'user_sessions',
      createTableIfMissing: false,
      // The pg-boss job auth.purge-expired-sessions prunes, once for all processes.
      pruneSessionInterval: false,
      // Sessions live SESSION_TTL_HOURS from sign-in, not from the last click; no write per request.
      disableTouch: true,
      errorLog: (...args: unknown[]) => this.logger.error(args.map(String).join(' ')),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.store.close();
    await this.pool.end();
  }
}
