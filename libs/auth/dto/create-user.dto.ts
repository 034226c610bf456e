import { trimString } from '@feedloop/core/validation';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords';
import { LOCALES, type Locale, ROLES, type Role } from '../roles';

/** An empty <select> or input means "none", not an invalid id. */
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' || value === null ? undefined : value);

export class CreateUserDto {
  @Transform(trimString) @IsEmail() @MaxLength(320) email: string;
  @Transform(trimString) @IsString() @Length(1, 200) name: string;
  @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH) password: string;
  @IsIn(ROLES) role: Role;

  /** Required for a department head, optional for everyone else. */
  @Transform(emptyToUndefined)
  @ValidateIf((o: CreateUserDto) => o.role === 'department_head' || o.departmentId !== undefined)
  @IsUUID()
  departmentId?: string;

  @Transform(emptyToUndefined) @IsOptional() @IsIn(LOCALES) locale?: Locale;
}
