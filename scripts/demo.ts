import './register-paths';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { WorkersAppModule } from '../apps/workers/workers-app.module';
import { ConfigError, loadConfig } from '@feedloop/core/config/load-config';
import { pluralForm } from '@feedloop/core/i18n/locale-format';
import { prepareDatabase } from '@feedloop/core/database/prepare-database';
import { AppLogger } from '@feedloop/core/logging/app-logger';
import { generateDemoCompany } from './demo/demo-company';
import { ensureFirstAdmin } from './first-run';

const USAGE = `Usage: npm run demo [-- --customers <n>] [--seed <n>]

Fills the database that npm start uses (embedded under DATA_DIR, or DATABASE_URL) with a demo
company: customers, six months of contacts, survey answers, feedback items and demo staff.
Run it again to replace the demo data; nothing else is touched.`;

/**
 * npm run demo: the demo company in the database `npm start` uses. Works
 * while Feedloop runs (the embedded PostgreSQL is reused) or on its own
 * (it starts the embedded PostgreSQL, migrates, and stops it again).
 */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { customers: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const customers = Number(values.customers ?? 5_000);
  const seed = Number(values.seed ?? 20_251);
  if (!Number.isInteger(customers) || customers < 10 || customers > 200_000) throw new UsageError('--customers must be a whole number from 10 to 200000');
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');

  const started = Date.now();
  const config = loadConfig();
  const db = await prepareDatabase(config.database);
  const app = await NestFactory.createApplicationContext(
    WorkersAppModule.forRoot({ ...config, database: { ...config.database, url: db.url }, jobs: { ...config.jobs, workers: false } }),
    { logger: new AppLogger({ ...config.http, logLevel: 'warn' }) },
  );
  try {
    await app.init();
    // Run before the first `npm start`: that start would find staff (the demo's) and create no admin of its own.
    const firstRun = await ensureFirstAdmin(app);
    const result = await generateDemoCompany(app, { customers, seed, log: (line) => console.log(`  ${line}`) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const c = result.counts;
    const count = (n: number, one: string, other: string) => `${n} ${pluralForm('en', n, { one, other })}`;
    console.log(
      `\nDemo company ready in ${seconds} s: ${count(c.customers, 'customer', 'customers')}, ${count(c.events, 'event', 'events')}, ` +
        `${count(c.invitations, 'invitation', 'invitations')}, ${count(c.responses, 'response', 'responses')}, ` +
        `${count(c.feedback_items, 'feedback item', 'feedback items')}, ${count(c.feedback_replies, 'reply', 'replies')}.`,
    );
    console.log('\nDemo staff (passwords are shown only now; run npm run demo again for new ones):');
    const width = Math.max(...result.users.map((u) => u.email.length));
    for (const u of result.users) {
      const role = u.role === 'department_head' ? `head of ${u.departmentKey}` : u.role.replace('_', ' ');
      console.log(`  ${u.email.padEnd(width)}  ${u.password}  ${role}`);
    }
    if (firstRun) {
      console.log(`\nFirst start: an admin user and an API key were created. They are shown only this once:`);
      console.log(`  Dashboard login   ${firstRun.email} / ${firstRun.password}`);
      console.log(`  API key           ${firstRun.apiKey}`);
    }
    console.log(`\nDashboard: ${config.http.dashboardUrl} (npm start)`);
  } finally {
    await app.close();
    await db.stop();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
