import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { JobsModule } from './jobs/jobs.module';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';

/** Infrastructure every app needs: config, the DataSource, the job queue. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, JobsModule],
      providers: [PersonalDataRegistry],
      exports: [PersonalDataRegistry],
    };
  }
}
