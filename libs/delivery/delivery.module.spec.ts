import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '@feedloop/core/config/config.module';
import { loadConfig } from '@feedloop/core/config/load-config';
import { DeliveryModule } from './delivery.module';
import { EMAIL_PROVIDER, EmailProvider } from './providers/email/email-provider';
import { OutboxEmailProvider } from './providers/email/outbox.email-provider';
import { SmtpEmailProvider } from './providers/email/smtp.email-provider';
import { HttpSmsProvider } from './providers/sms/http.sms-provider';
import { OutboxSmsProvider } from './providers/sms/outbox.sms-provider';
import { SMS_PROVIDER, SmsProvider } from './providers/sms/sms-provider';
import { SmppSmsProvider } from './providers/sms/smpp.sms-provider';
import { LoopbackSmsc } from '../../test/loopback-smsc';
import { SmtpCapture } from '../../test/smtp-capture';

async function boot(env: Record<string, string>): Promise<INestApplicationContext> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(join(tmpdir(), 'feedloop-delivery-')), LOG_LEVEL: 'error', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), DeliveryModule] }).compile();
  moduleRef.useLogger(false);
  return moduleRef.init();
}

describe(DeliveryModule.name, () => {
  it('writes to the outbox when neither SMTP_URL nor SMS_PROVIDER is set', async () => {
    const app = await boot({});
    expect(app.get<EmailProvider>(EMAIL_PROVIDER)).toBeInstanceOf(OutboxEmailProvider);
    expect(app.get<SmsProvider>(SMS_PROVIDER)).toBeInstanceOf(OutboxSmsProvider);
    await app.close();
  });

  it('sends through SMTP and the HTTP SMS provider when they are configured', async () => {
    const smtp = await SmtpCapture.start();
    const app = await boot({
      SMTP_URL: smtp.url,
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: 'http://127.0.0.1:9/2010-04-01',
      SMS_HTTP_ACCOUNT: 'AC1',
      SMS_HTTP_TOKEN: 'token-0123456789abcdef',
    });
    const email = app.get<EmailProvider>(EMAIL_PROVIDER);
    expect(email).toBeInstanceOf(SmtpEmailProvider);
    expect(app.get<SmsProvider>(SMS_PROVIDER)).toBeInstanceOf(HttpSmsProvider);
    await email.send({ to: 'a@example.com', subject: 'Ocena', html: '<p>ok</p>', text: 'ok' });
    await smtp.waitFor(1);
    await app.close();
    await smtp.close();
  });

  it('closes the SMPP bind with an unbind when the application shuts down', async () => {
    const smsc = await LoopbackSmsc.start();
    const app = await boot({ SMS_PROVIDER: 'smpp', SMPP_URL: smsc.url, SMPP_SYSTEM_ID: 'feedloop', SMPP_PASSWORD: 'secret' });
    const sms = app.get<SmsProvider>(SMS_PROVIDER);
    expect(sms).toBeInstanceOf(SmppSmsProvider);
    expect(smsc.binds).toHaveLength(0);

    await sms.send({ to: '+48601234567', text: 'Dziękujemy', reference: 'inv-1' });
    await app.close();

    expect(smsc.unbinds).toBe(1);
    await smsc.close();
  });
});
