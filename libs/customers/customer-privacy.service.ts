import { Injectable } from '@nestjs/common';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { CustomerNotFoundError } from './customers.errors';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import { CustomerResponseDto } from './dto/customer-response.dto';

export interface CustomerExport {
  exportedAt: string;
  customer: CustomerResponseDto;
  consentHistory: Array<{ channel: string; optedOut: boolean; source: string; changedAt: string }>;
  /** One section per PersonalDataContributor (events, responses...). */
  [section: string]: unknown;
}

/** GDPR access (art. 15) and erasure (art. 17) across every module that registered personal data. */
@Injectable()
export class CustomerPrivacyService {
  constructor(
    private readonly repo: CustomersRepository,
    private readonly customers: CustomersService,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditLog,
  ) {}

  export(customerId: string): Promise<CustomerExport> {
    return this.repo.snapshot(async (manager) => {
      const customer = await this.customers.findLive(customerId, manager);
      const sections: Record<string, unknown> = {};
      for (const contributor of this.registry.all()) {
        sections[contributor.section] = await contributor.export(customerId, manager);
      }
      const history = await this.repo.consentHistory(customerId, manager);
      return {
        ...sections,
        exportedAt: new Date().toISOString(),
        customer: await this.customers.view(customer, manager),
        consentHistory: history.map((c) => ({
          channel: c.channel,
          optedOut: c.optedOut,
          source: c.source,
          changedAt: c.createdAt.toISOString(),
        })),
      };
    });
  }

  /**
   * Removes the person but keeps the row, so scores stay in statistics under an
   * id that no longer leads to anyone. Idempotent: a second call returns the
   * first erasure time. Every contributor erases in the same transaction, so a
   * failure in one leaves the customer fully intact rather than half erased.
   */
  erase(customerId: string, actor: AuditActor = SYSTEM_ACTOR): Promise<{ id: string; erasedAt: string }> {
    return this.repo.transaction(async (manager) => {
      const customer = await this.repo.lockById(customerId, manager);
      if (!customer) throw new CustomerNotFoundError(customerId);
      if (customer.erasedAt) return { id: customer.id, erasedAt: customer.erasedAt.toISOString() };
      for (const contributor of this.registry.all()) await contributor.erase(customerId, manager);
      // Consent history says when and how a person answered; it goes with them.
      await this.repo.deleteConsentHistory(customerId, manager);
      const erased = await this.repo.erase(customerId, manager);
      // Who erased whom and when stays; what the person was does not (the audit log's own contributor cleared that above).
      await this.audit.record(manager, actor, { action: 'customer.erased', entityType: 'customer', entityId: customerId, customerId, before: { erased: false }, after: { erased: true } });
      return { id: erased.id, erasedAt: erased.erasedAt!.toISOString() };
    });
  }
}
