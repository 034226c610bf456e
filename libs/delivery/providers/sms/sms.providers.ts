import type { FactoryProvider } from '@nestjs/common';
import { DeliveryConfig } from '@feedloop/core/config/app-config';
import { HttpSmsProvider } from './http.sms-provider';
import { OutboxSmsProvider } from './outbox.sms-provider';
import { SMS_PROVIDER, SmsProvider } from './sms-provider';
import { SmppSmsProvider } from './smpp.sms-provider';

export const smsProvider: FactoryProvider<SmsProvider> = {
  provide: SMS_PROVIDER,
  inject: [DeliveryConfig],
  useFactory: ({ sms, outboxDir }: DeliveryConfig): SmsProvider => {
    switch (sms.provider) {
      case 'http':
        return new HttpSmsProvider(section(sms.http, 'http'), sms.from);
      case 'smpp':
        return new SmppSmsProvider(section(sms.smpp, 'smpp'), sms.from);
      case 'outbox':
        return new OutboxSmsProvider(outboxDir, sms.from);
    }
  },
};

/** loadConfig() fills the section of the chosen provider; a hand-built config that does not is a bug. */
function section<T>(value: T | null, provider: string): T {
  if (!value) throw new Error(`DeliveryConfig.sms.${provider} is missing although SMS_PROVIDER=${provider}`);
  return value;
}
