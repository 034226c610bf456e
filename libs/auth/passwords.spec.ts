import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id at 19 MiB and 2 passes, never containing the password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain('correct horse battery');
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    await expect(verifyPassword(hash, 'correct horse battery')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'correct horse batterY')).resolves.toBe(false);
  });

  it('treats the same text typed in composed or decomposed form as one password', async () => {
    const hash = await hashPassword('zażółć gęślą jaźń');
    await expect(verifyPassword(hash, 'zażółć gęślą jaźń'.normalize('NFD'))).resolves.toBe(true);
  });

  it('answers false rather than throwing for a hash that is not argon2', async () => {
    await expect(verifyPassword('not-a-hash', 'whatever password')).resolves.toBe(false);
  });

  it('refuses passwords shorter than 12 characters, naming the field', () => {
    expect(() => checkPasswordRules('short')).toThrow(InvalidInputError);
    expect(() => checkPasswordRules('elevenchars')).toThrow('password must be at least 12 characters long');
    expect(() => checkPasswordRules('twelve chars')).not.toThrow();
  });

  it('counts characters, not bytes, so 11 Polish letters are still too short', () => {
    expect(() => checkPasswordRules('zażółćgęślą')).toThrow('at least 12');
  });

  it('refuses passwords longer than 256 characters', () => {
    expect(() => checkPasswordRules('x'.repeat(257))).toThrow('at most 256');
  });
});
