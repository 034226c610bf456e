import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SURVEY_LOCALES, SurveyLocale } from '../survey.entity';

export class PreviewSurveyDto {
  @ApiProperty({ enum: SURVEY_LOCALES })
  @IsIn(SURVEY_LOCALES)
  locale!: SurveyLocale;

  @ApiPropertyOptional({ example: 'Anna Nowak', maxLength: 200, description: 'Shown in the greeting; omitted: the greeting without a name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  customerName?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Render the reminder e-mail instead of the first one.' })
  @IsOptional()
  @IsBoolean()
  reminder?: boolean;
}

export class EmailPreviewDto {
  @ApiProperty() subject!: string;
  @ApiProperty() html!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'The answer links use a placeholder token.' }) answerUrl!: string;
  @ApiProperty() unsubscribeUrl!: string;
}

export class SmsTextPreviewDto {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: ['GSM-7', 'UCS-2'] }) encoding!: 'GSM-7' | 'UCS-2';
  @ApiProperty({ description: 'Segments billed.' }) segments!: number;
  @ApiProperty({ description: 'Characters as a person counts them.' }) characters!: number;
}

export class SmsPreviewDto extends SmsTextPreviewDto {
  @ApiProperty({ description: 'Whether the survey sends the transliterated text (smsTransliterate); text/encoding/segments above are what is sent.' })
  transliterated!: boolean;
  @ApiProperty({ type: () => SmsTextPreviewDto }) withoutTransliteration!: SmsTextPreviewDto;
  @ApiProperty({ type: () => SmsTextPreviewDto }) withTransliteration!: SmsTextPreviewDto;
}

export class SurveyPreviewDto {
  @ApiProperty({ enum: SURVEY_LOCALES }) locale!: SurveyLocale;
  @ApiProperty({ type: () => EmailPreviewDto }) email!: EmailPreviewDto;
  @ApiProperty({ type: () => SmsPreviewDto }) sms!: SmsPreviewDto;
}
