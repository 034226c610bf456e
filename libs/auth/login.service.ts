import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AuthConfig } from '@feedloop/core/config/app-config';
import { SharedRateLimiter } from '@feedloop/core/http/shared-rate-limiter';
import { RateLimitRule, clientKey } from '@feedloop/core/http/sliding-window-limiter';
import { hashPassword, verifyPassword } from './passwords';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { normaliseEmail } from './normalise-email';

/**
 * Why a login failed, for logs and tests. Pages must show every reason with the
 * same message: telling "unknown e-mail" apart would let anyone find out which
 * e-mail addresses have accounts.
 */
export type LoginFailure = 'invalid_credentials' | 'disabled';

/**
 * `rate_limited` is about the client's address (alone, or with the e-mail it
 * tried), never about the account alone, so it may be told apart (429 with
 * Retry-After): it is counted the same for e-mails that have no account, so
 * it says nothing about which exist.
 */
export type LoginResult =
  | { ok: true; user: UserEntity }
  | { ok: false; reason: LoginFailure }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** How much later every attempt on an account past its slow-down ceiling is answered. */
export const ACCOUNT_SLOWDOWN_MS = 2_000;

@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);
  private dummyHash: Promise<string> | null = null;
  private readonly perAddress: RateLimitRule;
  private readonly perAccountAndAddress: RateLimitRule;
  private readonly perAccount: RateLimitRule;

  constructor(
    private readonly users: UsersRepository,
    config: AuthConfig,
    private readonly limiter: SharedRateLimiter,
  ) {
    this.perAddress = { name: 'login-ip', limit: config.loginRateLimitPerIp, windowMs: config.loginRateLimitWindowMinutes * 60_000 };
    this.perAccountAndAddress = { name: 'login-account-ip', limit: config.loginMaxAttempts, windowMs: config.loginLockoutMinutes * 60_000 };
    this.perAccount = { name: 'login-account', limit: config.loginAccountSlowdownAfter, windowMs: config.loginLockoutMinutes * 60_000 };
  }

  /**
   * Every path past the limits runs exactly one argon2 verification (against
   * a dummy hash for unknown e-mails), so the response time does not tell
   * whether an account exists.
   *
   * Three counts of failures, all in PostgreSQL (shared by every process):
   * - per client address (LOGIN_RATE_LIMIT_PER_IP in
   *   LOGIN_RATE_LIMIT_WINDOW_MINUTES), whatever e-mails it tried: slows one
   *   guesser across all accounts;
   * - per e-mail and client address (LOGIN_MAX_ATTEMPTS in
   *   LOGIN_LOCKOUT_MINUTES): the lock-out. It holds back only the address
   *   that failed, so an attacker guessing an admin's password cannot lock
   *   the admin out: the admin's own address has its own count. A success
   *   clears it (it counts failures in a row);
   * - per e-mail from every address (LOGIN_ACCOUNT_SLOWDOWN_AFTER in
   *   LOGIN_LOCKOUT_MINUTES): a ceiling that is never a refusal, since many
   *   addresses could then lock the real user out; past it every attempt on
   *   the account, right or wrong, is answered ACCOUNT_SLOWDOWN_MS later.
   * Counting is keyed by the e-mail as typed (normalised), not by the
   * account, so an e-mail without an account behaves exactly like one with.
   * Each attempt takes its places before the password is checked (parallel
   * guesses cannot pass a limit); a refused attempt counts under none, and
   * a success gives its places back.
   */
  async login(email: string, password: string, ip?: string): Promise<LoginResult> {
    const address = clientKey(ip);
    const account = accountKey(email);
    const pair = `${account}|${address}`;
    const allowed = await this.limiter.takeBoth({ rule: this.perAddress, key: address }, { rule: this.perAccountAndAddress, key: pair });
    if (!allowed.allowed) {
      this.logger.warn(`login refused for ${address}: too many failures from this address (for this e-mail, or in all)`);
      return { ok: false, reason: 'rate_limited', retryAfterSeconds: allowed.retryAfterSeconds };
    }
    const ceiling = await this.limiter.take(this.perAccount, account);
    if (!ceiling.allowed) await new Promise((r) => setTimeout(r, ACCOUNT_SLOWDOWN_MS));
    const result = await this.check(email, password);
    if (result.ok) {
      await Promise.all([
        this.limiter.giveBack(this.perAddress, address),
        this.limiter.reset(this.perAccountAndAddress, pair),
        ceiling.allowed ? this.limiter.giveBack(this.perAccount, account) : undefined,
      ]);
    }
    return result;
  }

  /** Forgets the failed logins counted for this e-mail (from every address): a new password was set by an admin. */
  async clearFailures(email: string): Promise<void> {
    const account = accountKey(email);
    await Promise.all([this.limiter.resetPrefix(this.perAccountAndAddress, `${account}|`), this.limiter.reset(this.perAccount, account)]);
  }

  private async check(email: string, password: string): Promise<LoginResult> {
    const creds = await this.users.findCredentialsByEmail(normaliseEmail(email));
    if (!creds) {
      await verifyPassword(await this.getDummyHash(), password);
      return { ok: false, reason: 'invalid_credentials' };
    }
    const valid = await verifyPassword(creds.passwordHash, password);
    if (!valid) return { ok: false, reason: 'invalid_credentials' };
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

/** The counters' key for an e-mail: a digest of it normalised, so keys stay short and no address is stored in rate_limits. */
function accountKey(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('base64url').slice(0, 22);
}
