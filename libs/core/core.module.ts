import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SharedRateLimiter } from './http/shared-rate-limiter';
import { JobsModule } from './jobs/jobs.module';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';

/** Infrastructure every app needs: config, the DataSource, the job queue, the shared rate limits. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, JobsModule],
      providers: [PersonalDataRegistry, SharedRateLimiter],
      exports: [PersonalDataRegistry, SharedRateLimiter],
    };
  }
}
