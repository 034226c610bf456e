import { Module } from '@nestjs/common';
import { ResponsesModule } from './responses.module';
import { SmsWebhooksController } from './sms-webhooks.controller';
import { TwilioSignatureGuard } from '@feedloop/delivery/twilio-signature.guard';
import { UnsubscribePage } from './unsubscribe.page';
import { UnsubscribeController } from './unsubscribe.controller';

/** The public routes of the API app that customers and the SMS provider reach: outside /api/v1, no API key. */
@Module({
  imports: [ResponsesModule],
  controllers: [SmsWebhooksController, UnsubscribeController],
  providers: [TwilioSignatureGuard, UnsubscribePage],
})
export class ResponsesApiModule {}
