import { Injectable, Logger } from '@nestjs/common';
import { AuthConfig } from '@feedloop/core/config/app-config';
import { SharedRateLimiter } from '@feedloop/core/http/shared-rate-limiter';
import { RateLimitRule, clientKey } from '@feedloop/core/http/sliding-window-limiter';
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

/**
 * `rate_limited` is about the client's address, not the account, so it may
 * be told apart (429 with Retry-After): it says nothing about any e-mail.
 */
export type LoginResult =
  | { ok: true; user: UserEntity }
  | { ok: false; reason: LoginFailure }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);
  private dummyHash: Promise<string> | null = null;
  private readonly perAddress: RateLimitRule;

  constructor(
    private readonly users: UsersRepository,
    private readonly config: AuthConfig,
    private readonly limiter: SharedRateLimiter,
  ) {
    this.perAddress = { name: 'login-ip', limit: config.loginRateLimitPerIp, windowMs: config.loginRateLimitWindowMinutes * 60_000 };
  }

  /**
   * Every path past the address limit runs exactly one argon2 verification
   * (against a dummy hash for unknown e-mails and locked accounts), so the
   * response time does not tell whether an account exists or is locked.
   *
   * Two limits: failures per client address (LOGIN_RATE_LIMIT_PER_IP in
   * LOGIN_RATE_LIMIT_WINDOW_MINUTES, shared by every process), which slows
   * one guesser across all accounts and answers 429 before any argon2 work;
   * and the account lock-out after LOGIN_MAX_ATTEMPTS failures in a row.
   * Each attempt takes its place under the address limit before the password
   * is checked (so parallel guesses cannot pass it) and a success gives it
   * back, so only failures count.
   */
  async login(email: string, password: string, ip?: string): Promise<LoginResult> {
    const address = clientKey(ip);
    const allowed = await this.limiter.take(this.perAddress, address);
    if (!allowed.allowed) {
      this.logger.warn(`login refused for ${address}: more than ${this.perAddress.limit} failures in ${this.config.loginRateLimitWindowMinutes} min`);
      return { ok: false, reason: 'rate_limited', retryAfterSeconds: allowed.retryAfterSeconds };
    }
    const result = await this.check(email, password);
    if (result.ok) await this.limiter.giveBack(this.perAddress, address);
    return result;
  }

  private async check(email: string, password: string): Promise<LoginResult> {
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
