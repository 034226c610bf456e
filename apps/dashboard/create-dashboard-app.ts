import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@feedloop/core/config/app-config';
import { configureDashboard } from './configure-dashboard';
import { DashboardAppModule } from './dashboard-app.module';

export async function createDashboardApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(DashboardAppModule.forRoot(config), {
    bodyParser: false,
    logger: logLevels(config.http.logLevel),
  });
  configureDashboard(app, config);
  return app;
}

function logLevels(level: AppConfig['http']['logLevel']): LogLevel[] {
  const all: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  return all.slice(0, all.indexOf(level) + 1);
}
