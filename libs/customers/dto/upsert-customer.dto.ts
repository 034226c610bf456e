import { trimString } from '@feedloop/core/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsPhone } from '../phone';
import { CustomerAttributes, IsCustomerAttributes, IsIanaTimeZone, IsOmittable } from './customer-field.validators';

export const CUSTOMER_LOCALES = ['pl', 'en'] as const;
export type CustomerLocale = (typeof CUSTOMER_LOCALES)[number];

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CustomerConsentInputDto {
  @ApiPropertyOptional({ description: '`false` opts the customer out of e-mail surveys, `true` opts them back in.' })
  @IsOmittable()
  @IsBoolean()
  email?: boolean;

  @ApiPropertyOptional({ description: '`false` opts the customer out of SMS surveys, `true` opts them back in.' })
  @IsOmittable()
  @IsBoolean()
  sms?: boolean;
}

/**
 * A customer as an integrating system sends it, keyed by its own id. Omitted
 * properties keep their stored value on update; `null` clears name, email or phone.
 */
export class UpsertCustomerDto {
  @ApiProperty({ description: "The caller's id of the customer (CRM, shop...).", example: 'c-1', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  externalId!: string;

  @ApiPropertyOptional({ example: 'Anna Nowak', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @ApiPropertyOptional({ description: 'Stored lower-cased.', example: 'anna@example.com', nullable: true })
  @IsOptional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({
    description: 'Any common format; numbers without a country code use DEFAULT_PHONE_REGION. Stored and returned in E.164.',
    example: '+48 601 234 567',
    nullable: true,
  })
  @IsOptional()
  @Transform(trimString)
  @IsPhone()
  phone?: string | null;

  @ApiPropertyOptional({ enum: CUSTOMER_LOCALES, description: 'Language of surveys. Defaults to DEFAULT_LOCALE.' })
  @IsOmittable()
  @IsIn(CUSTOMER_LOCALES)
  locale?: CustomerLocale;

  @ApiPropertyOptional({ example: 'Europe/Warsaw', description: 'IANA time zone, for quiet hours. Defaults to DEFAULT_TIME_ZONE.' })
  @IsOmittable()
  @IsIanaTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    description: 'Flat key/value data (plan, segment, region, signupDate...). Replaces the stored attributes when given. At most 50 keys; values string (≤500 chars), number, boolean or null.',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true },
    example: { plan: 'pro', region: 'mazowieckie' },
  })
  @IsOmittable()
  @IsCustomerAttributes()
  attributes?: CustomerAttributes;

  @ApiPropertyOptional({ type: () => CustomerConsentInputDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerConsentInputDto)
  consent?: CustomerConsentInputDto;
}
