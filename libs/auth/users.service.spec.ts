import { DataSource } from 'typeorm';
import { AccessScope } from './access-scope';
import { AuthModule } from './auth.module';
import { EmailTakenError, LastAdminError, UserNotFoundError } from './auth.errors';
import { LoginService } from './login.service';
import { UsersService } from './users.service';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { TEST_PASSWORD, makeUser } from '../../test/factories/users';
import { TestServices, startTestServices } from '../../test/services';

describe(UsersService.name, () => {
  let t: TestServices;
  let users: UsersService;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestServices([AuthModule]);
    users = t.module.get(UsersService);
    db = t.dataSource;
  });
  afterAll(() => t.close());

  describe('createUser', () => {
    it('stores a lower-cased e-mail and an argon2id hash that is not the password', async () => {
      const user = await users.createUser({ email: '  Ola.Nowak@Example.COM ', name: 'Ola Nowak', password: TEST_PASSWORD, role: 'analyst' });
      expect(user).toMatchObject({ email: 'ola.nowak@example.com', name: 'Ola Nowak', role: 'analyst', locale: 'en', departmentId: null });
      expect(user).not.toHaveProperty('passwordHash');
      const [row] = await db.query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
    });

    it('refuses an e-mail that differs from an existing one only in case', async () => {
      await makeUser(t.module, { email: 'dup@example.com' });
      await expect(makeUser(t.module, { email: 'DUP@example.com' })).rejects.toBeInstanceOf(EmailTakenError);
    });

    it('binds a department head to their department and refuses one without', async () => {
      const head = await makeUser(t.module, { role: 'department_head', department: 'logistics' });
      expect(head.departmentId).toBe((await t.module.get(DepartmentsService).getByKey('logistics')).id);
      await expect(makeUser(t.module, { role: 'department_head' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        field: 'departmentId',
      });
    });

    it('refuses a department that does not exist, naming departmentId', async () => {
      await expect(
        makeUser(t.module, { role: 'department_head', departmentId: '7c2c1b7e-5b1a-4a4e-9d7e-2f1f8f3b9a11' }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'departmentId' });
    });

    it('refuses a short password and a bad e-mail without writing a row', async () => {
      const before = await users.count();
      await expect(makeUser(t.module, { password: 'too short' })).rejects.toMatchObject({ field: 'password' });
      await expect(makeUser(t.module, { email: 'not-an-email' })).rejects.toMatchObject({ field: 'email' });
      await expect(makeUser(t.module, { role: 'boss' as never })).rejects.toMatchObject({ field: 'role' });
      expect(await users.count()).toBe(before);
    });
  });

  it('finds a user by e-mail in any case, without the password hash', async () => {
    const user = await makeUser(t.module, { email: 'case@example.com' });
    const found = await users.findByEmail('CASE@Example.com');
    expect(found?.id).toBe(user.id);
    expect(found).not.toHaveProperty('passwordHash');
    expect(await users.findByEmail('nobody@example.com')).toBeNull();
  });

  describe('list', () => {
    it('gives an admin or analyst everyone, a department head their department, a retention agent nobody', async () => {
      const own = await makeUser(t.module, { role: 'department_head', department: 'billing' });
      const colleague = await makeUser(t.module, { role: 'retention_agent', department: 'billing' });
      const other = await makeUser(t.module, { role: 'department_head', department: 'product' });
      const analyst = await makeUser(t.module, { role: 'analyst' });
      const agent = await makeUser(t.module, { role: 'retention_agent' });

      const seenBy = async (u: typeof own) => (await users.list(AccessScope.of(u))).map((x) => x.id);
      expect(await seenBy(own)).toEqual(expect.arrayContaining([own.id, colleague.id]));
      expect(await seenBy(own)).not.toContain(other.id);
      expect(await seenBy(own)).not.toContain(analyst.id);
      expect(await seenBy(analyst)).toEqual(expect.arrayContaining([own.id, colleague.id, other.id, analyst.id, agent.id]));
      expect(await seenBy(agent)).toEqual([]);
    });

    it('never widens the scope with a department filter', async () => {
      const head = await makeUser(t.module, { role: 'department_head', department: 'customer_service' });
      const product = await t.module.get(DepartmentsService).getByKey('product');
      expect(await users.list(AccessScope.of(head), { departmentId: product.id })).toEqual([]);
      expect(await users.list(AccessScope.of(head), { departmentId: 'junk' })).toEqual([]);
    });
  });

  describe('setPassword', () => {
    it('replaces the password and ends the user\'s sessions', async () => {
      const user = await makeUser(t.module);
      await db.query(`INSERT INTO user_sessions (sid, sess, expire) VALUES ('s-pw', $1, now() + interval '1 hour')`, [
        JSON.stringify({ cookie: {}, userId: user.id }),
      ]);
      await users.setPassword(user.id, 'a brand new passphrase');
      const login = t.module.get(LoginService);
      await expect(login.login(user.email, TEST_PASSWORD)).resolves.toMatchObject({ ok: false });
      await expect(login.login(user.email, 'a brand new passphrase')).resolves.toMatchObject({ ok: true });
      expect(await db.query(`SELECT 1 FROM user_sessions WHERE sid = 's-pw'`)).toHaveLength(0);
    });

    it('applies the password rules and answers USER_NOT_FOUND for an unknown id', async () => {
      const user = await makeUser(t.module);
      await expect(users.setPassword(user.id, 'short')).rejects.toMatchObject({ field: 'password' });
      await expect(users.setPassword('7c2c1b7e-5b1a-4a4e-9d7e-2f1f8f3b9a11', 'long enough password')).rejects.toBeInstanceOf(
        UserNotFoundError,
      );
    });
  });

  describe('disable', () => {
    it('signs the user out everywhere and keeps them from being loaded for a session', async () => {
      await makeUser(t.module, { role: 'admin' });
      const user = await makeUser(t.module, { role: 'admin' });
      await db.query(`INSERT INTO user_sessions (sid, sess, expire) VALUES ('s-dis', $1, now() + interval '1 hour')`, [
        JSON.stringify({ cookie: {}, userId: user.id }),
      ]);
      expect(await users.findActiveById(user.id)).not.toBeNull();
      await users.disable(user.id);
      expect(await users.findActiveById(user.id)).toBeNull();
      expect(await db.query(`SELECT 1 FROM user_sessions WHERE sid = 's-dis'`)).toHaveLength(0);
    });

    it('refuses to disable the last active admin', async () => {
      await db.query(`UPDATE users SET disabled_at = now() WHERE role = 'admin'`);
      const last = await makeUser(t.module, { role: 'admin' });
      await expect(users.disable(last.id)).rejects.toBeInstanceOf(LastAdminError);
      expect(await users.findActiveById(last.id)).not.toBeNull();
    });
  });

  describe('setDigestFrequency', () => {
    it('stores the frequency, daily until changed', async () => {
      const head = await makeUser(t.module, { role: 'department_head', department: 'billing' });
      expect(head.digestFrequency).toBe('daily');
      await users.setDigestFrequency(head.id, 'hourly');
      expect((await users.get(head.id)).digestFrequency).toBe('hourly');
      await users.setDigestFrequency(head.id, 'off');
      expect((await users.get(head.id)).digestFrequency).toBe('off');
    });

    it('refuses an unknown frequency naming "digestFrequency" and an unknown user', async () => {
      const user = await makeUser(t.module);
      await expect(users.setDigestFrequency(user.id, 'weekly' as never)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'digestFrequency' });
      await expect(users.setDigestFrequency('7c2c1b7e-5b1a-4a4e-9d7e-2f1f8f3b9a11', 'off')).rejects.toBeInstanceOf(UserNotFoundError);
    });
  });
});
