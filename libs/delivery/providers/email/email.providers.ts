import type { FactoryProvider } from '@nestjs/common';
import { DeliveryConfig } from '@feedloop/core/config/app-config';
import { EMAIL_PROVIDER, EmailProvider } from './email-provider';
import { OutboxEmailProvider } from './outbox.email-provider';
import { SmtpEmailProvider } from './smtp.email-provider';

export const emailProvider: FactoryProvider<EmailProvider> = {
  provide: EMAIL_PROVIDER,
  inject: [DeliveryConfig],
  useFactory: (cfg: DeliveryConfig): EmailProvider =>
    cfg.smtp.url ? new SmtpEmailProvider({ ...cfg.smtp, url: cfg.smtp.url }) : new OutboxEmailProvider(cfg.outboxDir, cfg.smtp.from),
};
