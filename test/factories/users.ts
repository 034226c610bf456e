import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { CreateUserInput, UsersService } from '../../libs/auth/users.service';
import { UserEntity } from '../../libs/auth/user.entity';
import { DepartmentsService } from '../../libs/departments/departments.service';

export const TEST_PASSWORD = 'correct horse battery';

/**
 * A persisted staff user through the real UsersService (so the hash is a real
 * argon2id one): an analyst with a unique e-mail and TEST_PASSWORD unless
 * overridden. `department` takes a department key instead of an id.
 */
export async function makeUser(
  app: INestApplicationContext,
  overrides: Partial<CreateUserInput> & { department?: string } = {},
): Promise<UserEntity> {
  const { department, ...rest } = overrides;
  const suffix = randomBytes(4).toString('hex');
  const departmentId = department ? (await app.get(DepartmentsService).getByKey(department)).id : rest.departmentId;
  return app.get(UsersService).createUser({
    email: `staff-${suffix}@example.com`,
    name: `Staff ${suffix}`,
    password: TEST_PASSWORD,
    role: 'analyst',
    ...rest,
    departmentId,
  });
}
