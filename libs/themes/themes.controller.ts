import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { AllowDepartmentKeys } from '@feedloop/auth/department-keys.decorator';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ClassificationDto,
  ClassifyDto,
  CreateKeywordRuleDto,
  CreateThemeDto,
  KeywordRuleParamDto,
  ThemeDto,
  ThemeKeyParamDto,
  ThemeListDto,
  UpdateThemeDto,
} from './dto/theme.dto';
import { ModelInfoDto } from './dto/model-info.dto';
import { ThemeModelService } from './theme-model.service';
import { ThemesService } from './themes.service';

/** The catalogue and the model are every department's: a key bound to a department reads them (and classifies) but does not change them. */
@ApiTags('themes')
@Controller('themes')
export class ThemesController {
  constructor(
    private readonly themes: ThemesService,
    private readonly models: ThemeModelService,
  ) {}

  @AllowDepartmentKeys()
  @Get()
  @ApiOperation({ summary: 'The theme catalogue: complaint and praise themes with their department, texts, examples and keyword rules' })
  @ApiOkResponse({ type: ThemeListDto })
  async list(): Promise<ThemeListDto> {
    return { items: await this.themes.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Add a theme owned by a department' })
  @ApiCreatedResponse({ type: ThemeDto })
  @ApiResponse({ status: 409, description: 'THEME_KEY_TAKEN' })
  create(@Actor() actor: AuditActor, @Body() dto: CreateThemeDto): Promise<ThemeDto> {
    return this.themes.create(dto, actor);
  }

  @AllowDepartmentKeys()
  @Post('classify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Themes and department of a text, as routing would find them' })
  @ApiOkResponse({ type: ClassificationDto })
  classify(@Body() dto: ClassifyDto): Promise<ClassificationDto> {
    return this.themes.classify(dto.text, dto.locale);
  }

  @AllowDepartmentKeys()
  @Get('model')
  @ApiOperation({ summary: 'The active classifier: version, when trained, on how many examples, corrections waiting for the next retrain' })
  @ApiOkResponse({ type: ModelInfoDto })
  model(): Promise<ModelInfoDto> {
    return this.models.info();
  }

  @Post('model/retrain')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retrain now from the seeds, the catalogue and every correction, and swap the model in without a restart' })
  @ApiOkResponse({ type: ModelInfoDto })
  retrain(): Promise<ModelInfoDto> {
    return this.models.retrain();
  }

  @AllowDepartmentKeys()
  @Get(':key')
  @ApiOkResponse({ type: ThemeDto })
  @ApiResponse({ status: 404, description: 'THEME_NOT_FOUND' })
  get(@Param() { key }: ThemeKeyParamDto): Promise<ThemeDto> {
    return this.themes.get(key);
  }

  @Patch(':key')
  @ApiOperation({ summary: 'Change names, descriptions, examples, owning department, kind or whether the classifier uses it' })
  @ApiOkResponse({ type: ThemeDto })
  @ApiResponse({ status: 404, description: 'THEME_NOT_FOUND' })
  update(@Actor() actor: AuditActor, @Param() { key }: ThemeKeyParamDto, @Body() dto: UpdateThemeDto): Promise<ThemeDto> {
    return this.themes.update(key, dto, actor);
  }

  @Post(':key/keyword-rules')
  @ApiOperation({ summary: 'A phrase that always assigns this theme (whole words; case and Polish diacritics ignored)' })
  @ApiCreatedResponse({ type: ThemeDto })
  addRule(@Actor() actor: AuditActor, @Param() { key }: ThemeKeyParamDto, @Body() dto: CreateKeywordRuleDto): Promise<ThemeDto> {
    return this.themes.addRule(key, dto.phrase, null, actor);
  }

  @Delete(':key/keyword-rules/:ruleId')
  @ApiOkResponse({ type: ThemeDto })
  @ApiResponse({ status: 404, description: 'KEYWORD_RULE_NOT_FOUND' })
  removeRule(@Actor() actor: AuditActor, @Param() { key, ruleId }: KeywordRuleParamDto): Promise<ThemeDto> {
    return this.themes.removeRule(key, ruleId, actor);
  }
}

