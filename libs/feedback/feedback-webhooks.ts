import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CustomersService } from '@feedloop/customers/customers.service';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { WebhooksService } from '@feedloop/webhooks/webhooks.service';
import { FeedbackItemsRepository, ItemRow } from './feedback-items.repository';

/** feedback_item.created / feedback_item.resolved, queued in the transaction that made the change. */
@Injectable()
export class FeedbackWebhooks {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly items: FeedbackItemsRepository,
    private readonly departments: DepartmentsService,
    private readonly customers: CustomersService,
  ) {}

  itemCreated(itemId: string, m: EntityManager): Promise<number> {
    return this.publish('feedback_item.created', itemId, m);
  }

  itemResolved(itemId: string, m: EntityManager): Promise<number> {
    return this.publish('feedback_item.resolved', itemId, m);
  }

  private publish(type: 'feedback_item.created' | 'feedback_item.resolved', itemId: string, m: EntityManager): Promise<number> {
    return this.webhooks.publish(m, [type], async () => {
      const item = (await this.items.findById(itemId, m))!;
      const department = await this.departments.get(item.departmentId);
      const externalId = await this.customers.externalIdOf(item.customerId, m);
      return { occurredAt: item.updatedAt, customerId: item.customerId, data: { feedbackItem: toWebhookItem(item, department, externalId) } };
    });
  }
}

/** The item in webhook bodies; receivers code against it, so fields are only ever added. */
function toWebhookItem(item: ItemRow, department: { id: string; key: string; name: string }, externalId: string | null) {
  return {
    id: item.id,
    department: { id: department.id, key: department.key, name: department.name },
    themes: item.themes.map((t) => ({ key: t.key, confidence: t.confidence })),
    status: item.status,
    reason: item.reason,
    metric: item.metric,
    score: item.score,
    comment: item.comment,
    customer: { id: item.customerId, externalId },
    contact: { channel: item.contactChannel, team: item.team, agent: item.agent, caseId: item.caseId },
    responseId: item.responseId,
    acknowledgeBy: item.acknowledgeBy.toISOString(),
    resolveBy: item.resolveBy.toISOString(),
    resolvedAt: item.resolvedAt ? item.resolvedAt.toISOString() : null,
    resolutionNote: item.resolutionNote,
    createdAt: item.createdAt.toISOString(),
  };
}
