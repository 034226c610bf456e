import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isEmail, isUUID } from 'class-validator';
import { DepartmentNotFoundError } from '@feedloop/departments/departments.errors';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { AccessScope } from './access-scope';
import { EmailTakenError, LastAdminError, UserNotFoundError } from './auth.errors';
import { LoginService } from './login.service';
import { normaliseEmail } from './normalise-email';
import { checkPasswordRules, hashPassword } from './passwords';
import { LOCALES, type Locale, type Role, isRole } from './roles';
import { SessionsService } from './sessions.service';
import { UserEntity, DIGEST_FREQUENCIES, DigestFrequency } from './user.entity';
import { UsersRepository } from './users.repository';

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  role: Role;
  departmentId?: string | null;
  locale?: Locale;
}

/** What an admin may change of a user (e-mail stays: it is how they sign in and what the log names them by). */
export interface UpdateUserInput {
  name?: string;
  role?: Role;
  departmentId?: string | null;
  locale?: Locale;
}

/** A user as the audit log shows them: never the password hash. */
function auditSnapshot(u: UserEntity) {
  return {
    email: u.email,
    name: u.name,
    role: u.role,
    departmentId: u.departmentId,
    locale: u.locale,
    digestFrequency: u.digestFrequency,
    disabled: u.disabledAt !== null,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly repo: UsersRepository,
    private readonly departments: DepartmentsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
    private readonly login: LoginService,
  ) {}

  /**
   * The rules are enforced here, not only in CreateUserDto, because the CLI
   * and the first-admin bootstrap call this directly.
   */
  async createUser(input: CreateUserInput, actor: AuditActor = SYSTEM_ACTOR): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    if (!isEmail(email) || email.length > 320) throw new InvalidInputError('email must be an email', 'email');
    const name = input.name?.trim() ?? '';
    if (name.length < 1 || name.length > 200) throw new InvalidInputError('name must be 1 to 200 characters long', 'name');
    if (!isRole(input.role)) throw new InvalidInputError(`role must be one of: admin, analyst, department_head, retention_agent`, 'role');
    const locale = input.locale ?? 'en';
    if (!LOCALES.includes(locale)) throw new InvalidInputError('locale must be one of: en, pl', 'locale');
    checkPasswordRules(input.password);

    const departmentId = input.departmentId || null;
    if (input.role === 'department_head' && !departmentId) {
      throw new InvalidInputError('departmentId is required for a department head', 'departmentId');
    }
    if (departmentId) await this.requireDepartment(departmentId);

    const passwordHash = await hashPassword(input.password);
    return this.repo.transaction(async (m) => {
      const created = await this.repo.insert({ email, name, passwordHash, role: input.role, departmentId, locale }, m);
      if (!created) throw new EmailTakenError(email);
      await this.audit.record(m, actor, { action: 'user.created', entityType: 'user', entityId: created.id, after: auditSnapshot(created) });
      return created;
    });
  }

  /**
   * Role, department, name and language. A department head needs a
   * department; the last active admin keeps their role. Takes effect on the
   * user's next click (sessions read the user row on every request).
   */
  async update(id: string, input: UpdateUserInput, actor: AuditActor): Promise<UserEntity> {
    if (!isUUID(id)) throw new UserNotFoundError(id);
    if (input.role !== undefined && !isRole(input.role)) throw new InvalidInputError(`role must be one of: admin, analyst, department_head, retention_agent`, 'role');
    if (input.locale !== undefined && !LOCALES.includes(input.locale)) throw new InvalidInputError('locale must be one of: en, pl', 'locale');
    const name = input.name === undefined ? undefined : input.name.trim();
    if (name !== undefined && (name.length < 1 || name.length > 200)) throw new InvalidInputError('name must be 1 to 200 characters long', 'name');
    const departmentId = input.departmentId === undefined ? undefined : input.departmentId || null;
    if (departmentId) await this.requireDepartment(departmentId);
    return this.repo.transaction(async (m) => {
      if (input.role !== undefined && input.role !== 'admin') await this.repo.lockAdmins(m);
      const current = await this.repo.lockById(id, m);
      if (!current) throw new UserNotFoundError(id);
      const role = input.role ?? current.role;
      const nextDepartment = departmentId === undefined ? current.departmentId : departmentId;
      if (role === 'department_head' && !nextDepartment) throw new InvalidInputError('departmentId is required for a department head', 'departmentId');
      if (current.role === 'admin' && role !== 'admin' && !current.disabledAt && (await this.repo.countActiveAdmins(m)) <= 1) {
        throw new LastAdminError('the last active admin must stay an admin');
      }
      const patch = {
        ...(name !== undefined ? { name } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        role,
        departmentId: nextDepartment,
      };
      await this.repo.update(id, patch, m);
      const updated = (await this.repo.findById(id, m))!;
      await this.audit.record(m, actor, { action: 'user.updated', entityType: 'user', entityId: id, before: auditSnapshot(current), after: auditSnapshot(updated) });
      return updated;
    });
  }

  private async requireDepartment(id: string): Promise<void> {
    try {
      await this.departments.get(id);
    } catch (err) {
      if (err instanceof DepartmentNotFoundError) throw new InvalidInputError('departmentId must be an existing department', 'departmentId');
      throw err;
    }
  }

  /** How many users exist at all: the first-admin bootstrap runs only on an empty table. */
  count(): Promise<number> {
    return this.repo.count();
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findByEmail(normaliseEmail(email));
  }

  async get(id: string): Promise<UserEntity> {
    const user = isUUID(id) ? await this.repo.findById(id) : null;
    if (!user) throw new UserNotFoundError(id);
    return user;
  }

  /** The user behind a session, or null once they were disabled or deleted. */
  async findActiveById(id: string): Promise<UserEntity | null> {
    if (!isUUID(id)) return null;
    const user = await this.repo.findById(id);
    return user && !user.disabledAt ? user : null;
  }

  /**
   * Users the scope may see: everyone for admins and analysts, their own
   * department's for a department head, nobody for a retention agent.
   * `departmentId` narrows further; it never widens the scope.
   */
  list(scope: AccessScope, filter: { departmentId?: string } = {}): Promise<UserEntity[]> {
    if (filter.departmentId !== undefined && !isUUID(filter.departmentId)) return Promise.resolve([]);
    return this.repo.list(scope, filter);
  }

  /** Also lifts the lock-outs of the user's e-mail (every address) and signs the user out of every session, so a reset locks out whoever knew the old one. */
  async setPassword(id: string, password: string, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
    checkPasswordRules(password);
    if (!isUUID(id)) throw new UserNotFoundError(id);
    const passwordHash = await hashPassword(password);
    const email = await this.repo.transaction(async (m) => {
      const current = await this.repo.lockById(id, m);
      if (!current || !(await this.repo.setPasswordHash(id, passwordHash, m))) throw new UserNotFoundError(id);
      // The log says a reset happened; the password itself never goes there.
      await this.audit.record(m, actor, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: id,
        before: {},
        after: { loginFailuresCleared: true, signedOutEverywhere: true },
      });
      return current.email;
    });
    await this.sessions.endAllFor(id);
    await this.login.clearFailures(email);
  }

  /** The user's own language (the layout's switch): an account setting, audited like the others. */
  async setLocale(id: string, locale: Locale, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
    if (!LOCALES.includes(locale)) throw new InvalidInputError('locale must be one of: en, pl', 'locale');
    await this.changeOwnSetting(id, actor, (m) => this.repo.setLocale(id, locale, m));
  }

  async setDigestFrequency(id: string, frequency: DigestFrequency, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
    if (!DIGEST_FREQUENCIES.includes(frequency)) {
      throw new InvalidInputError(`digestFrequency must be one of the following values: ${DIGEST_FREQUENCIES.join(', ')}`, 'digestFrequency');
    }
    await this.changeOwnSetting(id, actor, (m) => this.repo.setDigestFrequency(id, frequency, m));
  }

  private async changeOwnSetting(id: string, actor: AuditActor, write: (m: EntityManager) => Promise<unknown>): Promise<void> {
    if (!isUUID(id)) throw new UserNotFoundError(id);
    await this.repo.transaction(async (m) => {
      const current = await this.repo.lockById(id, m);
      if (!current) throw new UserNotFoundError(id);
      await write(m);
      const updated = (await this.repo.findById(id, m))!;
      await this.audit.record(m, actor, { action: 'user.settings_changed', entityType: 'user', entityId: id, before: auditSnapshot(current), after: auditSnapshot(updated) });
    });
  }

  /** Active department heads (of one department, or all): who gets digests and SLA alerts. */
  departmentHeads(departmentId?: string): Promise<UserEntity[]> {
    return this.repo.activeDepartmentHeads(departmentId);
  }

  /** Active users of these roles, by name (for pickers: who may own a churn case). */
  activeWithRoles(roles: readonly Role[]): Promise<UserEntity[]> {
    return this.repo.activeWithRoles(roles);
  }

  /** Active retention agents ordered by id (churn cases take them in turn). */
  retentionAgents(): Promise<UserEntity[]> {
    return this.repo.activeRetentionAgents();
  }

  /** Disabled users can not log in and lose their sessions; the row stays so history keeps its author. */
  async disable(id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<void> {
    await this.get(id);
    const changed = await this.repo.transaction(async (m) => {
      await this.repo.lockAdmins(m);
      const user = (await this.repo.lockById(id, m))!;
      if (user.disabledAt) return false;
      // Without an active admin nobody could add users or departments again short of the CLI.
      if (user.role === 'admin' && (await this.repo.countActiveAdmins(m)) <= 1) throw new LastAdminError();
      await this.repo.disable(id, m);
      await this.audit.record(m, actor, { action: 'user.deactivated', entityType: 'user', entityId: id, before: auditSnapshot(user), after: auditSnapshot((await this.repo.findById(id, m))!) });
      return true;
    });
    if (changed) await this.sessions.endAllFor(id);
  }

  /** Lets a disabled user sign in again (with the password they had; reset it if they forgot). */
  async enable(id: string, actor: AuditActor): Promise<void> {
    await this.get(id);
    await this.repo.transaction(async (m) => {
      const user = (await this.repo.lockById(id, m))!;
      if (!user.disabledAt) return;
      await this.repo.enable(id, m);
      await this.audit.record(m, actor, { action: 'user.reactivated', entityType: 'user', entityId: id, before: auditSnapshot(user), after: auditSnapshot((await this.repo.findById(id, m))!) });
    });
  }
}
