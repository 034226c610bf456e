import { AppConfig } from '../libs/core/config/app-config';
import { loadConfig } from '../libs/core/config/load-config';

/** Config for an app under test: only the given variables, never the developer's shell or .env. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: 'test-session-secret-0123456789abcdef',
    LOG_LEVEL: 'error',
    WORKERS: 'off',
    API_PORT: '0',
    DASHBOARD_PORT: '0',
    // Test receivers (webhooks, SMS, SMTP) listen on 127.0.0.1; the specs of the outbound guard turn this off.
    OUTBOUND_ALLOW_PRIVATE: 'true',
    ...env,
  });
}
