import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@feedloop/core/config/app-config';
import { AppLogger } from '@feedloop/core/logging/app-logger';
import { configureDashboard } from './configure-dashboard';
import { DashboardAppModule } from './dashboard-app.module';

export async function createDashboardApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(DashboardAppModule.forRoot(config), {
    bodyParser: false,
    logger: new AppLogger(config.http),
  });
  configureDashboard(app, config);
  return app;
}
