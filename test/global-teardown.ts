import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.FEEDLOOP_TEST_ADMIN_URL;
  const template = process.env.FEEDLOOP_TEST_TEMPLATE;
  if (adminUrl && template) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  await (globalThis as { __feedloopStopPostgres?: () => Promise<void> }).__feedloopStopPostgres?.();
}
