import { DomainError } from '@feedloop/core/errors/domain-error';

export class EventNotFoundError extends DomainError {
  readonly code = 'EVENT_NOT_FOUND';
  constructor(id: string) {
    super(`event ${id} does not exist`, 'id');
  }
}

/** The event is well-formed but cannot be tied to a customer; sending `customer` details would create one. */
export class UnknownCustomerError extends DomainError {
  readonly code = 'UNKNOWN_CUSTOMER';
  constructor(externalId: string) {
    super(unknownCustomerMessage(externalId), 'customerExternalId');
  }
}

export function unknownCustomerMessage(externalId: string): string {
  return `customerExternalId "${externalId}" is not a known customer; add "customer" details to the event to create it`;
}
