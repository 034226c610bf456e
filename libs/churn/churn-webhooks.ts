import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WebhooksService } from '@feedloop/webhooks/webhooks.service';
import { ChurnCasesRepository } from './churn-cases.repository';
import { toCaseDto } from './churn-case.view';

/** churn_case.opened / churn_case.closed, queued in the transaction that made the change; the body's `churnCase` is the API's case shape. */
@Injectable()
export class ChurnWebhooks {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly repo: ChurnCasesRepository,
  ) {}

  opened(caseId: string, m: EntityManager): Promise<number> {
    return this.publish('churn_case.opened', caseId, m);
  }

  closed(caseId: string, m: EntityManager): Promise<number> {
    return this.publish('churn_case.closed', caseId, m);
  }

  private publish(type: 'churn_case.opened' | 'churn_case.closed', caseId: string, m: EntityManager): Promise<number> {
    return this.webhooks.publish(m, [type], async () => {
      const row = (await this.repo.findById(caseId, m))!;
      const offers = await this.repo.offersOf([caseId], m);
      return { occurredAt: row.updated_at, customerId: row.customer_id, data: { churnCase: toCaseDto(row, offers) } };
    });
  }
}
