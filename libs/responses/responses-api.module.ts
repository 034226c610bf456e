import { Module } from '@nestjs/common';
import { AnswerRateLimit } from './answer-rate-limit';
import { PublicPages } from './public-page';
import { ResponsesModule } from './responses.module';
import { SmsWebhooksController } from './sms-webhooks.controller';
import { SurveyPageController } from './survey-page.controller';
import { SurveyPage } from './survey.page';
import { TwilioSignatureGuard } from './twilio-signature.guard';
import { UnsubscribePage } from './unsubscribe.page';
import { UnsubscribeController } from './unsubscribe.controller';

/** The public routes of the API app that customers and the SMS provider reach: outside /api/v1, no API key. */
@Module({
  imports: [ResponsesModule],
  controllers: [SmsWebhooksController, UnsubscribeController, SurveyPageController],
  providers: [TwilioSignatureGuard, PublicPages, UnsubscribePage, SurveyPage, AnswerRateLimit],
})
export class ResponsesApiModule {}
