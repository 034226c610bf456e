import { DomainError } from '@feedloop/core/errors/domain-error';

export class WebhookNotFoundError extends DomainError {
  readonly code = 'WEBHOOK_NOT_FOUND';
  constructor(id: string) {
    super(`webhook ${id} does not exist`);
  }
}
