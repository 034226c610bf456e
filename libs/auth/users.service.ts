import { Injectable } from '@nestjs/common';
import { isEmail, isUUID } from 'class-validator';
import { DepartmentNotFoundError } from '@feedloop/departments/departments.errors';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { AccessScope } from './access-scope';
import { EmailTakenError, LastAdminError, UserNotFoundError } from './auth.errors';
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

@Injectable()
export class UsersService {
  constructor(
    private readonly repo: UsersRepository,
    private readonly departments: DepartmentsService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * The rules are enforced here, not only in CreateUserDto, because the CLI
   * and the first-admin bootstrap call this directly.
   */
  async createUser(input: CreateUserInput): Promise<UserEntity> {
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

    const created = await this.repo.insert({
      email,
      name,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      departmentId,
      locale,
    });
    if (!created) throw new EmailTakenError(email);
    return created;
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

  /** Also lifts a lock-out and signs the user out of every session, so a reset locks out whoever knew the old one. */
  async setPassword(id: string, password: string): Promise<void> {
    checkPasswordRules(password);
    const updated = isUUID(id) && (await this.repo.setPasswordHash(id, await hashPassword(password)));
    if (!updated) throw new UserNotFoundError(id);
    await this.sessions.endAllFor(id);
  }

  async setLocale(id: string, locale: Locale): Promise<void> {
    if (!LOCALES.includes(locale)) throw new InvalidInputError('locale must be one of: en, pl', 'locale');
    await this.repo.setLocale(id, locale);
  }

  async setDigestFrequency(id: string, frequency: DigestFrequency): Promise<void> {
    if (!DIGEST_FREQUENCIES.includes(frequency)) {
      throw new InvalidInputError(`digestFrequency must be one of the following values: ${DIGEST_FREQUENCIES.join(', ')}`, 'digestFrequency');
    }
    if (!isUUID(id) || !(await this.repo.setDigestFrequency(id, frequency))) throw new UserNotFoundError(id);
  }

  /** Active department heads (of one department, or all): who gets digests and SLA alerts. */
  departmentHeads(departmentId?: string): Promise<UserEntity[]> {
    return this.repo.activeDepartmentHeads(departmentId);
  }

  /** Active retention agents ordered by id (churn cases take them in turn). */
  retentionAgents(): Promise<UserEntity[]> {
    return this.repo.activeRetentionAgents();
  }

  /** Disabled users can not log in and lose their sessions; the row stays so history keeps its author. */
  async disable(id: string): Promise<void> {
    const user = await this.get(id);
    if (user.disabledAt) return;
    // Without an active admin nobody could add users or departments again short of the CLI.
    if (user.role === 'admin' && (await this.repo.countActiveAdmins()) <= 1) throw new LastAdminError();
    await this.repo.disable(id);
    await this.sessions.endAllFor(id);
  }
}

export function normaliseEmail(email: string): string {
  return (email ?? '').trim().toLowerCase();
}
