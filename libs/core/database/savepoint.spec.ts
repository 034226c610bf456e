import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isTransientDatabaseError } from './savepoint';

describe('isTransientDatabaseError', () => {
  it.each([
    ['a deadlock (40P01)', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
    ['a lock timeout (55P03)', { message: 'lock timeout', driverError: { code: '55P03' } }],
    ['a refused connection (ECONNREFUSED)', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a transaction whose connection the server cut (TypeORM released its runner)', new QueryRunnerAlreadyReleasedError()],
  ])('says yes to %s', (_name, err) => {
    expect(isTransientDatabaseError(err)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a bad value (22P02)', { message: 'invalid input syntax', driverError: { code: '22P02' } }],
    ['a bug in the work', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('says no to %s', (_name, err) => {
    expect(isTransientDatabaseError(err)).toBe(false);
  });
});
