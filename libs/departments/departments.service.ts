import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { AccessScope } from '@feedloop/auth/access-scope';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { DepartmentEntity } from './department.entity';
import { DepartmentKeyTakenError, DepartmentNotFoundError } from './departments.errors';
import { DepartmentsRepository } from './departments.repository';
import { DEPARTMENT_KEY_PATTERN } from './dto/create-department.dto';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly repo: DepartmentsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Every department: names are not department data, so pickers and labels use the full list. */
  list(): Promise<DepartmentEntity[]> {
    return this.repo.list();
  }

  /** The departments whose data the scope may open (all, their own, or none). */
  listVisible(scope: AccessScope): Promise<DepartmentEntity[]> {
    return this.repo.listVisible(scope);
  }

  async get(id: string): Promise<DepartmentEntity> {
    // A malformed id would make PostgreSQL reject the uuid cast; to a caller it is simply not a department.
    const found = isUUID(id) ? await this.repo.findById(id) : null;
    if (!found) throw new DepartmentNotFoundError(id);
    return found;
  }

  async getByKey(key: string): Promise<DepartmentEntity> {
    const found = await this.repo.findByKey(key);
    if (!found) throw new DepartmentNotFoundError(key, 'key');
    return found;
  }

  /** Rules are checked here as well as in the DTO because the CLI and seeds call the service directly. */
  async create(input: { key: string; name: string }, actor: AuditActor = SYSTEM_ACTOR): Promise<DepartmentEntity> {
    const key = input.key.trim();
    const name = checkName(input.name);
    if (!DEPARTMENT_KEY_PATTERN.test(key)) {
      throw new InvalidInputError(
        'key must start with a lower-case letter and contain only a-z, 0-9 and _ (2 to 63 characters)',
        'key',
      );
    }
    return this.repo.transaction(async (m) => {
      const created = await this.repo.insert({ key, name }, m);
      if (!created) throw new DepartmentKeyTakenError(key);
      await this.audit.record(m, actor, { action: 'department.created', entityType: 'department', entityId: created.id, after: auditSnapshot(created) });
      return created;
    });
  }

  /** SLA of the items routed to the department; items already open keep the deadlines they were given. */
  async updateSla(id: string, sla: { ackSlaHours: number; resolveSlaDays: number }, actor: AuditActor = SYSTEM_ACTOR): Promise<DepartmentEntity> {
    if (!Number.isInteger(sla.ackSlaHours) || sla.ackSlaHours < 1 || sla.ackSlaHours > 720) {
      throw new InvalidInputError('ackSlaHours must be a whole number from 1 to 720', 'ackSlaHours');
    }
    if (!Number.isInteger(sla.resolveSlaDays) || sla.resolveSlaDays < 1 || sla.resolveSlaDays > 365) {
      throw new InvalidInputError('resolveSlaDays must be a whole number from 1 to 365', 'resolveSlaDays');
    }
    return this.change(id, { ackSlaHours: sla.ackSlaHours, resolveSlaDays: sla.resolveSlaDays }, actor);
  }

  async rename(id: string, name: string, actor: AuditActor = SYSTEM_ACTOR): Promise<DepartmentEntity> {
    return this.change(id, { name: checkName(name) }, actor);
  }

  private async change(id: string, patch: Partial<Pick<DepartmentEntity, 'name' | 'ackSlaHours' | 'resolveSlaDays'>>, actor: AuditActor): Promise<DepartmentEntity> {
    if (!isUUID(id)) throw new DepartmentNotFoundError(id);
    return this.repo.transaction(async (m) => {
      const before = await this.repo.lockById(id, m);
      const after = before && (await this.repo.update(id, patch, m));
      if (!before || !after) throw new DepartmentNotFoundError(id);
      await this.audit.record(m, actor, { action: 'department.updated', entityType: 'department', entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
      return after;
    });
  }
}

function auditSnapshot(d: DepartmentEntity) {
  return { key: d.key, name: d.name, ackSlaHours: d.ackSlaHours, resolveSlaDays: d.resolveSlaDays };
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > 120) throw new InvalidInputError('name must be 1 to 120 characters long', 'name');
  return name;
}
