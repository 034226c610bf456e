import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse as parseDotenv } from 'dotenv';
import { AppConfig, DeliveryConfig, SmppConfig, SmsConfig } from './app-config';
import { EnvSchema } from './env.schema';
import { isValidTimeZone } from '../time-zones';
import { isAllowListEntry, isIpOrCidr } from '../http/outbound-url';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads `.env` (if present) beneath the real environment, so a variable set in
 * the shell always wins over the file.
 */
export function readEnvironment(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const file = join(cwd, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...env };
}

export function loadConfig(raw: Record<string, string | undefined> = readEnvironment()): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvSchema, cleaned);
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}));
  if (env.DEFAULT_TIME_ZONE && !isValidTimeZone(env.DEFAULT_TIME_ZONE)) {
    problems.push('DEFAULT_TIME_ZONE must be an IANA time zone such as Europe/Warsaw');
  }
  problems.push(...missingCompanions(env));
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (typeof trustProxy === 'string') problems.push(trustProxy);
  const allowedHosts = splitList(env.OUTBOUND_ALLOWED_HOSTS);
  const badHost = allowedHosts.find((h) => !isAllowListEntry(h));
  if (badHost !== undefined) problems.push(`OUTBOUND_ALLOWED_HOSTS must list host names, IP addresses or CIDRs separated by commas ("${badHost}" is none)`);
  if (problems.length > 0) throw new ConfigError(problems);

  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['env'];
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const apiPort = env.API_PORT ?? 3000;
  const dashboardPort = env.DASHBOARD_PORT ?? 3001;
  const publicUrl = stripSlash(env.PUBLIC_URL ?? `http://localhost:${apiPort}`);
  const dashboardUrl = stripSlash(env.DASHBOARD_URL ?? `http://localhost:${dashboardPort}`);

  if (nodeEnv === 'production' && !env.SESSION_SECRET) {
    throw new ConfigError(['SESSION_SECRET must be set when NODE_ENV=production']);
  }
  const sessionSecret = env.SESSION_SECRET ?? persistedSecret(dataDir);

  return {
    env: nodeEnv,
    database: {
      url: env.DATABASE_URL ?? null,
      poolSize: env.DATABASE_POOL_SIZE ?? 10,
      embeddedPort: env.EMBEDDED_PG_PORT ?? 54329,
      dataDir,
    },
    http: {
      host: env.HOST ?? '0.0.0.0',
      apiPort,
      dashboardPort,
      publicUrl,
      dashboardUrl,
      bodyLimit: env.BODY_LIMIT ?? '15mb',
      logLevel: (env.LOG_LEVEL ?? 'log') as AppConfig['http']['logLevel'],
      trustProxy: trustProxy as AppConfig['http']['trustProxy'],
      // 100 a second for a minute: far above any integration's steady rate, low enough to stop a runaway loop.
      apiRateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE ?? 6000,
      logFormat: (env.LOG_FORMAT ?? 'text') as AppConfig['http']['logFormat'],
      // Generous per address: mobile carriers put many customers behind one (CGNAT), and a campaign's answers come in together.
      surveyRateLimit: {
        windowSeconds: env.SURVEY_RATE_LIMIT_WINDOW_SECONDS ?? 60,
        perToken: env.SURVEY_RATE_LIMIT_PER_TOKEN ?? 10,
        perIp: env.SURVEY_RATE_LIMIT_PER_IP ?? 120,
      },
    },
    jobs: { workers: (env.WORKERS ?? 'on') === 'on' },
    auth: {
      sessionSecret,
      sessionTtlHours: env.SESSION_TTL_HOURS ?? 12,
      cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : dashboardUrl.startsWith('https:'),
      loginMaxAttempts: env.LOGIN_MAX_ATTEMPTS ?? 5,
      loginLockoutMinutes: env.LOGIN_LOCKOUT_MINUTES ?? 15,
      // An office behind one address holds many staff, each allowed a few typos: the address limit is well above LOGIN_MAX_ATTEMPTS.
      loginRateLimitPerIp: env.LOGIN_RATE_LIMIT_PER_IP ?? 20,
      loginRateLimitWindowMinutes: env.LOGIN_RATE_LIMIT_WINDOW_MINUTES ?? 15,
      loginAccountSlowdownAfter: env.LOGIN_ACCOUNT_SLOWDOWN_AFTER ?? 100,
      apiKeyCacheSeconds: env.API_KEY_CACHE_SECONDS ?? 10,
      adminEmail: (env.ADMIN_EMAIL ?? 'admin@feedloop.local').toLowerCase(),
      adminPassword: env.ADMIN_PASSWORD ?? null,
    },
    locale: {
      defaultPhoneRegion: env.DEFAULT_PHONE_REGION ?? 'PL',
      defaultTimeZone: env.DEFAULT_TIME_ZONE ?? 'Europe/Warsaw',
      defaultLocale: (env.DEFAULT_LOCALE ?? 'en') as 'pl' | 'en',
    },
    delivery: deliveryConfig(env, dataDir, publicUrl),
    webhooks: {
      retryBaseSeconds: env.WEBHOOK_RETRY_BASE_SECONDS ?? 60,
      maxAttempts: env.WEBHOOK_MAX_ATTEMPTS ?? 8,
      timeoutMs: 10_000,
      secretKey: webhookSecretKey(env.WEBHOOK_SECRET_KEY ?? sessionSecret),
    },
    outbound: { allowPrivate: env.OUTBOUND_ALLOW_PRIVATE === 'true', allowedHosts },
    churn: { firstContactHours: env.CHURN_FIRST_CONTACT_HOURS ?? 24 },
  };
}

