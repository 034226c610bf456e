import { Transform } from 'class-transformer';
import {
  IsBooleanString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toNumber = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^\d+(\.\d+)?$/.test(String(value)) ? Number(value) : value;
const url = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * Every environment variable Feedloop reads, with the rule it must satisfy.
 * Validation messages name the variable, so a bad value stops the start with
 * e.g. "API_PORT must not be greater than 65535".
 */
export class EnvSchema {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;

  @IsOptional() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres:// or postgresql://' })
  DATABASE_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200) DATABASE_POOL_SIZE?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(65535) EMBEDDED_PG_PORT?: number;
  @IsOptional() @IsString() DATA_DIR?: string;

  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) API_PORT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) DASHBOARD_PORT?: number;
  @IsOptional() @IsUrl(url, { message: 'PUBLIC_URL must be an http(s) URL' }) PUBLIC_URL?: string;
  @IsOptional() @IsUrl(url, { message: 'DASHBOARD_URL must be an http(s) URL' }) DASHBOARD_URL?: string;
  @IsOptional() @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT must look like 100kb or 15mb' }) BODY_LIMIT?: string;
  @IsOptional() @IsIn(['error', 'warn', 'log', 'debug', 'verbose']) LOG_LEVEL?: string;
  @IsOptional() @IsIn(['text', 'json']) LOG_FORMAT?: string;
  @IsOptional() @IsIn(['on', 'off']) WORKERS?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600) SURVEY_RATE_LIMIT_WINDOW_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000) SURVEY_RATE_LIMIT_PER_TOKEN?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000_000) SURVEY_RATE_LIMIT_PER_IP?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000_000) API_RATE_LIMIT_PER_MINUTE?: number;
  // Checked in load-config (off, a hop count, or addresses/CIDRs): one message for every wrong form.
  @IsOptional() @IsString() TRUST_PROXY?: string;
  @IsOptional() @IsIn(['true', 'false'], { message: 'OUTBOUND_ALLOW_PRIVATE must be true or false' }) OUTBOUND_ALLOW_PRIVATE?: string;
  // Checked in load-config entry by entry, so the message names the wrong entry.
  @IsOptional() @IsString() OUTBOUND_ALLOWED_HOSTS?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters long' })
  SESSION_SECRET?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) SESSION_TTL_HOURS?: number;
  @IsOptional() @IsBooleanString() COOKIE_SECURE?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) LOGIN_MAX_ATTEMPTS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) LOGIN_LOCKOUT_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100_000) LOGIN_RATE_LIMIT_PER_IP?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) LOGIN_RATE_LIMIT_WINDOW_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1_000_000) LOGIN_ACCOUNT_SLOWDOWN_AFTER?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(3600) API_KEY_CACHE_SECONDS?: number;
  @IsOptional() @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'ADMIN_EMAIL must be an e-mail address' }) ADMIN_EMAIL?: string;
  @IsOptional() @IsString() @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters long' })
  ADMIN_PASSWORD?: string;

  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'DEFAULT_PHONE_REGION must be a two-letter ISO country code such as PL' })
  DEFAULT_PHONE_REGION?: string;
  @IsOptional() @IsString() DEFAULT_TIME_ZONE?: string;
  @IsOptional() @IsIn(['pl', 'en']) DEFAULT_LOCALE?: string;

  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must start with smtp:// or smtps://' }) SMTP_URL?: string;
  @IsOptional() @Matches(/^([^<>]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/, {
    message: 'SMTP_FROM must be an address, optionally with a name: Feedloop <no-reply@example.com>',
  })
  SMTP_FROM?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(50) SMTP_POOL_SIZE?: number;
  @IsOptional() @IsBooleanString() SMTP_TLS_REJECT_UNAUTHORIZED?: string;
  @IsOptional() @IsString() OUTBOX_DIR?: string;

  @IsOptional() @IsIn(['outbox', 'http', 'smpp']) SMS_PROVIDER?: string;
  @IsOptional() @Matches(/^(\+?\d{3,15}|[A-Za-z0-9][A-Za-z0-9 .\-]{0,10})$/, {
    message: 'SMS_FROM must be a phone number or an alphanumeric sender id of at most 11 characters',
  })
  SMS_FROM?: string;
  @IsOptional() @IsString() @MinLength(16, { message: 'SMS_WEBHOOK_SECRET must be at least 16 characters long' })
  SMS_WEBHOOK_SECRET?: string;
  @IsOptional() @IsUrl(url, { message: 'SMS_HTTP_URL must be an http(s) URL' }) SMS_HTTP_URL?: string;
  @IsOptional() @IsString() SMS_HTTP_ACCOUNT?: string;
  @IsOptional() @IsString() SMS_HTTP_TOKEN?: string;
  @IsOptional() @IsUrl(url, { message: 'SMS_STATUS_CALLBACK_URL must be an http(s) URL' }) SMS_STATUS_CALLBACK_URL?: string;
  @IsOptional() @Matches(/^s?smpp:\/\/[^\s:/]+(:\d{1,5})?\/?$/, { message: 'SMPP_URL must look like smpp://host:port (ssmpp:// for TLS)' })
  SMPP_URL?: string;
  // SMPP 3.4 caps these C-strings at 16 and 9 octets including the terminating NUL.
  @IsOptional() @IsString() @MaxLength(15, { message: 'SMPP_SYSTEM_ID must be at most 15 characters long' }) SMPP_SYSTEM_ID?: string;
  @IsOptional() @IsString() @MaxLength(8, { message: 'SMPP_PASSWORD must be at most 8 characters long' }) SMPP_PASSWORD?: string;
  @IsOptional() @IsIn(['udh', 'payload']) SMPP_LONG_MESSAGES?: string;

  @IsOptional() @Transform(toNumber) @IsNumber({}, { message: 'WEBHOOK_RETRY_BASE_SECONDS must be a number of seconds' }) @Min(0.1) @Max(3600)
  WEBHOOK_RETRY_BASE_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(20) WEBHOOK_MAX_ATTEMPTS?: number;
  @IsOptional() @IsString() @MinLength(32, { message: 'WEBHOOK_SECRET_KEY must be at least 32 characters long' })
  WEBHOOK_SECRET_KEY?: string;

  @IsOptional() @Transform(toNumber) @IsNumber({}, { message: 'CHURN_FIRST_CONTACT_HOURS must be a number of hours' }) @Min(0.25) @Max(720)
  CHURN_FIRST_CONTACT_HOURS?: number;
}
