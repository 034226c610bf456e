import { DataSource } from 'typeorm';
import { AuthModule } from './auth.module';
import { ACCOUNT_SLOWDOWN_MS, LoginService } from './login.service';
import { UsersService } from './users.service';
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

  const lastLogin = async (id: string) => (await db.query(`SELECT last_login_at FROM users WHERE id = $1`, [id]))[0].last_login_at;
  const refused = { ok: false, reason: 'rate_limited', retryAfterSeconds: expect.any(Number) };
  /** Lets the lock-out windows pass: every count of this run forgotten. */
  const forgetCounts = () => db.query(`DELETE FROM rate_limits`);

  it('signs in with the right password in any e-mail case and records the time', async () => {
    const user = await makeUser(t.module);
    const result = await login.login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: 'analyst' } });
    expect(result.ok && result.user).not.toHaveProperty('passwordHash');
    expect(await lastLogin(user.id)).not.toBeNull();
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
      await work();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    // Interleaved, and the fastest of each kept: a loaded machine (the suite runs two files at a time) slows single runs, never speeds them up.
    let verification = Infinity;
    let unknown = Infinity;
    // Four: the fifth failure in a row on one e-mail starts its lockout (tested below).
    for (let i = 0; i < 4; i += 1) {
      verification = Math.min(verification, await elapsed(() => verifyPassword(hash, 'wrong password!!')));
      unknown = Math.min(unknown, await elapsed(() => login.login('nobody-at-all@example.com', 'wrong password!!')));
    }
    // Without the dummy verification an unknown e-mail would answer in a database round trip (~1 ms).
    expect(unknown).toBeGreaterThan(verification * 0.5);
  });

  it('refuses an address (429) after 5 failures in a row on one e-mail, even with the right password, for up to 15 minutes', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 5; i += 1) await expect(login.login(user.email, 'wrong password!!', '203.0.113.9')).resolves.toEqual({ ok: false, reason: 'invalid_credentials' });
    const locked = await login.login(user.email, TEST_PASSWORD, '203.0.113.9');
    expect(locked).toEqual(refused);
    expect(!locked.ok && locked.reason === 'rate_limited' && locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(!locked.ok && locked.reason === 'rate_limited' && locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // The same guesses against an e-mail without an account are refused alike: nothing tells which e-mails exist.
    for (let i = 0; i < 5; i += 1) await login.login('nobody-here@example.com', 'wrong password!!', '203.0.113.9');
    await expect(login.login('nobody-here@example.com', 'wrong password!!', '203.0.113.9')).resolves.toEqual(refused);
  });

  it("does not lock the real user out: another address's failures leave the user's own address its full count", async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 20; i += 1) await login.login(user.email, 'wrong password!!', '203.0.113.10');
    await expect(login.login(user.email, TEST_PASSWORD, '203.0.113.10')).resolves.toEqual(refused);
    await expect(login.login(user.email, TEST_PASSWORD, '198.51.100.10')).resolves.toMatchObject({ ok: true, user: { id: user.id } });
    // The user's own typos count on their own address only.
    for (let i = 0; i < 4; i += 1) await login.login(user.email, 'typo', '198.51.100.10');
    await expect(login.login(user.email, TEST_PASSWORD, '198.51.100.10')).resolves.toMatchObject({ ok: true });
  });

  it('lets the address in again once the window has passed', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 5; i += 1) await login.login(user.email, 'wrong password!!', '203.0.113.11');
    await expect(login.login(user.email, TEST_PASSWORD, '203.0.113.11')).resolves.toEqual(refused);
    await forgetCounts();
    await expect(login.login(user.email, TEST_PASSWORD, '203.0.113.11')).resolves.toMatchObject({ ok: true });
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 4; i += 1) await login.login(user.email, 'wrong password!!', '203.0.113.12');
    await expect(login.login(user.email, TEST_PASSWORD, '203.0.113.12')).resolves.toMatchObject({ ok: true });
    for (let i = 0; i < 4; i += 1) await expect(login.login(user.email, 'wrong password!!', '203.0.113.12')).resolves.toMatchObject({ reason: 'invalid_credentials' });
    await expect(login.login(user.email, TEST_PASSWORD, '203.0.113.12')).resolves.toMatchObject({ ok: true });
  });

  it('lets at most 5 of a burst of parallel guesses from one address through', async () => {
    const user = await makeUser(t.module);
    const results = await Promise.all(Array.from({ length: 12 }, () => login.login(user.email, 'wrong password!!', '203.0.113.13')));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid_credentials').length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === 'rate_limited').length).toBeGreaterThanOrEqual(7);
  });

  it('an admin setting a new password lifts the lock-out of every address', async () => {
    const user = await makeUser(t.module);
    for (let i = 0; i < 5; i += 1) await login.login(user.email, 'wrong password!!', '203.0.113.14');
    await t.module.get(UsersService).setPassword(user.id, 'a brand new passphrase');
    await expect(login.login(user.email, 'a brand new passphrase', '203.0.113.14')).resolves.toMatchObject({ ok: true });
  });

  it('refuses a disabled user even with the right password', async () => {
    const user = await makeUser(t.module);
    await db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.id]);
    await expect(login.login(user.email, TEST_PASSWORD)).resolves.toEqual({ ok: false, reason: 'disabled' });
  });
});

describe('LoginService: the slow-down ceiling per e-mail, over every address', () => {
  let t: TestServices;
  let login: LoginService;

  beforeAll(async () => {
    t = await startTestServices([AuthModule], { LOGIN_MAX_ATTEMPTS: '5', LOGIN_RATE_LIMIT_PER_IP: '100000', LOGIN_ACCOUNT_SLOWDOWN_AFTER: '8' });
    login = t.module.get(LoginService);
  });
  afterAll(() => t.close());

  const timed = async (work: () => Promise<unknown>) => {
    const started = Date.now();
    const result = await work();
    return { result, ms: Date.now() - started };
  };

  it('past it, answers every attempt on the e-mail later but never refuses the real user', async () => {
    const user = await makeUser(t.module);
    // Many addresses, each below its own lock-out.
    for (let i = 0; i < 8; i += 1) await login.login(user.email, 'wrong password!!', `203.0.113.${100 + (i % 4)}`);
    const guess = await timed(() => login.login(user.email, 'wrong password!!', '203.0.113.120'));
    expect(guess.result).toEqual({ ok: false, reason: 'invalid_credentials' });
    expect(guess.ms).toBeGreaterThanOrEqual(ACCOUNT_SLOWDOWN_MS);
    const owner = await timed(() => login.login(user.email, TEST_PASSWORD, '198.51.100.20'));
    expect(owner.result).toMatchObject({ ok: true, user: { id: user.id } });
    expect(owner.ms).toBeGreaterThanOrEqual(ACCOUNT_SLOWDOWN_MS);
    // Another e-mail is not slowed.
    const other = await makeUser(t.module);
    expect((await timed(() => login.login(other.email, TEST_PASSWORD, '198.51.100.20'))).ms).toBeLessThan(ACCOUNT_SLOWDOWN_MS);
  }, 30_000);
});
