import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LOCALES, type Locale } from '@feedloop/auth/roles';

export class LocaleFormDto {
  @IsIn(LOCALES) locale: Locale;
  @IsOptional() @IsString() @MaxLength(2000) next?: string;
}
