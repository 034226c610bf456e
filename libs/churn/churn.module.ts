import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@feedloop/audit/audit.module';
import { AuthModule } from '@feedloop/auth/auth.module';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { EventsModule } from '@feedloop/events/events.module';
import { FeedbackModule } from '@feedloop/feedback/feedback.module';
import { ResponsesModule } from '@feedloop/responses/responses.module';
import { SurveysModule } from '@feedloop/surveys/surveys.module';
import { WebhooksModule } from '@feedloop/webhooks/webhooks.module';
import { ChurnAnalyticsService } from './churn-analytics.service';
import { ChurnCaseActivityEntity, ChurnCaseEntity, ChurnOfferEntity, ChurnOfferTypeEntity } from './churn-case.entity';
import { ChurnCasesRepository } from './churn-cases.repository';
import { ChurnCasesService } from './churn-cases.service';
import { ChurnEventsConsumer } from './churn-events.consumer';
import { ChurnInterviewRouting } from './churn-interview-routing';
import { ChurnOfferTypesService } from './churn-offer-types.service';
import { ChurnWebhooks } from './churn-webhooks';

/**
 * Churn cases and exit interviews: a consumer of cancellation events, the
 * retention team's cases, save offers, and the routing of exit interviews to
 * departments through feedback. Without routes, so the workers and the
 * dashboard can use it; none of the modules it imports imports it.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChurnCaseEntity, ChurnCaseActivityEntity, ChurnOfferEntity, ChurnOfferTypeEntity]),
    AuthModule,
    AuditModule,
    CustomersModule,
    EventsModule,
    SurveysModule,
    ResponsesModule,
    FeedbackModule,
    WebhooksModule,
  ],
  providers: [ChurnCasesRepository, ChurnCasesService, ChurnOfferTypesService, ChurnAnalyticsService, ChurnWebhooks, ChurnInterviewRouting, ChurnEventsConsumer],
  exports: [ChurnCasesService, ChurnOfferTypesService, ChurnAnalyticsService, ChurnEventsConsumer, ChurnInterviewRouting],
})
export class ChurnModule {}
