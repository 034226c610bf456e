import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, readEnvironment } from './load-config';

describe(loadConfig.name, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedloop-config-'));

  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.http).toMatchObject({ apiPort: 3000, dashboardPort: 3001, publicUrl: 'http://localhost:3000' });
    expect(config.database.url).toBeNull();
    expect(config.jobs.workers).toBe(true);
    expect(config.locale).toEqual({ defaultPhoneRegion: 'PL', defaultTimeZone: 'Europe/Warsaw', defaultLocale: 'en' });
  });

  it('stops with a message naming the variable when a value is wrong', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, API_PORT: '70000' })).toThrow(/API_PORT must not be greater than 65535/);
    expect(() => loadConfig({ DATA_DIR: dataDir, WORKERS: 'maybe' })).toThrow(/WORKERS must be one of the following values: on, off/);
    expect(() => loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => loadConfig({ DATA_DIR: dataDir, DEFAULT_TIME_ZONE: 'Mars/Olympus' })).toThrow(/DEFAULT_TIME_ZONE must be an IANA time zone/);
  });

  it('reports every wrong variable at once', () => {
    try {
      loadConfig({ DATA_DIR: dataDir, API_PORT: 'x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.join('\n')).toMatch(/API_PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*API_PORT/);
    }
  });

  it('requires SESSION_SECRET in production and otherwise keeps a generated one across restarts', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET must be set/);
    const first = loadConfig({ DATA_DIR: dataDir }).auth.sessionSecret;
    expect(first).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dataDir }).auth.sessionSecret).toBe(first);
    expect(readFileSync(join(dataDir, 'session-secret'), 'utf8')).toBe(first);
  });

  it('reads .env beneath the real environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedloop-dotenv-'));
    writeFileSync(join(dir, '.env'), 'API_PORT=4000\nDASHBOARD_PORT=4001\n');
    const env = readEnvironment(dir, { DASHBOARD_PORT: '5001' });
    expect(env.API_PORT).toBe('4000');
    expect(env.DASHBOARD_PORT).toBe('5001');
  });
});
