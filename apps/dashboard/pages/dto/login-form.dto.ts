import { trimString } from '@feedloop/core/validation';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';


/** Deliberately loose: whether the e-mail and password are right is the LoginService's one answer. */
export class LoginFormDto {
  @Transform(trimString) @IsString() @Length(1, 320) email: string;
  @IsString() @Length(1, 1024) password: string;
  @IsOptional() @IsString() @MaxLength(2000) next?: string;
}
