import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '@feedloop/auth/auth.module';
import { RolesGuard } from '@feedloop/auth/roles.guard';
import { AppConfig } from '@feedloop/core/config/app-config';
import { CoreModule } from '@feedloop/core/core.module';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { WebhooksModule } from '@feedloop/webhooks/webhooks.module';
import { AccountController } from './pages/account.controller';
import { AdminDepartmentsController } from './pages/admin-departments.controller';
import { AdminUsersController } from './pages/admin-users.controller';
import { AdminWebhooksController } from './pages/admin-webhooks.controller';
import { DepartmentsController } from './pages/departments.controller';
import { HomeController } from './pages/home.controller';
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
      imports: [CoreModule.forRoot(config), AuthModule, DepartmentsModule, WebhooksModule],
      controllers: [
        LoginController,
        HomeController,
        TeamController,
        DepartmentsController,
        AccountController,
        AdminUsersController,
        AdminDepartmentsController,
        AdminWebhooksController,
      ],
      providers: [SessionStore, { provide: APP_GUARD, useClass: RolesGuard }],
    };
  }
}
