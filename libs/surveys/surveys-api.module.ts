import { Module } from '@nestjs/common';
import { SmsStatusWebhookController } from './sms-status-webhook.controller';
import { SurveysController } from './surveys.controller';
import { SurveysModule } from './surveys.module';

/** The HTTP routes of surveys, for the API app only. */
@Module({
  imports: [SurveysModule],
  controllers: [SurveysController, SmsStatusWebhookController],
})
export class SurveysApiModule {}
