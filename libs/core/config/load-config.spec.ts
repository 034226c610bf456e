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

  it('writes e-mail and SMS to the outbox under DATA_DIR when no provider is configured', () => {
    const { delivery } = loadConfig({ DATA_DIR: dataDir });
    expect(delivery.outboxDir).toBe(join(dataDir, 'outbox'));
    expect(delivery.smtp).toMatchObject({ url: null, from: 'Feedloop <no-reply@localhost>', poolSize: 5, tlsRejectUnauthorized: true });
    expect(delivery.sms).toMatchObject({ provider: 'outbox', http: null, smpp: null, webhookSecret: null });
    expect(loadConfig({ DATA_DIR: dataDir, SMTP_TLS_REJECT_UNAUTHORIZED: '0' }).delivery.smtp.tlsRejectUnauthorized).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir, SMTP_TLS_REJECT_UNAUTHORIZED: '1' }).delivery.smtp.tlsRejectUnauthorized).toBe(true);
  });

  it('names the missing companion variable of the chosen SMS provider', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, SMS_PROVIDER: 'http', SMS_HTTP_ACCOUNT: 'AC1', SMS_HTTP_TOKEN: 't' })).toThrow(
      /SMS_HTTP_URL must be set when SMS_PROVIDER=http/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir, SMS_PROVIDER: 'smpp', SMPP_URL: 'smpp://127.0.0.1:2775' })).toThrow(
      /SMPP_SYSTEM_ID must be set when SMS_PROVIDER=smpp[\s\S]*SMPP_PASSWORD must be set when SMS_PROVIDER=smpp/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir, SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
    expect(() => loadConfig({ DATA_DIR: dataDir, SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/SMS_PROVIDER must be one of the following values: outbox, http, smpp/);
  });

  it('builds the SMPP and HTTP SMS sections from their URLs', () => {
    const smpp = loadConfig({ DATA_DIR: dataDir, SMS_PROVIDER: 'smpp', SMPP_URL: 'smpp://smsc.example.com:2776', SMPP_SYSTEM_ID: 'feedloop', SMPP_PASSWORD: 'secret' });
    expect(smpp.delivery.sms.smpp).toMatchObject({ host: 'smsc.example.com', port: 2776, tls: false, systemId: 'feedloop', longMessages: 'udh' });
    const http = loadConfig({
      DATA_DIR: dataDir,
      PUBLIC_URL: 'https://feedback.example.com/',
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: 'https://api.twilio.com/2010-04-01/',
      SMS_HTTP_ACCOUNT: 'AC123',
      SMS_HTTP_TOKEN: 'token-0123456789abcdef',
    });
    expect(http.delivery.sms.http).toMatchObject({
      url: 'https://api.twilio.com/2010-04-01',
      statusCallbackUrl: 'https://feedback.example.com/webhooks/sms/status',
    });
    expect(http.delivery.sms.webhookSecret).toBe('token-0123456789abcdef');
  });

  it('retries webhooks 8 times from 60 s by default and validates the variables that change it', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).webhooks).toMatchObject({ retryBaseSeconds: 60, maxAttempts: 8, timeoutMs: 10_000 });
    expect(loadConfig({ DATA_DIR: dataDir, WEBHOOK_RETRY_BASE_SECONDS: '0.5', WEBHOOK_MAX_ATTEMPTS: '3' }).webhooks).toMatchObject({
      retryBaseSeconds: 0.5,
      maxAttempts: 3,
    });
    expect(() => loadConfig({ DATA_DIR: dataDir, WEBHOOK_RETRY_BASE_SECONDS: 'soon' })).toThrow(/WEBHOOK_RETRY_BASE_SECONDS must be a number of seconds/);
    expect(() => loadConfig({ DATA_DIR: dataDir, WEBHOOK_RETRY_BASE_SECONDS: '0' })).toThrow(/WEBHOOK_RETRY_BASE_SECONDS must not be less than 0.1/);
    expect(() => loadConfig({ DATA_DIR: dataDir, WEBHOOK_MAX_ATTEMPTS: '50' })).toThrow(/WEBHOOK_MAX_ATTEMPTS must not be greater than 20/);
    expect(() => loadConfig({ DATA_DIR: dataDir, WEBHOOK_SECRET_KEY: 'short' })).toThrow(/WEBHOOK_SECRET_KEY must be at least 32 characters long/);
  });

  it('derives the key of webhook secrets from WEBHOOK_SECRET_KEY, else from SESSION_SECRET, never equal to either', () => {
    const session = 's'.repeat(40);
    const fromSession = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: session }).webhooks.secretKey;
    expect(fromSession).toHaveLength(32);
    expect(fromSession.toString('utf8')).not.toContain(session.slice(0, 32));
    expect(loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: session }).webhooks.secretKey.equals(fromSession)).toBe(true);
    const own = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: session, WEBHOOK_SECRET_KEY: 'k'.repeat(32) }).webhooks.secretKey;
    expect(own.equals(fromSession)).toBe(false);
  });

  it('limits survey answers per invitation and per address, adjustable within bounds', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).http.surveyRateLimit).toEqual({ windowSeconds: 60, perToken: 10, perIp: 120 });
    const raised = loadConfig({ DATA_DIR: dataDir, SURVEY_RATE_LIMIT_PER_IP: '1000000', SURVEY_RATE_LIMIT_PER_TOKEN: '3', SURVEY_RATE_LIMIT_WINDOW_SECONDS: '10' });
    expect(raised.http.surveyRateLimit).toEqual({ windowSeconds: 10, perToken: 3, perIp: 1_000_000 });
    expect(() => loadConfig({ DATA_DIR: dataDir, SURVEY_RATE_LIMIT_PER_IP: '0' })).toThrow(/SURVEY_RATE_LIMIT_PER_IP must not be less than 1/);
    expect(() => loadConfig({ DATA_DIR: dataDir, SURVEY_RATE_LIMIT_PER_TOKEN: 'lots' })).toThrow(/SURVEY_RATE_LIMIT_PER_TOKEN must be an integer number/);
  });

  it('reads .env beneath the real environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedloop-dotenv-'));
    writeFileSync(join(dir, '.env'), 'API_PORT=4000\nDASHBOARD_PORT=4001\n');
    const env = readEnvironment(dir, { DASHBOARD_PORT: '5001' });
    expect(env.API_PORT).toBe('4000');
    expect(env.DASHBOARD_PORT).toBe('5001');
  });
  it('reads TRUST_PROXY as off, a hop count or a list of proxies, and stops on anything else naming it', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).http.trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: 'off' }).http.trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: '2' }).http.trustProxy).toBe(2);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).http.trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    for (const wrong of ['true', 'yes please', '11', '10.0.0.0/40', 'proxy.example.com']) {
      expect(() => loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY must be off, a number of proxy hops/);
    }
  });

  it('reads the outbound allowances and the rate limits, naming a wrong value', () => {
    const defaults = loadConfig({ DATA_DIR: dataDir });
    expect(defaults.outbound).toEqual({ allowPrivate: false, allowedHosts: [] });
    expect(defaults.http.apiRateLimitPerMinute).toBe(6000);
    expect(defaults.auth).toMatchObject({ loginRateLimitPerIp: 20, loginRateLimitWindowMinutes: 15 });
    const set = loadConfig({ DATA_DIR: dataDir, OUTBOUND_ALLOW_PRIVATE: 'true', OUTBOUND_ALLOWED_HOSTS: 'hooks.internal, 10.1.0.0/16', API_RATE_LIMIT_PER_MINUTE: '120' });
    expect(set.outbound).toEqual({ allowPrivate: true, allowedHosts: ['hooks.internal', '10.1.0.0/16'] });
    expect(set.http.apiRateLimitPerMinute).toBe(120);
    expect(() => loadConfig({ DATA_DIR: dataDir, OUTBOUND_ALLOW_PRIVATE: 'yes' })).toThrow(/OUTBOUND_ALLOW_PRIVATE must be true or false/);
    expect(() => loadConfig({ DATA_DIR: dataDir, OUTBOUND_ALLOWED_HOSTS: 'ok.example.com,http://x/' })).toThrow(/OUTBOUND_ALLOWED_HOSTS must list .*"http:\/\/x\/"/);
    expect(() => loadConfig({ DATA_DIR: dataDir, API_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/API_RATE_LIMIT_PER_MINUTE must not be less than 1/);
    expect(() => loadConfig({ DATA_DIR: dataDir, LOGIN_RATE_LIMIT_PER_IP: 'many' })).toThrow(/LOGIN_RATE_LIMIT_PER_IP must be an integer/);
  });
});
