import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, AuthConfig, ChurnConfig, DatabaseConfig, DeliveryConfig, HttpConfig, JobsConfig, LocaleConfig, OutboundConfig, WebhooksConfig } from './app-config';

/**
 * Provides the validated AppConfig and each of its sections under their class.
 * Built from an already-loaded config so tests and `npm start` decide where
 * values come from, and no library reads process.env.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    const providers = [
      { provide: AppConfig, useValue: config },
      { provide: DatabaseConfig, useValue: config.database },
      { provide: HttpConfig, useValue: config.http },
      { provide: JobsConfig, useValue: config.jobs },
      { provide: AuthConfig, useValue: config.auth },
      { provide: LocaleConfig, useValue: config.locale },
      { provide: DeliveryConfig, useValue: config.delivery },
      { provide: WebhooksConfig, useValue: config.webhooks },
      { provide: OutboundConfig, useValue: config.outbound },
      { provide: ChurnConfig, useValue: config.churn },
    ];
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
