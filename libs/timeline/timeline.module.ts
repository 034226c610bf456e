import { ChurnModule } from '@feedloop/churn/churn.module';
import { FeedbackModule } from '@feedloop/feedback/feedback.module';
import { Module } from '@nestjs/common';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { EventsModule } from '@feedloop/events/events.module';
import { ResponsesModule } from '@feedloop/responses/responses.module';
import { SurveysModule } from '@feedloop/surveys/surveys.module';
import { TimelineService } from './timeline.service';

/**
 * A customer's history across modules. It sits above customers, events,
 * surveys and responses and only reads their exported services, so none of
 * them imports another for it. No routes, so the dashboard can use it too.
 */
@Module({
  imports: [CustomersModule, EventsModule, SurveysModule, ResponsesModule, FeedbackModule, ChurnModule],
  providers: [TimelineService],
  exports: [TimelineService],
})
export class TimelineModule {}
