import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { DeliveryModule } from '@feedloop/delivery/delivery.module';
import { SurveysModule } from '@feedloop/surveys/surveys.module';
import { WebhooksModule } from '@feedloop/webhooks/webhooks.module';
import { AnswerRateLimit } from './answer-rate-limit';
import { ResponseChangeEntity } from './response-change.entity';
import { ResponseEntity } from './response.entity';
import { ResponsesQueryService } from './responses-query.service';
import { ResponsesReadRepository } from './responses-read.repository';
import { ResponsesRepository } from './responses.repository';
import { ResponsesService } from './responses.service';
import { SmsInboundListener } from './sms-inbound.listener';
import { SmsRepliesService } from './sms-replies.service';
import { SurveyAnswersRepository } from './survey-answers.repository';
import { SurveyAnswersService } from './survey-answers.service';
import { UnsubscribeService } from './unsubscribe.service';

/**
 * Answers to surveys (survey pages, SMS replies) and the customers' ways out (SMS STOP, the unsubscribe
 * link). Imports surveys and customers, never the reverse: they learn of
 * answers through InvitationsService.markAnswered and consent changes.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ResponseEntity, ResponseChangeEntity]), SurveysModule, CustomersModule, DeliveryModule, WebhooksModule],
  providers: [
    ResponsesRepository,
    ResponsesService,
    SmsRepliesService,
    SmsInboundListener,
    UnsubscribeService,
    ResponsesReadRepository,
    ResponsesQueryService,
    SurveyAnswersRepository,
    SurveyAnswersService,
    AnswerRateLimit,
  ],
  exports: [ResponsesService, SmsRepliesService, UnsubscribeService, ResponsesQueryService, SurveyAnswersService, AnswerRateLimit],
})
export class ResponsesModule {}
