import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { trimString } from '@feedloop/core/validation';
import { THEME_KINDS, ThemeKind } from '../theme.entity';

export const THEME_KEY_PATTERN = /^[a-z][a-z0-9_]{1,62}$/;

export class LocalizedNameDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimString) @IsString() @Length(1, 120) pl?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimString) @IsString() @Length(1, 120) en?: string;
}

export class LocalizedDescriptionDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimString) @IsString() @MaxLength(1000) pl?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimString) @IsString() @MaxLength(1000) en?: string;
}

export class LocalizedExamplesDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 500, { each: true })
  pl?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 500, { each: true })
  en?: string[];
}

export class CreateThemeDto {
  @ApiProperty({ example: 'late_delivery' })
  @Transform(trimString)
  @IsString()
  @Matches(THEME_KEY_PATTERN, { message: 'key must start with a lower-case letter and contain only a-z, 0-9 and _ (2 to 63 characters)' })
  key: string;

  @ApiPropertyOptional({ enum: THEME_KINDS, default: 'complaint' }) @IsOptional() @IsIn(THEME_KINDS) kind?: ThemeKind;

  @ApiProperty({ example: 'logistics', description: 'Key of the owning department' })
  @Transform(trimString) @IsString() @Length(2, 63) departmentKey: string;

  @ApiProperty({ type: LocalizedNameDto }) @IsObject() @ValidateNested() @Type(() => LocalizedNameDto) name: LocalizedNameDto;
  @ApiPropertyOptional({ type: LocalizedDescriptionDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedDescriptionDto) description?: LocalizedDescriptionDto;
  @ApiPropertyOptional({ type: LocalizedExamplesDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedExamplesDto) examples?: LocalizedExamplesDto;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateThemeDto {
  @ApiPropertyOptional({ enum: THEME_KINDS }) @IsOptional() @IsIn(THEME_KINDS) kind?: ThemeKind;
  @ApiPropertyOptional() @IsOptional() @Transform(trimString) @IsString() @Length(2, 63) departmentKey?: string;
  @ApiPropertyOptional({ type: LocalizedNameDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedNameDto) name?: LocalizedNameDto;
  @ApiPropertyOptional({ type: LocalizedDescriptionDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedDescriptionDto) description?: LocalizedDescriptionDto;
  @ApiPropertyOptional({ type: LocalizedExamplesDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedExamplesDto) examples?: LocalizedExamplesDto;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class ThemeKeyParamDto {
  @Matches(THEME_KEY_PATTERN, { message: 'key must be a theme key (a-z, 0-9 and _)' }) key: string;
}

export class KeywordRuleParamDto extends ThemeKeyParamDto {
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'ruleId must be a UUID' }) ruleId: string;
}

export class CreateKeywordRuleDto {
  @ApiProperty({ example: 'paczkomat pusty', description: 'Matched as whole words, case and Polish diacritics ignored' })
  @Transform(trimString) @IsString() @Length(2, 200) phrase: string;
}

export class ClassifyDto {
  @ApiProperty({ example: 'Kurier spóźnił się trzy dni, paczka była zgnieciona' })
  @IsString() @Length(1, 4000) text: string;
  @ApiPropertyOptional({ enum: ['pl', 'en'] }) @IsOptional() @IsIn(['pl', 'en']) locale?: 'pl' | 'en';
}

export class DepartmentRefDto {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
}

export class KeywordRuleDto {
  @ApiProperty() id: string;
  @ApiProperty() phrase: string;
  @ApiProperty() createdAt: string;
}

export class ThemeDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty({ enum: THEME_KINDS }) kind: ThemeKind;
  @ApiProperty({ type: DepartmentRefDto }) department: DepartmentRefDto;
  @ApiProperty({ type: LocalizedNameDto }) name: { pl?: string; en?: string };
  @ApiProperty({ type: LocalizedDescriptionDto }) description: { pl?: string; en?: string };
  @ApiProperty({ type: LocalizedExamplesDto }) examples: { pl?: string[]; en?: string[] };
  @ApiProperty() active: boolean;
  @ApiProperty({ type: [KeywordRuleDto] }) keywordRules: KeywordRuleDto[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ThemeListDto {
  @ApiProperty({ type: [ThemeDto] }) items: ThemeDto[];
}

export class ScoredKeyDto {
  @ApiProperty() key: string;
  @ApiProperty({ description: '0..1' }) confidence: number;
}

export class ClassificationDto {
  @ApiProperty({ type: DepartmentRefDto, nullable: true, description: 'Department that should act; null when the text carries no complaint' })
  department: (DepartmentRefDto & { confidence: number }) | null;
  @ApiProperty({ type: [ScoredKeyDto], description: 'Themes found, best first (praise themes included)' }) themes: Array<ScoredKeyDto & { kind: ThemeKind; department: string }>;
  @ApiProperty({ type: [ScoredKeyDto], description: 'The model\'s distribution over departments' }) departments: ScoredKeyDto[];
  @ApiProperty() modelVersion: string;
}
