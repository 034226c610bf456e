import { DataSource } from 'typeorm';
import { AuthModule } from './auth.module';
import { PURGE_EXPIRED_SESSIONS, purgeExpiredSessionsJob } from './auth.jobs';
import { SessionsService } from './sessions.service';
import { TestServices, startTestServices } from '../../test/services';

describe(SessionsService.name, () => {
  let t: TestServices;
  let db: DataSource;
  let sessions: SessionsService;

  beforeAll(async () => {
    t = await startTestServices([AuthModule]);
    db = t.dataSource;
    sessions = t.module.get(SessionsService);
  });
  afterAll(() => t.close());

  const insertSession = (sid: string, expire: string, userId = '00000000-0000-4000-8000-000000000001') =>
    db.query(`INSERT INTO user_sessions (sid, sess, expire) VALUES ($1, $2, ${expire})`, [
      sid,
      JSON.stringify({ cookie: {}, userId }),
    ]);
  const sids = async () => (await db.query('SELECT sid FROM user_sessions ORDER BY sid')).map((r: { sid: string }) => r.sid);

  it('registers the purge as a pg-boss queue with a 15-minute cron', async () => {
    const [queue] = await db.query('SELECT name FROM pgboss.queue WHERE name = $1', [PURGE_EXPIRED_SESSIONS]);
    expect(queue).toEqual({ name: 'auth.purge-expired-sessions' });
    expect(purgeExpiredSessionsJob(sessions).cron).toBe('*/15 * * * *');
  });

  it('the purge job deletes expired sessions and keeps live ones', async () => {
    await db.query('DELETE FROM user_sessions');
    await insertSession('expired-1', `now() - interval '1 minute'`);
    await insertSession('expired-2', `now() - interval '2 days'`);
    await insertSession('live', `now() + interval '1 hour'`);
    const result = await purgeExpiredSessionsJob(sessions).handler([]);
    expect(result).toEqual({ deleted: 2 });
    expect(await sids()).toEqual(['live']);
  });

  it('ends every session of one user and no one else\'s', async () => {
    await db.query('DELETE FROM user_sessions');
    await insertSession('a1', `now() + interval '1 hour'`, '00000000-0000-4000-8000-00000000000a');
    await insertSession('a2', `now() + interval '1 hour'`, '00000000-0000-4000-8000-00000000000a');
    await insertSession('b1', `now() + interval '1 hour'`, '00000000-0000-4000-8000-00000000000b');
    expect(await sessions.endAllFor('00000000-0000-4000-8000-00000000000a')).toBe(2);
    expect(await sids()).toEqual(['b1']);
  });
});
