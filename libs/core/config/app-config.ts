/**
 * Typed configuration, one class per concern. Instances are built once by
 * loadConfig() and provided by ConfigModule under their class, so a service
 * injects exactly the section it reads (`constructor(private db: DatabaseConfig)`).
 */
export class DatabaseConfig {
  /** null: the embedded PostgreSQL is started and its URL filled in at boot. */
  url: string | null;
  poolSize: number;
  embeddedPort: number;
  dataDir: string;
}

export class HttpConfig {
  host: string;
  apiPort: number;
  dashboardPort: number;
  publicUrl: string;
  dashboardUrl: string;
  bodyLimit: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
}

export class JobsConfig {
  workers: boolean;
}

export class AuthConfig {
  sessionSecret: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginMaxAttempts: number;
  loginLockoutMinutes: number;
  apiKeyCacheSeconds: number;
  adminEmail: string;
  adminPassword: string | null;
}

export class LocaleConfig {
  defaultPhoneRegion: string;
  defaultTimeZone: string;
  /** Locale of customers created without one. */
  defaultLocale: 'pl' | 'en';
}

export class AppConfig {
  env: 'development' | 'production' | 'test';
  database: DatabaseConfig;
  http: HttpConfig;
  jobs: JobsConfig;
  auth: AuthConfig;
  locale: LocaleConfig;
}

/** The sections ConfigModule provides as injectable classes. */
export const CONFIG_SECTIONS = [DatabaseConfig, HttpConfig, JobsConfig, AuthConfig, LocaleConfig] as const;
