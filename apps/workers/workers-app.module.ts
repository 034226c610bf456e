import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@feedloop/auth/auth.module';
import { AppConfig } from '@feedloop/core/config/app-config';
import { ChurnModule } from '@feedloop/churn/churn.module';
import { ChurnRiskModule } from '@feedloop/churn-risk/churn-risk.module';
import { CoreModule } from '@feedloop/core/core.module';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { DeliveryModule } from '@feedloop/delivery/delivery.module';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { EventsModule } from '@feedloop/events/events.module';
import { FeedbackModule } from '@feedloop/feedback/feedback.module';
import { MetricsModule } from '@feedloop/metrics/metrics.module';
import { ResponsesModule } from '@feedloop/responses/responses.module';
import { SurveysModule } from '@feedloop/surveys/surveys.module';
import { ThemesModule } from '@feedloop/themes/themes.module';
import { TimelineModule } from '@feedloop/timeline/timeline.module';
import { WebhooksModule } from '@feedloop/webhooks/webhooks.module';

/**
 * Composition only: every capability module, without a controller, so a
 * process runs the job workers (and the SMPP listener) and serves no HTTP.
 * It must register the same jobs as the API app (workers-app.spec.ts checks),
 * or a queue would have no worker anywhere.
 */
@Module({})
export class WorkersAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkersAppModule,
      imports: [
        CoreModule.forRoot(config),
        AuthModule,
        DepartmentsModule,
        CustomersModule,
        EventsModule,
        DeliveryModule,
        SurveysModule,
        ResponsesModule,
        TimelineModule,
        WebhooksModule,
        MetricsModule,
        ThemesModule,
        FeedbackModule,
        ChurnModule,
        ChurnRiskModule,
      ],
    };
  }
}
