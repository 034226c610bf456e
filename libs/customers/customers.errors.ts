import { DomainError } from '@feedloop/core/errors/domain-error';

export class CustomerNotFoundError extends DomainError {
  readonly code = 'CUSTOMER_NOT_FOUND';
  constructor(id: string) {
    super(`customer ${id} does not exist`);
  }
}

/** The row is kept for anonymous statistics, but nothing about the person can be read any more. */
export class CustomerErasedError extends DomainError {
  readonly code = 'CUSTOMER_ERASED';
  constructor(id: string) {
    super(`customer ${id} has been erased`);
  }
}

export class CustomerExternalIdTakenError extends DomainError {
  readonly code = 'CUSTOMER_EXTERNAL_ID_TAKEN';
  constructor(externalId: string) {
    super(`externalId "${externalId}" already belongs to another customer`, 'externalId');
  }
}
