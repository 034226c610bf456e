import { DataSource } from 'typeorm';
import { AuthModule } from './auth.module';
import { LoginService } from './login.service';
import { hashPassword, verifyPassword } from './passwords';
import { TEST_PASSWORD, makeUser } from '../../test/factories/users';
import { TestServices, startTestServices } from '../../test/services';

describe(LoginService.name, () => {
  let t: TestServices;
  let login: LoginService;
  let db: DataSource;

  beforeAll(async () => {
    // The per-address limit has its own spec (apps/dashboard/login-limits.spec.ts); here every login comes from no address at all.
    t = await startTestServices([AuthModule], { LOGIN_MAX_ATTEMPTS: '5', LOGIN_LOCKOUT_MINUTES: '15', LOGIN_RATE_LIMIT_PER_IP: '100000' });
    login = t.module.get(LoginService);
    db = t.dataSource;
  });
  afterAll(() => t.close());

  const state = async (id: string) =>
    (
      await db.query(
        `SELECT failed_login_count, locked_until, last_login_at, extract(epoch FROM locked_until - now()) AS lock_seconds FROM users WHERE id = $1`,
        [id],
      )
    )[0];

  it('signs in with the right password in any e-mail case and records the time', async () => {
    const user = await makeUser(t.module);
    const result = await login.login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: 'analyst' } });
    expect(result.ok && result.user).not.toHaveProperty('passwordHash');
    expect((await state(user.id)).last_login_at).not.toBeNull();
  });

  it('refuses a wrong password and an unknown e-mail with the same reason', async () => {
    const user = await makeUser(t.module);
    await expect(login.login(user.email, 'wrong password!!')).resolves.toEqual({ ok: false, reason: 'invalid_credentials' });
    await expect(login.login('nobody@example.com', 'wrong password!!')).resolves.toEqual({ ok: false, reason: 'invalid_credentials' });
  });

  it('spends one argon2 verification on an unknown e-mail, as on a known one', async () => {
    await login.login('warm-up@example.com', 'x');
    const hash = await hashPassword('some other password');
    const elapsed = async (work: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 3; i += 1) await work();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    // Measured side by side, so a loaded machine slows both alike.
    const verifications = await elapsed(() => verifyPassword(hash, 'wrong password!!'));
    const unknown = await elapsed(() => login.login('nobody-at-all@example.com', 'wrong password!!'));
    // Without the dummy verification an unknown e-mail would answer in a database round trip (~1 ms).
    expect(unknown).toBeGreaterThan(verifications * 0.5);
  });

  it('locks the account after 5 failures in a row and refuses even the right password while locked', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 4; i += 1) await login.login(user.email, 'wrong password!!');
    expect((await state(user.id)).locked_until).toBeNull();
    await login.login(user.email, 'wrong password!!');
    const locked = await state(user.id);
    expect(Number(locked.lock_seconds)).toBeGreaterThan(14 * 60);
    expect(Number(locked.lock_seconds)).toBeLessThanOrEqual(15 * 60);

    await expect(login.login(user.email, TEST_PASSWORD)).resolves.toEqual({ ok: false, reason: 'locked' });
    // More attempts while locked do not push the end of the lock further out.
    expect((await state(user.id)).locked_until).toEqual(locked.locked_until);
  });

  it('lets the user in once the lock has passed, with a fresh count', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 5; i += 1) await login.login(user.email, 'wrong password!!');
    await db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
    await expect(login.login(user.email, TEST_PASSWORD)).resolves.toMatchObject({ ok: true });
    expect(await state(user.id)).toMatchObject({ failed_login_count: 0, locked_until: null });
  });

  it('gives an expired lock a fresh set of attempts rather than locking again at the next failure', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 5; i += 1) await login.login(user.email, 'wrong password!!');
    await db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
    await login.login(user.email, 'wrong password!!');
    expect(await state(user.id)).toMatchObject({ failed_login_count: 1, locked_until: null });
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 4; i += 1) await login.login(user.email, 'wrong password!!');
    await expect(login.login(user.email, TEST_PASSWORD)).resolves.toMatchObject({ ok: true });
    for (let i = 0; i < 4; i += 1) await login.login(user.email, 'wrong password!!');
    expect(await state(user.id)).toMatchObject({ failed_login_count: 4, locked_until: null });
    await expect(login.login(user.email, TEST_PASSWORD)).resolves.toMatchObject({ ok: true });
  });

  it('lets at most 5 of a burst of parallel guesses through before the lock', async () => {
    const user = await makeUser(t.module);
    const results = await Promise.all(Array.from({ length: 12 }, () => login.login(user.email, 'wrong password!!')));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid_credentials').length).toBeLessThanOrEqual(5);
    expect((await state(user.id)).locked_until).not.toBeNull();
  });

  it('refuses a disabled user even with the right password', async () => {
    const user = await makeUser(t.module);
    await db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.id]);
    await expect(login.login(user.email, TEST_PASSWORD)).resolves.toEqual({ ok: false, reason: 'disabled' });
  });
});
