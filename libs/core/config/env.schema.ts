import { Transform } from 'class-transformer';
import {
  IsBooleanString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
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
  @IsOptional() @IsIn(['on', 'off']) WORKERS?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters long' })
  SESSION_SECRET?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) SESSION_TTL_HOURS?: number;
  @IsOptional() @IsBooleanString() COOKIE_SECURE?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) LOGIN_MAX_ATTEMPTS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) LOGIN_LOCKOUT_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(3600) API_KEY_CACHE_SECONDS?: number;
  @IsOptional() @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'ADMIN_EMAIL must be an e-mail address' }) ADMIN_EMAIL?: string;
  @IsOptional() @IsString() @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters long' })
  ADMIN_PASSWORD?: string;

  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'DEFAULT_PHONE_REGION must be a two-letter ISO country code such as PL' })
  DEFAULT_PHONE_REGION?: string;
  @IsOptional() @IsString() DEFAULT_TIME_ZONE?: string;
  @IsOptional() @IsIn(['pl', 'en']) DEFAULT_LOCALE?: string;
}
