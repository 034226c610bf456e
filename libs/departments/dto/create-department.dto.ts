import { trimString } from '@feedloop/core/validation';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';


export const DEPARTMENT_KEY_PATTERN = /^[a-z][a-z0-9_]{1,62}$/;

export class CreateDepartmentDto {
  @Transform(trimString)
  @IsString()
  @Matches(DEPARTMENT_KEY_PATTERN, {
    message: 'key must start with a lower-case letter and contain only a-z, 0-9 and _ (2 to 63 characters)',
  })
  key: string;

  @Transform(trimString) @IsString() @Length(1, 120) name: string;
}

export class RenameDepartmentDto {
  @Transform(trimString) @IsString() @Length(1, 120) name: string;
}
