import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@feedloop/auth/passwords';
import { LOCALES, type Locale, ROLES, type Role } from '@feedloop/auth/roles';
import { trimString } from '@feedloop/core/validation';

/** An empty <select> or input means "none", not an invalid value. */
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' || value === null ? undefined : value);

/** /admin/api-keys: a label and, optionally, the one department the key may see. */
export class ApiKeyFormDto {
  @Transform(trimString) @IsString() @Length(1, 100) name: string;
  @Transform(emptyToUndefined) @IsOptional() @IsUUID() departmentId?: string;
}

/** /admin/users/:id: what an admin may change of a user. */
export class EditUserFormDto {
  @Transform(trimString) @IsString() @Length(1, 200) name: string;
  @IsIn(ROLES) role: Role;
  /** Required for a department head, "none" (empty) for everyone else allowed. */
  @Transform(emptyToUndefined)
  @ValidateIf((o: EditUserFormDto) => o.role === 'department_head' || o.departmentId !== undefined)
  @IsUUID()
  departmentId?: string;
  @IsIn(LOCALES) locale: Locale;
}

/** Reset password: empty generates one, shown once. */
export class ResetPasswordFormDto {
  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH) password?: string;
}
