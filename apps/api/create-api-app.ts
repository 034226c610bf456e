import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@feedloop/core/config/app-config';
import { AppLogger } from '@feedloop/core/logging/app-logger';
import { ApiAppModule } from './api-app.module';
import { configureApp } from './configure-app';

export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiAppModule.forRoot(config), {
    bodyParser: false,
    logger: new AppLogger(config.http),
  });
  configureApp(app, config);
  return app;
}
