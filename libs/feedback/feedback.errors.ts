import { DomainError } from '@feedloop/core/errors/domain-error';

/** Also what a head gets for another department's item: its existence is not theirs to learn. */
export class FeedbackItemNotFoundError extends DomainError {
  readonly code = 'FEEDBACK_ITEM_NOT_FOUND';
  constructor(id: string) {
    super(`feedback item ${id} does not exist`, 'id');
  }
}

export class IllegalStatusChangeError extends DomainError {
  readonly code = 'ILLEGAL_STATUS_CHANGE';
  constructor(from: string, to: string, allowed: readonly string[]) {
    super(`status cannot change from ${from} to ${to}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`, 'status');
  }
}

export class CustomerUnreachableError extends DomainError {
  readonly code = 'CUSTOMER_UNREACHABLE';
  constructor(reason: string) {
    super(reason, 'channel');
  }
}
