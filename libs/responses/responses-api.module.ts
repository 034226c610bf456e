import { Module } from '@nestjs/common';
import { TwilioSignatureGuard } from '@feedloop/delivery/twilio-signature.guard';
import { PublicPages } from './public-page';
import { ResponsesController } from './responses.controller';
import { ResponsesModule } from './responses.module';
import { SmsWebhooksController } from './sms-webhooks.controller';
import { SurveyPageController } from './survey-page.controller';
import { SurveyPage } from './survey.page';
import { UnsubscribePage } from './unsubscribe.page';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * The routes of the API app about answers: the public ones customers and the
 * SMS provider reach (outside /api/v1, no API key), and the API-key routes
 * reading responses (/api/v1/responses).
 */
@Module({
  imports: [ResponsesModule],
  controllers: [SmsWebhooksController, UnsubscribeController, SurveyPageController, ResponsesController],
  providers: [TwilioSignatureGuard, PublicPages, UnsubscribePage, SurveyPage],
})
export class ResponsesApiModule {}
