import { DomainError } from '@feedloop/core/errors/domain-error';

export class ChurnCaseNotFoundError extends DomainError {
  readonly code = 'CHURN_CASE_NOT_FOUND';
  constructor(id: string) {
    super(`churn case ${id} does not exist`, 'id');
  }
}

export class ChurnOfferNotFoundError extends DomainError {
  readonly code = 'CHURN_OFFER_NOT_FOUND';
  constructor(id: string) {
    super(`offer ${id} does not exist on this case`, 'offerId');
  }
}

export class OfferTypeNotFoundError extends DomainError {
  readonly code = 'CHURN_OFFER_TYPE_NOT_FOUND';
  constructor(id: string) {
    super(`offer type ${id} does not exist`, 'id');
  }
}

export class OfferTypeKeyTakenError extends DomainError {
  readonly code = 'CHURN_OFFER_TYPE_KEY_TAKEN';
  constructor(key: string) {
    super(`an offer type with key ${key} exists already`, 'key');
  }
}

/** Closed cases take no more changes; the message names what could be done instead. */
export class ChurnCaseClosedError extends DomainError {
  readonly code = 'CHURN_CASE_CLOSED';
  constructor(id: string, status: string) {
    super(`churn case ${id} is ${status}; a closed case cannot be changed`, 'status');
  }
}
