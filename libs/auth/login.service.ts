import { Injectable, Logger } from '@nestjs/common';
import { AuthConfig } from '@feedloop/core/config/app-config';
import { hashPassword, verifyPassword } from './passwords';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { normaliseEmail } from './users.service';

/**
 * Why a login failed, for logs and tests. Pages must show every reason with the
 * same message: telling "locked" or "unknown e-mail" apart would let anyone
 * find out which e-mail addresses have accounts.
 */
export type LoginFailure = 'invalid_credentials' | 'locked' | 'disabled';

export type LoginResult = { ok: true; user: UserEntity } | { ok: false; reason: LoginFailure };

@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly users: UsersRepository,
    private readonly config: AuthConfig,
  ) {}

  /**
   * Every path runs exactly one argon2 verification (against a dummy hash for
   * unknown e-mails and locked accounts), so the response time does not tell
   * whether an account exists or is locked.
   */
  async login(email: string, password: string): Promise<LoginResult> {
    const creds = await this.users.findCredentialsByEmail(normaliseEmail(email));
    if (!creds) {
      await verifyPassword(await this.getDummyHash(), password);
      return { ok: false, reason: 'invalid_credentials' };
    }

    const attempt = await this.users.takeLoginAttempt(creds.id);
    const max = this.config.loginMaxAttempts;
    if (attempt === null || attempt > max) {
      // Above the limit without a lock only happens to parallel guesses or after LOGIN_MAX_ATTEMPTS was lowered.
      if (attempt !== null) await this.users.lock(creds.id, this.config.loginLockoutMinutes);
      await verifyPassword(await this.getDummyHash(), password);
      return { ok: false, reason: 'locked' };
    }

    const valid = await verifyPassword(creds.passwordHash, password);
    if (!valid) {
      if (attempt >= max) {
        await this.users.lock(creds.id, this.config.loginLockoutMinutes);
        this.logger.warn(`user ${creds.id} locked for ${this.config.loginLockoutMinutes} min after ${attempt} failed logins`);
      }
      return { ok: false, reason: 'invalid_credentials' };
    }
    // Checked after the password so that a disabled account answers like any wrong password.
    if (creds.disabledAt) return { ok: false, reason: 'disabled' };

    await this.users.recordLoginSuccess(creds.id);
    const user = await this.users.findById(creds.id);
    return user ? { ok: true, user } : { ok: false, reason: 'invalid_credentials' };
  }

  /** Same argon2 parameters as real hashes, so verifying against it costs the same. */
  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
    return this.dummyHash;
  }
}
