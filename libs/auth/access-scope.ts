import type { WhereExpressionBuilder } from 'typeorm';
import { AccessDeniedError } from './auth.errors';
import type { Role } from './roles';

/**
 * What department-owned data a signed-in user may read. Built once per request
 * from the user row (not from the session, so a role change applies at once)
 * and handed to every service method that reads department data, so the
 * restriction lives in the query, not in each page remembering to filter.
 *
 * - admin, analyst: every department;
 * - department_head: only their own department;
 * - retention_agent: no department's data (they work churn cases, which are
 *   scoped by their own rules).
 */
const SYSTEM = 'system';

export class AccessScope {
  private constructor(
    readonly userId: string,
    readonly role: Role,
    readonly departmentId: string | null,
    /** Set when the caller is an API key rather than a signed-in user. */
    readonly apiKeyId: string | null = null,
  ) {}

  static of(user: { id: string; role: Role; departmentId: string | null }): AccessScope {
    return new AccessScope(user.id, user.role, user.departmentId);
  }

  /**
   * An API key bound to a department reads like that department's head;
   * an unbound key like an analyst (integrations see every department).
   */
  static forApiKey(key: { id: string; departmentId: string | null }): AccessScope {
    return key.departmentId
      ? new AccessScope(key.id, 'department_head', key.departmentId, key.id)
      : new AccessScope(key.id, 'analyst', null, key.id);
  }

  /**
   * Every department, for a service's own look-ups that no caller's scope
   * may narrow (names for labels, the item a head just moved away). Never
   * built from a request.
   */
  static system(): AccessScope {
    return new AccessScope(SYSTEM, 'admin', null);
  }

  /** The user to record as the actor of a change; null for API keys and the system. */
  get actorUserId(): string | null {
    return this.apiKeyId || this.userId === SYSTEM ? null : this.userId;
  }

  get seesAllDepartments(): boolean {
    return this.role === 'admin' || this.role === 'analyst';
  }

  /** The one department this scope is limited to, or null when it sees all or none. */
  get ownDepartmentId(): string | null {
    return this.role === 'department_head' ? this.departmentId : null;
  }

  canSeeDepartment(departmentId: string | null | undefined): boolean {
    if (this.seesAllDepartments) return true;
    const own = this.ownDepartmentId;
    return own !== null && departmentId === own;
  }

  assertCanSeeDepartment(departmentId: string | null | undefined): void {
    if (!this.canSeeDepartment(departmentId)) throw new AccessDeniedError('you do not have access to this department');
  }

  /**
   * Restricts a query to the rows this scope may read. `column` is the
   * qualified department column of the queried table (`f.department_id`); it
   * is written into SQL, so it must come from code, never from input.
   * Rows without a department (NULL) are visible only to admins and analysts.
   */
  applyDepartmentScope<Q extends WhereExpressionBuilder>(qb: Q, column: string): Q {
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)?$/.test(column)) throw new Error(`not a column reference: ${column}`);
    if (this.seesAllDepartments) return qb;
    const own = this.ownDepartmentId;
    // A distinct parameter name so it cannot clash with one the caller already bound.
    if (own !== null) return qb.andWhere(`${column} = :scopeDepartmentId`, { scopeDepartmentId: own }) as Q;
    return qb.andWhere('1 = 0') as Q;
  }
}
