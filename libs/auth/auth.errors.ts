import { DomainError } from '@feedloop/core/errors/domain-error';

export class EmailTakenError extends DomainError {
  readonly code = 'EMAIL_TAKEN';

  constructor(email: string) {
    super(`email ${email} is already used by another user`, 'email');
  }
}

export class UserNotFoundError extends DomainError {
  readonly code = 'USER_NOT_FOUND';

  constructor(id: string) {
    super(`user ${id} does not exist`);
  }
}

export class LastAdminError extends DomainError {
  readonly code = 'LAST_ADMIN';

  constructor(message = 'the last active admin can not be disabled') {
    super(message);
  }
}

/** No signed-in user on a route that needs one; the dashboard answers with a redirect to /login. */
export class NotSignedInError extends DomainError {
  readonly code = 'NOT_SIGNED_IN';

  constructor() {
    super('sign in to see this page');
  }
}

/** The signed-in user's role or department does not reach what was asked for. */
export class AccessDeniedError extends DomainError {
  readonly code = 'ACCESS_DENIED';

  constructor(message = 'you do not have access to this page') {
    super(message);
  }
}

export class ApiKeyNotFoundError extends DomainError {
  readonly code = 'API_KEY_NOT_FOUND';

  constructor(id: string) {
    super(`there is no active API key ${id}`);
  }
}
