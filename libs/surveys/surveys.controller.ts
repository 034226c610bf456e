import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CreateSurveyDto } from './dto/create-survey.dto';
import { ListSurveysQueryDto } from './dto/list-surveys-query.dto';
import { PreviewSurveyDto, SurveyPreviewDto } from './dto/preview-survey.dto';
import { SurveyIdParamDto } from './dto/survey-id-param.dto';
import { SurveyListDto, SurveyResponseDto, toSurveyResponse } from './dto/survey-response.dto';
import { UpdateSurveyDto } from './dto/update-survey.dto';
import { SurveysService } from './surveys.service';

@ApiTags('surveys')
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Post()
  @ApiOperation({ summary: 'Define a survey' })
  @ApiCreatedResponse({ type: SurveyResponseDto })
  async create(@Actor() actor: AuditActor, @Body() dto: CreateSurveyDto): Promise<SurveyResponseDto> {
    return toSurveyResponse(await this.surveys.create(dto, actor));
  }

  @Get()
  @ApiOperation({ summary: 'List surveys, oldest first' })
  @ApiOkResponse({ type: SurveyListDto })
  async list(@Query() query: ListSurveysQueryDto): Promise<SurveyListDto> {
    return { items: (await this.surveys.list(query)).map(toSurveyResponse) };
  }

  @Get(':id')
  @ApiOkResponse({ type: SurveyResponseDto })
  @ApiResponse({ status: 404, description: 'SURVEY_NOT_FOUND' })
  async get(@Param() { id }: SurveyIdParamDto): Promise<SurveyResponseDto> {
    return toSurveyResponse(await this.surveys.get(id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some fields of a survey; invitations already scheduled keep their due time' })
  @ApiOkResponse({ type: SurveyResponseDto })
  @ApiResponse({ status: 404, description: 'SURVEY_NOT_FOUND' })
  async update(@Actor() actor: AuditActor, @Param() { id }: SurveyIdParamDto, @Body() dto: UpdateSurveyDto): Promise<SurveyResponseDto> {
    return toSurveyResponse(await this.surveys.update(id, dto, actor));
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop scheduling; invitations not yet sent are suppressed when due' })
  @ApiOkResponse({ type: SurveyResponseDto })
  async pause(@Actor() actor: AuditActor, @Param() { id }: SurveyIdParamDto): Promise<SurveyResponseDto> {
    return toSurveyResponse(await this.surveys.pause(id, actor));
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOkResponse({ type: SurveyResponseDto })
  async resume(@Actor() actor: AuditActor, @Param() { id }: SurveyIdParamDto): Promise<SurveyResponseDto> {
    return toSurveyResponse(await this.surveys.resume(id, actor));
  }

  @Post(':id/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'The e-mail and SMS a customer would get, with SMS encoding and segments with and without transliteration' })
  @ApiOkResponse({ type: SurveyPreviewDto })
  preview(@Param() { id }: SurveyIdParamDto, @Body() dto: PreviewSurveyDto): Promise<SurveyPreviewDto> {
    return this.surveys.preview(id, dto);
  }
}
