import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveryConfig } from '@feedloop/core/config/app-config';
import { SMS_PROVIDER, SmsProvider } from '@feedloop/delivery/providers/sms/sms-provider';
import { MetricsRollupsService } from '@feedloop/metrics/metrics-rollups.service';
import { DAY_MS, DemoContext, DemoOptions, DemoStep, DemoUser, demoRandom } from './demo-context';
import { demoChurn } from './steps/churn';
import { demoCustomers, demoEvents } from './steps/customers';
import { demoFeedback } from './steps/feedback';
import { removePreviousDemo } from './steps/remove-previous';
import { demoSurveys } from './steps/surveys';
import { demoUsers } from './steps/users';

/** How far back the demo company's history goes. */
export const DEMO_MONTHS = 6;

/**
 * The generator's steps, in order. Each reads what the ones before it put in
 * the context and writes its rows in the shared transaction. A capability
 * with demo data of its own adds one step here.
 */
export const DEMO_STEPS: DemoStep[] = [removePreviousDemo, demoUsers, demoCustomers, demoEvents, demoSurveys, demoFeedback, demoChurn];

export interface DemoResult {
  users: DemoUser[];
  counts: Record<string, number>;
  /** Milliseconds per step, rollups included. */
  timings: Record<string, number>;
}

/**
 * Replaces the demo company in the database `app` is connected to: the old
 * demo rows go and the new ones come in one transaction (real customers and
 * staff are never touched), then the metrics rollups are brought up to date
 * so every chart is full at once.
 */
export async function generateDemoCompany(app: INestApplicationContext, partial: Partial<DemoOptions> = {}, steps: DemoStep[] = DEMO_STEPS): Promise<DemoResult> {
  const now = partial.now ?? new Date();
  const options: DemoOptions = { customers: 5_000, seed: 20_251, log: () => undefined, ...partial, now };
  const timings: Record<string, number> = {};
  const dataSource = app.get(DataSource);
  const from = new Date(now.getTime() - DEMO_MONTHS * 30.4 * DAY_MS);
  let ctx!: DemoContext;
  await dataSource.transaction(async (db) => {
    // One demo run at a time: a second one waits, then replaces what the first made.
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('feedloop.demo'))`);
    const departments = (await db.query(
      'SELECT id, key, name, ack_sla_hours AS "ackSlaHours", resolve_sla_days AS "resolveSlaDays" FROM departments ORDER BY key',
    )) as DemoContext['departments'];
    const themes: Array<{ key: string; department_id: string }> = await db.query('SELECT key, department_id FROM themes');
    ctx = {
      app, db, options, from, now, departments,
      themeDepartments: new Map(themes.map((t) => [t.key, t.department_id])),
      emailFrom: app.get(DeliveryConfig).smtp.from,
      smsProviderName: app.get<SmsProvider>(SMS_PROVIDER).name,
      users: [], customers: [], events: [], responses: [], counts: {},
    };
    for (const step of steps) {
      const started = Date.now();
      await step.run(ctx, demoRandom(options.seed, step.name));
      timings[step.name] = Date.now() - started;
      options.log(`${step.name}: ${timings[step.name]} ms`);
    }
  });
  const started = Date.now();
  const { hours } = await app.get(MetricsRollupsService).refreshDirty(10 * 60_000);
  timings['metrics rollups'] = Date.now() - started;
  options.log(`metrics rollups (${hours} hours): ${timings['metrics rollups']} ms`);
  return { users: ctx.users, counts: ctx.counts, timings };
}
