import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SESSION_USER_ID_KEY } from './session-data';

/**
 * The session table belongs to connect-pg-simple's layout (sid, sess, expire),
 * which reads and writes rows itself; these are the queries Feedloop adds.
 */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async deleteExpired(): Promise<number> {
    const [, count] = (await this.dataSource.query('DELETE FROM user_sessions WHERE expire < now()')) as [unknown, number];
    return count;
  }

  async deleteForUser(userId: string): Promise<number> {
    const [, count] = (await this.dataSource.query(`DELETE FROM user_sessions WHERE sess->>'${SESSION_USER_ID_KEY}' = $1`, [
      userId,
    ])) as [unknown, number];
    return count;
  }
}
