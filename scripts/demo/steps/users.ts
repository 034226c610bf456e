import { randomBytes } from 'node:crypto';
import { hashPassword } from '@feedloop/auth/passwords';
import { DEMO_USER_DOMAIN, DemoContext, DemoStep, DemoUser, insertRows } from '../demo-context';

const HEADS: Record<string, { name: string; local: string }> = {
  customer_service: { name: 'Beata Sikora', local: 'beata.sikora' },
  logistics: { name: 'Marek Lis', local: 'marek.lis' },
  billing: { name: 'Ewa Pietrzak', local: 'ewa.pietrzak' },
  product: { name: 'Adam Borkowski', local: 'adam.borkowski' },
  digital: { name: 'Zofia Urban', local: 'zofia.urban' },
};

/**
 * Demo staff: an admin, an analyst, the head of every department and two
 * retention agents, each with a random password (the one thing not seeded:
 * it is printed once and stored as the product stores passwords, argon2id).
 * Digests are off: nobody reads the demo staff's mailboxes.
 */
export const demoUsers: DemoStep = {
  name: 'users',
  async run(ctx, random) {
    const users: Array<Omit<DemoUser, 'id' | 'password'>> = [
      { email: `admin@${DEMO_USER_DOMAIN}`, name: 'Agata Demo (admin)', role: 'admin', departmentKey: null },
      { email: `analyst@${DEMO_USER_DOMAIN}`, name: 'Paweł Analityk', role: 'analyst', departmentKey: null },
      ...ctx.departments.map((d) => {
        const head = HEADS[d.key] ?? { name: `Head of ${d.name}`, local: d.key.replace(/_/g, '.') };
        return { email: `${head.local}@${DEMO_USER_DOMAIN}`, name: head.name, role: 'department_head' as const, departmentKey: d.key };
      }),
      { email: `retention.1@${DEMO_USER_DOMAIN}`, name: 'Julia Retencja', role: 'retention_agent', departmentKey: null },
      { email: `retention.2@${DEMO_USER_DOMAIN}`, name: 'Oskar Retencja', role: 'retention_agent', departmentKey: null },
    ];
    ctx.users = users.map((u) => ({ ...u, id: random.uuid(), password: randomBytes(12).toString('base64url') }));
    const hashes = await Promise.all(ctx.users.map((u) => hashPassword(u.password)));
    const departmentId = (key: string | null) => (key ? ctx.departments.find((d) => d.key === key)!.id : null);
    await insertRows(
      ctx,
      'users',
      [['id', 'uuid'], ['email', 'text'], ['name', 'text'], ['password_hash', 'text'], ['role', 'text'], ['department_id', 'uuid'], ['locale', 'text'], ['digest_frequency', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
      ctx.users.map((u, i) => [u.id, u.email, u.name, hashes[i], u.role, departmentId(u.departmentKey), 'pl', 'off', ctx.from, ctx.from]),
    );
  },
};

export function headOf(ctx: DemoContext, departmentId: string): DemoUser {
  const key = ctx.departments.find((d) => d.id === departmentId)!.key;
  return ctx.users.find((u) => u.role === 'department_head' && u.departmentKey === key)!;
}
