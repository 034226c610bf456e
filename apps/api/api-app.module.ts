import { ChurnApiModule } from '@feedloop/churn/churn-api.module';
import { FeedbackApiModule } from '@feedloop/feedback/feedback-api.module';
import { ThemesApiModule } from '@feedloop/themes/themes-api.module';
import { ChurnRiskApiModule } from '@feedloop/churn-risk/churn-risk-api.module';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from '@feedloop/auth/api-key.guard';
import { AuditApiModule } from '@feedloop/audit/audit-api.module';
import { AuthModule } from '@feedloop/auth/auth.module';
import { AppConfig } from '@feedloop/core/config/app-config';
import { CoreModule } from '@feedloop/core/core.module';
import { CustomersApiModule } from '@feedloop/customers/customers-api.module';
import { EventsApiModule } from '@feedloop/events/events-api.module';
import { MetricsApiModule } from '@feedloop/metrics/metrics-api.module';
import { ResponsesApiModule } from '@feedloop/responses/responses-api.module';
import { SurveysApiModule } from '@feedloop/surveys/surveys-api.module';
import { TimelineApiModule } from '@feedloop/timeline/timeline-api.module';
import { WebhooksApiModule } from '@feedloop/webhooks/webhooks-api.module';
import { HealthController } from './health/health.controller';

/** Composition only: which capability modules the API process serves. */
@Module({})
export class ApiAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiAppModule,
      imports: [
        CoreModule.forRoot(config),
        AuthModule,
        CustomersApiModule,
        EventsApiModule,
        SurveysApiModule,
        ResponsesApiModule,
        TimelineApiModule,
        WebhooksApiModule,
        MetricsApiModule,
        ThemesApiModule,
        FeedbackApiModule,
        ChurnApiModule,
        ChurnRiskApiModule,
        AuditApiModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: ApiKeyGuard }],
    };
  }
}
