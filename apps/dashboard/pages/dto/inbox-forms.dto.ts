import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { trimString } from '@feedloop/core/validation';
import { asArray } from './form-transforms';

const KEY = /^[a-z][a-z0-9_]{1,62}$/;
/** A select's "none" option posts an empty string. */
const emptyAsNull = ({ value }: { value: unknown }) => (value === '' ? null : value);
const emptyAsUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class AssignFormDto {
  @Transform(emptyAsNull) @ValidateIf((_, v) => v !== null) @IsUUID() assigneeId: string | null;
}

export class ResolveFormDto {
  @Transform(trimString) @IsString() @Length(1, 4000) resolutionNote: string;
}

export class RerouteFormDto {
  @Transform(trimString) @IsString() @Matches(KEY) department: string;
  @IsOptional() @Transform(trimString) @IsString() @MaxLength(1000) note?: string;
}

export class ThemesFormDto {
  @Transform(asArray) @IsArray() @IsString({ each: true }) @Matches(KEY, { each: true }) themes: string[];
}

export class ReplyFormDto {
  @Transform(emptyAsUndefined) @IsOptional() @IsIn(['email', 'sms']) channel?: 'email' | 'sms';
  @Transform(trimString) @IsString() @Length(1, 2000) body: string;
}

/** Decorators are reported last first: "not a whole number" before "too large" for text that is no number at all. */
export class SlaFormDto {
  @Type(() => Number) @Max(720) @Min(1) @IsInt() ackSlaHours: number;
  @Type(() => Number) @Max(365) @Min(1) @IsInt() resolveSlaDays: number;
}

/** One phrase per line in the examples boxes; blank lines dropped. */
const lines = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : value === undefined ? [] : value;

/** The admin's theme form: both names, descriptions and examples per language, the owner and the active box. */
export class ThemeFormDto {
  @Transform(trimString) @IsString() @Length(1, 120) namePl: string;
  @Transform(trimString) @IsString() @Length(1, 120) nameEn: string;
  @IsOptional() @Transform(trimString) @IsString() @MaxLength(1000) descriptionPl?: string;
  @IsOptional() @Transform(trimString) @IsString() @MaxLength(1000) descriptionEn?: string;
  @Transform(lines) @IsArray() @IsString({ each: true }) @Length(1, 500, { each: true }) examplesPl: string[];
  @Transform(lines) @IsArray() @IsString({ each: true }) @Length(1, 500, { each: true }) examplesEn: string[];
  @Transform(trimString) @IsString() @Matches(KEY) departmentKey: string;
  /** A ticked box posts "on"; an unticked one posts nothing. */
  @IsOptional() @IsIn(['on']) active?: 'on';
}

export class KeywordRuleFormDto {
  @Transform(trimString) @IsString() @Length(2, 200) phrase: string;
}

export class DigestFormDto {
  @IsIn(['hourly', 'daily', 'off']) digestFrequency: 'hourly' | 'daily' | 'off';
}
