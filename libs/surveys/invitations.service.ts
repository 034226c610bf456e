import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Cursor, Keyed } from '@feedloop/core/http/cursor';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { UUID } from '@feedloop/core/validation';
import { InvitationEntity, InvitationStatus } from './invitation.entity';
import { InvitationLogEntity } from './invitation-log.entity';
import { InvitationView, InvitationsRepository } from './invitations.repository';

/** How a delivery report names its message: our reference (the invitation id), the provider's id, or both. */
export interface DeliveryReportIds {
  externalId?: string;
  reference?: string;
}

/**
 * Invitations as other modules see them: answers (responses) find and close
 * them, delivery reports update them. Sending is SurveyDispatchService's.
 */
@Injectable()
export class InvitationsService implements OnModuleInit {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly repo: InvitationsRepository,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'invitations',
      // The token is a bearer credential for answering: an export file is no place for it.
      export: async (customerId, manager) =>
        (await this.repo.findByCustomer(customerId, manager)).map(({ token: _token, ...invitation }) => invitation),
      // Nothing personal is stored in an invitation (the token is random): statistics keep the rows.
      erase: async () => undefined,
    });
  }

  findById(id: string): Promise<InvitationEntity | null> {
    return this.repo.findById(id);
  }

  /** The invitation a link's token belongs to, or null. */
  findByToken(token: string): Promise<InvitationEntity | null> {
    return this.repo.findByToken(token);
  }

  /**
   * The survey this customer was texted last that may still be answered
   * (sent, delivered, or answered and so open to a changed answer; not
   * expired), or null: what an SMS reply from them answers.
   */
  findOpenSmsInvitationForCustomer(customerId: string): Promise<InvitationEntity | null> {
    return this.repo.findOpenSms(customerId);
  }

  /**
   * Records that an answer arrived; false when it was answered already or can
   * no longer be. With `manager`, in that transaction (the response's).
   */
  markAnswered(invitationId: string, manager?: EntityManager): Promise<boolean> {
    return this.repo.markAnswered(invitationId, manager);
  }

  /** Adds a line to the invitation's history (`status` may be any word: 'reply_ignored', 'opted_out'). */
  log(invitationId: string, status: string, detail: string | null): Promise<void> {
    return this.repo.log(invitationId, status, detail);
  }

  history(invitationId: string): Promise<InvitationLogEntity[]> {
    return this.repo.logEntries(invitationId);
  }

  /**
   * A customer's invitations, newest first by when they were sent (never
   * sent: created), strictly after `before` in that order (for the customer
   * timeline, which merges them with other lists).
   */
  listForCustomer(customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<InvitationView>>> {
    return this.repo.listForCustomer(customerId, before, limit);
  }

  countsBySurvey(): Promise<Map<string, { sent: number; answered: number }>> {
    return this.repo.countsBySurvey();
  }

  /**
   * Applies a provider's delivery report (HTTP status callback or SMPP
   * receipt). The reference is tried first: it works even before the
   * provider's id has been recorded. Returns the invitation and its status
   * after the report, or null when the report matches no invitation.
   */
  async applyDeliveryReport(
    ids: DeliveryReportIds,
    outcome: 'delivered' | 'failed',
    detail: string,
  ): Promise<{ invitationId: string; status: InvitationStatus } | null> {
    let invitation = ids.reference && UUID.test(ids.reference) ? await this.repo.findById(ids.reference) : null;
    if (!invitation && ids.externalId) invitation = await this.repo.findByProviderMessageId(ids.externalId);
    if (!invitation) {
      this.logger.debug(`delivery report ${JSON.stringify(ids)} (${outcome}) matches no invitation`);
      return null;
    }
    const status = await this.repo.applyDeliveryReport(invitation.id, outcome, detail);
    return status ? { invitationId: invitation.id, status } : null;
  }
}
