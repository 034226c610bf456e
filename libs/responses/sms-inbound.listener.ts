import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobsConfig } from '@feedloop/core/config/app-config';
import { SMS_PROVIDER, SmsInboundEvent, SmsProvider } from '@feedloop/delivery/providers/sms/sms-provider';
import { InvitationsService } from '@feedloop/surveys/invitations.service';
import { SmsRepliesService } from './sms-replies.service';

/**
 * Replies and delivery receipts that arrive over the provider's own connection
 * (SMPP deliver_sm); HTTP providers post them to the webhooks instead.
 *
 * Only worker processes (WORKERS=on) listen: registering binds to the SMSC,
 * SMSC accounts allow few binds, and an API-only process must not take one.
 * This is the provider's only handler (it keeps one), so receipts are routed
 * from here too.
 */
@Injectable()
export class SmsInboundListener implements OnApplicationBootstrap {
  private readonly logger = new Logger(SmsInboundListener.name);

  constructor(
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
    private readonly jobs: JobsConfig,
    private readonly replies: SmsRepliesService,
    private readonly invitations: InvitationsService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.jobs.workers || !this.sms.onInbound) return;
    this.sms.onInbound((event) => this.handle(event));
    this.logger.log(`listening for SMS replies and delivery receipts over ${this.sms.name}`);
  }

  /** Resolves once stored; a rejection makes the SMSC deliver the event again. */
  async handle(event: SmsInboundEvent): Promise<void> {
    if (event.kind === 'reply') {
      await this.replies.handleInbound(event);
      return;
    }
    if (event.status === 'pending') return;
    const detail = `${event.providerStatus}${event.errorCode ? ` (error ${event.errorCode})` : ''}`;
    await this.invitations.applyDeliveryReport({ externalId: event.externalId, reference: event.reference ?? undefined }, event.status, detail);
  }
}
