import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@feedloop/core/config/app-config';
import { ApiAppModule } from './api-app.module';
import { configureApp } from './configure-app';

export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiAppModule.forRoot(config), {
    bodyParser: false,
    logger: logLevels(config.http.logLevel),
  });
  configureApp(app, config);
  return app;
}

export function logLevels(level: AppConfig['http']['logLevel']) {
  const all = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
  return all.slice(0, all.indexOf(level) + 1) as unknown as ('fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}
