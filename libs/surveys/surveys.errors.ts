import { DomainError } from '@feedloop/core/errors/domain-error';

export class SurveyNotFoundError extends DomainError {
  readonly code = 'SURVEY_NOT_FOUND';
  constructor(id: string) {
    super(`survey ${id} does not exist`);
  }
}
