import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@feedloop/core/config/app-config';
import { AppLogger } from '@feedloop/core/logging/app-logger';
import { WorkersAppModule } from './workers-app.module';

/** The job workers with no HTTP server: a Nest application context, WORKERS forced on. */
export async function createWorkersApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkersAppModule.forRoot({ ...config, jobs: { ...config.jobs, workers: true } }), {
    logger: new AppLogger(config.http),
  });
  await app.init();
  return app;
}
