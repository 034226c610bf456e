import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { UsersService } from '@feedloop/auth/users.service';
import { AuthConfig } from '@feedloop/core/config/app-config';

export interface FirstRunCredentials {
  email: string;
  password: string;
  apiKey: string;
}

/**
 * On a database with no staff user yet, creates the first admin and an API
 * key. Their secrets exist only in this return value: the caller prints them
 * once and they are never stored in clear.
 */
export async function ensureFirstAdmin(app: INestApplicationContext): Promise<FirstRunCredentials | null> {
  const users = app.get(UsersService);
  if ((await users.count()) > 0) return null;
  const auth = app.get(AuthConfig);
  const password = auth.adminPassword ?? randomBytes(12).toString('base64url');
  await users.createUser({ email: auth.adminEmail, name: 'Administrator', password, role: 'admin' });
  const { key } = await app.get(ApiKeysService).create('default');
  return { email: auth.adminEmail, password, apiKey: key };
}
