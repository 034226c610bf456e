import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase or manager-generated password, short enough that hashing it is no DoS lever. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * argon2id with OWASP's recommended floor (19 MiB, 2 passes, 1 lane): tens of
 * milliseconds per login on one core, while every guess on a GPU pays the same
 * memory. The parameters are in each PHC string, so raising them later keeps
 * old hashes verifiable.
 */
const ARGON2_OPTIONS = {
  // Algorithm.Argon2id: the package declares a const enum whose runtime object is empty, and swc (jest) does
  // not inline const enums, so the value is written out rather than read from the import.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function checkPasswordRules(password: string, field = 'password'): void {
  if (typeof password !== 'string' || [...password].length < PASSWORD_MIN_LENGTH) {
    throw new InvalidInputError(`${field} must be at least ${PASSWORD_MIN_LENGTH} characters long`, field);
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    throw new InvalidInputError(`${field} must be at most ${PASSWORD_MAX_LENGTH} characters long`, field);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2_OPTIONS);
}

/** False, never an exception, for a hash that is not argon2 (e.g. a row imported with a placeholder). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}
