import { AuditModule } from '@feedloop/audit/audit.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@feedloop/auth/auth.module';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { DeliveryModule } from '@feedloop/delivery/delivery.module';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { EventsModule } from '@feedloop/events/events.module';
import { ResponsesModule } from '@feedloop/responses/responses.module';
import { SurveysModule } from '@feedloop/surveys/surveys.module';
import { ThemesModule } from '@feedloop/themes/themes.module';
import { WebhooksModule } from '@feedloop/webhooks/webhooks.module';
import { FeedbackAlertsRepository } from './feedback-alerts.repository';
import { FeedbackAlertsService } from './feedback-alerts.service';
import { FeedbackItemActivityEntity } from './feedback-item-activity.entity';
import { FeedbackItemThemeEntity } from './feedback-item-theme.entity';
import { FeedbackItemEntity } from './feedback-item.entity';
import { FeedbackItemsRepository } from './feedback-items.repository';
import { FeedbackItemsService } from './feedback-items.service';
import { FeedbackRepliesRepository } from './feedback-replies.repository';
import { FeedbackRepliesService } from './feedback-replies.service';
import { FeedbackReplyEntity } from './feedback-reply.entity';
import { FeedbackResponseRoutingEntity } from './feedback-response-routing.entity';
import { FeedbackRoutingService } from './feedback-routing.service';
import { FeedbackRoutingsRepository } from './feedback-routings.repository';
import { FeedbackStatsService } from './feedback-stats.service';
import { FeedbackWebhooks } from './feedback-webhooks';
import { RoutedScoresService } from './routed-scores.service';

/**
 * Department inboxes: answers routed to the departments that own their
 * themes, worked there, replied to, digested and alerted on. Listens to
 * responses (response.recorded) and asks the other modules' services; none
 * of them imports this one.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([FeedbackItemEntity, FeedbackItemThemeEntity, FeedbackItemActivityEntity, FeedbackReplyEntity, FeedbackResponseRoutingEntity]),
    AuthModule,
    AuditModule,
    CustomersModule,
    DeliveryModule,
    DepartmentsModule,
    EventsModule,
    ResponsesModule,
    SurveysModule,
    ThemesModule,
    WebhooksModule,
  ],
  providers: [
    FeedbackItemsRepository,
    FeedbackRoutingsRepository,
    FeedbackRepliesRepository,
    FeedbackAlertsRepository,
    FeedbackWebhooks,
    FeedbackRoutingService,
    FeedbackItemsService,
    FeedbackRepliesService,
    FeedbackAlertsService,
    FeedbackStatsService,
    RoutedScoresService,
  ],
  exports: [FeedbackItemsService, FeedbackRepliesService, FeedbackRoutingService, FeedbackAlertsService, FeedbackStatsService, RoutedScoresService],
})
export class FeedbackModule {}
