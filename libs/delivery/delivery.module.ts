import { Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EMAIL_PROVIDER, EmailProvider } from './providers/email/email-provider';
import { emailProvider } from './providers/email/email.providers';
import { SMS_PROVIDER, SmsProvider } from './providers/sms/sms-provider';
import { smsProvider } from './providers/sms/sms.providers';

/**
 * The channels Feedloop talks to customers through. Inject with
 * `@Inject(EMAIL_PROVIDER) email: EmailProvider` / `@Inject(SMS_PROVIDER) sms: SmsProvider`;
 * which implementation stands behind each token is decided by DeliveryConfig.
 */
@Module({
  providers: [emailProvider, smsProvider],
  exports: [EMAIL_PROVIDER, SMS_PROVIDER],
})
export class DeliveryModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryModule.name);

  constructor(
    @Inject(EMAIL_PROVIDER) private readonly email: EmailProvider,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
  ) {}

  /** A wrong SMTP_URL or password shows up in the log at start, not at the first survey; boot does not wait for it. */
  onApplicationBootstrap(): void {
    this.logger.log(`e-mail goes through ${this.email.name}, SMS through ${this.sms.name}`);
    this.email.verify?.().catch((err: Error) => this.logger.warn(`the SMTP server cannot be used yet (${err.message}); e-mails will be retried`));
  }

  /** Pooled SMTP connections and the SMPP bind are closed politely, so the SMSC stops routing replies here. */
  async onApplicationShutdown(): Promise<void> {
    const results = await Promise.allSettled([this.email.close(), this.sms.close()]);
    for (const r of results) if (r.status === 'rejected') this.logger.warn(`closing a delivery provider failed: ${String(r.reason)}`);
  }
}
