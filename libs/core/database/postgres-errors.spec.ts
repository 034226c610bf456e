import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable, isUniqueViolation } from './postgres-errors';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a server shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['a server starting up (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a connection exception (08006)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['too many connections (53300)', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    ['a socket closed under a query', new Error('Connection terminated unexpectedly')],
    ['a transaction whose connection the server cut (TypeORM released its runner)', new QueryRunnerProviderAlreadyReleasedError()],
    ['a statement on such a transaction', new QueryRunnerAlreadyReleasedError()],
    ['a TypeORM error wrapping one', { message: 'query failed', driverError: Object.assign(new Error('x'), { code: '57P01' }) }],
  ])('says yes to %s', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a bad uuid', Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' })],
    ['a plain error', new Error('something else')],
    ['nothing', undefined],
  ])('says no to %s', (_name, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it('matches the code and, when given, the constraint', () => {
    const err = { driverError: { code: '23505', constraint: 'themes_key_key' } };
    expect(isUniqueViolation(err)).toBe(true);
    expect(isUniqueViolation(err, 'themes_key_key')).toBe(true);
    expect(isUniqueViolation(err, 'other')).toBe(false);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
  });
});
