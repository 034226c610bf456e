import { DomainError } from '@feedloop/core/errors/domain-error';

export class DepartmentNotFoundError extends DomainError {
  readonly code = 'DEPARTMENT_NOT_FOUND';

  constructor(idOrKey: string, field?: string) {
    super(`department ${idOrKey} does not exist`, field);
  }
}

export class DepartmentKeyTakenError extends DomainError {
  readonly code = 'DEPARTMENT_KEY_TAKEN';

  constructor(key: string) {
    super(`key ${key} is already used by another department`, 'key');
  }
}
