import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '@feedloop/audit/audit.module';
import { AuthModule } from '@feedloop/auth/auth.module';
import { RolesGuard } from '@feedloop/auth/roles.guard';
import { AppConfig } from '@feedloop/core/config/app-config';
import { ChurnModule } from '@feedloop/churn/churn.module';
import { ChurnRiskModule } from '@feedloop/churn-risk/churn-risk.module';
import { CoreModule } from '@feedloop/core/core.module';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { FeedbackModule } from '@feedloop/feedback/feedback.module';
import { OverviewModule } from '@feedloop/overview/overview.module';
import { SurveysModule } from '@feedloop/surveys/surveys.module';
import { ThemesModule } from '@feedloop/themes/themes.module';
import { TimelineModule } from '@feedloop/timeline/timeline.module';
import { WebhooksModule } from '@feedloop/webhooks/webhooks.module';
import { AccountController } from './pages/account.controller';
import { AdminApiKeysController } from './pages/admin-api-keys.controller';
import { AdminAuditController } from './pages/admin-audit.controller';
import { AdminDepartmentsController } from './pages/admin-departments.controller';
import { AdminOfferTypesController } from './pages/admin-offer-types.controller';
import { AdminSurveysController } from './pages/admin-surveys.controller';
import { AdminThemesController } from './pages/admin-themes.controller';
import { AdminUsersController } from './pages/admin-users.controller';
import { AdminWebhooksController } from './pages/admin-webhooks.controller';
import { CustomersController } from './pages/customers.controller';
import { DepartmentsController } from './pages/departments.controller';
import { HomeController } from './pages/home.controller';
import { InboxChartsController } from './pages/inbox-charts.controller';
import { InboxController } from './pages/inbox.controller';
import { RetentionAnalyticsController } from './pages/retention-analytics.controller';
import { RetentionController } from './pages/retention.controller';
import { LoginController } from './pages/login.controller';
import { TeamController } from './pages/team.controller';
import { SessionStore } from './session-store';

/**
 * Composition only: the modules whose services the dashboard pages render.
 * Every route needs a signed-in user unless @Public() (RolesGuard); a new page
 * is a controller in pages/ plus its view.
 */
@Module({})
export class DashboardAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DashboardAppModule,
      imports: [CoreModule.forRoot(config), AuthModule, AuditModule, DepartmentsModule, WebhooksModule, ThemesModule, FeedbackModule, TimelineModule, SurveysModule, OverviewModule, CustomersModule, ChurnModule, ChurnRiskModule],
      controllers: [
        LoginController,
        HomeController,
        TeamController,
        DepartmentsController,
        AccountController,
        // Before InboxController, whose /inbox/:id would otherwise take /inbox/charts.
        InboxChartsController,
        InboxController,
        AdminUsersController,
        AdminDepartmentsController,
        AdminOfferTypesController,
        AdminWebhooksController,
        AdminThemesController,
        AdminApiKeysController,
        AdminAuditController,
        AdminSurveysController,
        CustomersController,
        // Before RetentionController, so /retention/analytics is never read as a retention route with a parameter.
        RetentionAnalyticsController,
        RetentionController,
      ],
      providers: [SessionStore, { provide: APP_GUARD, useClass: RolesGuard }],
    };
  }
}
