import { DomainError } from '@feedloop/core/errors/domain-error';

export class ResponseNotFoundError extends DomainError {
  readonly code = 'RESPONSE_NOT_FOUND';
  constructor(id: string) {
    super(`response ${id} does not exist`);
  }
}