/**
 * A key of its own for the endpoints' signing secrets, derived rather than
 * reused, so a leak of one can not be turned into the other. Without
 * WEBHOOK_SECRET_KEY it comes from SESSION_SECRET: changing that then makes
 * the stored secrets unreadable until they are rotated.
 */
function webhookSecretKey(material: string): Buffer {
  return Buffer.from(hkdfSync('sha256', material, 'feedloop', 'webhook-endpoint-secrets', 32));
}

/** Variables a chosen SMS provider cannot work without; checked at boot, not at the first send. */
const SMS_PROVIDER_REQUIRES: Record<string, (keyof EnvSchema)[]> = {
  http: ['SMS_HTTP_URL', 'SMS_HTTP_ACCOUNT', 'SMS_HTTP_TOKEN'],
  smpp: ['SMPP_URL', 'SMPP_SYSTEM_ID', 'SMPP_PASSWORD'],
};

function missingCompanions(env: EnvSchema): string[] {
  const provider = env.SMS_PROVIDER ?? 'outbox';
  return (SMS_PROVIDER_REQUIRES[provider] ?? [])
    .filter((name) => env[name] === undefined)
    .map((name) => `${name} must be set when SMS_PROVIDER=${provider}`);
}

function deliveryConfig(env: EnvSchema, dataDir: string, publicUrl: string): DeliveryConfig {
  const provider = (env.SMS_PROVIDER ?? 'outbox') as SmsConfig['provider'];
  const smppUrl = env.SMPP_URL ? new URL(env.SMPP_URL) : null;
  return {
    outboxDir: resolve(env.OUTBOX_DIR ?? join(dataDir, 'outbox')),
    smtp: {
      url: env.SMTP_URL ?? null,
      from: env.SMTP_FROM ?? 'Feedloop <no-reply@localhost>',
      poolSize: env.SMTP_POOL_SIZE ?? 5,
      // Only an explicit false/0 turns certificate checks off; anything else keeps them on.
      tlsRejectUnauthorized: !['false', '0'].includes(env.SMTP_TLS_REJECT_UNAUTHORIZED ?? 'true'),
      timeoutMs: 30_000,
    },
    sms: {
      provider,
      from: env.SMS_FROM ?? 'Feedloop',
      // Twilio signs its webhooks with the account's auth token, so that is the natural default.
      webhookSecret: env.SMS_WEBHOOK_SECRET ?? env.SMS_HTTP_TOKEN ?? null,
      http:
        provider === 'http'
          ? {
              url: stripSlash(env.SMS_HTTP_URL!),
              account: env.SMS_HTTP_ACCOUNT!,
              token: env.SMS_HTTP_TOKEN!,
              statusCallbackUrl: env.SMS_STATUS_CALLBACK_URL ?? `${publicUrl}/webhooks/sms/status`,
              timeoutMs: 10_000,
            }
          : null,
      smpp:
        provider === 'smpp' && smppUrl
          ? {
              host: smppUrl.hostname,
              tls: smppUrl.protocol === 'ssmpp:',
              port: smppUrl.port ? Number(smppUrl.port) : smppUrl.protocol === 'ssmpp:' ? 3550 : 2775,
              systemId: env.SMPP_SYSTEM_ID!,
              password: env.SMPP_PASSWORD!,
              longMessages: (env.SMPP_LONG_MESSAGES ?? 'udh') as SmppConfig['longMessages'],
              enquireLinkMs: 30_000,
              responseTimeoutMs: 10_000,
              reconnectMinMs: 1_000,
              reconnectMaxMs: 60_000,
            }
          : null,
    },
  };
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY as Express takes it: false, a hop count, or a list of proxy
 * addresses, CIDRs and the names loopback/linklocal/uniquelocal. `true`
 * (trust every hop) is refused: anyone could then choose their address with
 * X-Forwarded-For. A string return is the problem found.
 */
function parseTrustProxy(value: string | undefined): false | number | string[] | string {
  const problem = 'TRUST_PROXY must be off, a number of proxy hops (1-10), or proxy addresses/CIDRs separated by commas (loopback, linklocal and uniquelocal allowed)';
  if (value === undefined || ['off', 'false', '0', 'no'].includes(value.trim().toLowerCase())) return false;
  if (/^\d+$/.test(value.trim())) {
    const hops = Number(value.trim());
    return hops >= 1 && hops <= 10 ? hops : problem;
  }
  const entries = splitList(value);
  const valid = entries.length > 0 && entries.every((e) => PROXY_NAMES.includes(e) || isIpOrCidr(e));
  return valid ? entries : problem;
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Without SESSION_SECRET (development), a random secret is kept under the data
 * folder so that sessions survive a restart of `npm start`.
 */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
