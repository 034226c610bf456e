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

/** The key was used before for an event with another body: a retry must repeat the request exactly. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor(key: string) {
    super(idempotencyKeyReusedMessage(key), 'idempotencyKey');
  }
}

export function idempotencyKeyReusedMessage(key: string): string {
  return `idempotencyKey "${key}" was already used for an event with a different body`;
}

/** Whether a request may replay the stored event: same body, or a row stored before bodies were hashed. */
export function sameBody(stored: string | null | undefined, sent: string): boolean {
  return stored == null || stored === sent;
}

export function unknownCustomerMessage(externalId: string): string {
  return `customerExternalId "${externalId}" is not a known customer; add "customer" details to the event to create it`;
}
