/**
 * Base of every business error thrown by libs. Libs never throw HttpException:
 * the apps map `code` to a status (API) or a page (dashboard) in one place.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** Field the error is about, so API clients can show it next to the input. */
  readonly field?: string;

  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}

/** Raised when input passes shape validation but breaks a rule that needs the database. */
export class InvalidInputError extends DomainError {
  readonly code = 'INVALID_INPUT';
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}
