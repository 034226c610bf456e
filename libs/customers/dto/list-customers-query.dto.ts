import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsIsoDate } from '@feedloop/core/http/date-param';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { CUSTOMER_LOCALES, CustomerLocale } from './upsert-customer.dto';

const toArray = ({ value }: { value: unknown }) => (value === undefined || Array.isArray(value) ? value : [value]);

export class ListCustomersQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalId?: string;

  @ApiPropertyOptional({ description: 'Exact match, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ description: 'Any format; normalized to E.164 before matching.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_LOCALES })
  @IsOptional()
  @IsIn(CUSTOMER_LOCALES)
  locale?: CustomerLocale;

  @ApiPropertyOptional({ description: 'Name or e-mail contains this text, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description: 'Repeatable `key:value`; every one must match. A value that reads as a number or boolean also matches that JSON value.',
    type: [String],
    example: ['plan:pro'],
  })
  @IsOptional()
  @Transform(toArray)
  @IsString({ each: true })
  @Matches(/^[a-zA-Z][a-zA-Z0-9_]{0,63}:.{0,500}$/s, { each: true, message: 'each value in attribute must be key:value with a valid attribute key' })
  attribute?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Created at or after this instant.' })
  @IsOptional()
  @IsIsoDate({ dateOnly: true, offsetRequired: false }, (p) => `${p} must be a valid ISO 8601 date string`)
  createdAfter?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Created strictly before this instant.' })
  @IsOptional()
  @IsIsoDate({ dateOnly: true, offsetRequired: false }, (p) => `${p} must be a valid ISO 8601 date string`)
  createdBefore?: string;
}
