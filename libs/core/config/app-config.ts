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
  /**
   * Express's `trust proxy`: false (the default: the peer's address is the
   * client's, X-Forwarded-* are ignored), a number of proxy hops, or the
   * addresses/CIDRs of trusted proxies. Decides the client address every
   * limit counts by, and whether X-Forwarded-Proto makes a request https.
   */
  trustProxy: false | number | string[];
  /** text: Nest's human lines; json: one JSON object per line with request/job ids, and one line per HTTP request. */
  logFormat: 'text' | 'json';
  surveyRateLimit: SurveyRateLimitConfig;
  /** Requests per API key per minute, shared by every API process. */
  apiRateLimitPerMinute: number;
}

/**
 * How many answers (form posts and score links) the survey pages take per
 * sliding window, per invitation and per client address (IPv6 by /64).
 * Counted in PostgreSQL, so every API process shares them: see AnswerRateLimit.
 */
export interface SurveyRateLimitConfig {
  windowSeconds: number;
  perToken: number;
  perIp: number;
}

export class JobsConfig {
  workers: boolean;
}

export class AuthConfig {
  sessionSecret: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Failures on one account from one client address before that pair is refused (429) for up to loginLockoutMinutes. */
  loginMaxAttempts: number;
  loginLockoutMinutes: number;
  /** Failed logins per client address per window before that address gets 429 (whatever e-mails it tried). */
  loginRateLimitPerIp: number;
  loginRateLimitWindowMinutes: number;
  /** Failures on one account from every address within loginLockoutMinutes after which each attempt on it is answered later (never refused). */
  loginAccountSlowdownAfter: number;
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

export interface SmtpConfig {
  /** smtp:// or smtps:// with credentials; null writes .eml files to outboxDir instead. */
  url: string | null;
  from: string;
  poolSize: number;
  tlsRejectUnauthorized: boolean;
  /** Connect, greeting and idle-socket limit, so a hung server becomes a retryable failure. */
  timeoutMs: number;
}

export interface HttpSmsConfig {
  /** Base URL of a Twilio-style API, e.g. https://api.twilio.com/2010-04-01 */
  url: string;
  account: string;
  token: string;
  /** Where the provider posts delivery reports; the invitation's reference is added as ?reference=. */
  statusCallbackUrl: string;
  timeoutMs: number;
}

export interface SmppConfig {
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
  /** udh: concatenated parts, understood by every SMSC; payload: one submit_sm with message_payload. */
  longMessages: 'udh' | 'payload';
  enquireLinkMs: number;
  responseTimeoutMs: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
}

export interface SmsConfig {
  provider: 'outbox' | 'http' | 'smpp';
  /** Sender number (E.164) or alphanumeric sender id. */
  from: string;
  /** Secret that inbound and status webhooks are signed with; null when nothing signs them. */
  webhookSecret: string | null;
  http: HttpSmsConfig | null;
  smpp: SmppConfig | null;
}

export class DeliveryConfig {
  /** Development sink for e-mail (.eml) and SMS (sms.jsonl) when no real provider is configured. */
  outboxDir: string;
  smtp: SmtpConfig;
  sms: SmsConfig;
}

export class WebhooksConfig {
  /** Delay before the 2nd attempt; each later one waits 3 times longer (60 s: 8 attempts span about 18 hours). */
  retryBaseSeconds: number;
  /** Attempts before a delivery is given up as failed. */
  maxAttempts: number;
  /** Whole request: connect, send, status line and headers. */
  timeoutMs: number;
  /** Key (32 bytes) that endpoint signing secrets are encrypted with at rest. */
  secretKey: Buffer;
}

/**
 * Where user-configured URLs (webhooks) may point. By default only public
 * addresses: see libs/core/http/outbound-url.ts.
 */
export class OutboundConfig {
  /** Loopback, private, link-local and reserved targets allowed (development, tests); metadata services still need a listing. */
  allowPrivate: boolean;
  /** Host names, IP addresses and CIDRs allowed even though they are internal (OUTBOUND_ALLOWED_HOSTS). */
  allowedHosts: string[];
}

/** Churn cases: how long the retention team has to first contact a leaving customer. */
export class ChurnConfig {
  firstContactHours: number;
}

export class AppConfig {
  env: 'development' | 'production' | 'test';
  database: DatabaseConfig;
  http: HttpConfig;
  jobs: JobsConfig;
  auth: AuthConfig;
  locale: LocaleConfig;
  delivery: DeliveryConfig;
  webhooks: WebhooksConfig;
  outbound: OutboundConfig;
  churn: ChurnConfig;
}

/** The sections ConfigModule provides as injectable classes. */
export const CONFIG_SECTIONS = [DatabaseConfig, HttpConfig, JobsConfig, AuthConfig, LocaleConfig, DeliveryConfig, WebhooksConfig, OutboundConfig, ChurnConfig] as const;
