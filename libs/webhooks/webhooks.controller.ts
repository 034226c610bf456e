import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { UpdateWebhookDto } from './dto/update-webhook.dto';
import { WebhookIdParamDto } from './dto/webhook-id-param.dto';
import {
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookListDto,
  WebhookResponseDto,
  WebhookWithSecretDto,
} from './dto/webhook-response.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Add an endpoint; the response carries its signing secret, shown this once' })
  @ApiCreatedResponse({ type: WebhookWithSecretDto })
  async create(@Actor() actor: AuditActor, @Body() dto: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    const { endpoint, secret } = await this.webhooks.create(dto, actor);
    return { ...endpoint, secret };
  }

  @Get()
  @ApiOperation({ summary: 'List endpoints, oldest first (without secrets), with cursor pagination' })
  @ApiOkResponse({ type: WebhookListDto })
  async list(@Query() query: PageQueryDto): Promise<WebhookListDto> {
    return this.webhooks.listPage(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookResponseDto })
  @ApiResponse({ status: 404, description: 'WEBHOOK_NOT_FOUND' })
  get(@Param() { id }: WebhookIdParamDto): Promise<WebhookResponseDto> {
    return this.webhooks.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, events, description or status (active/paused)' })
  @ApiOkResponse({ type: WebhookResponseDto })
  @ApiResponse({ status: 404, description: 'WEBHOOK_NOT_FOUND' })
  update(@Actor() actor: AuditActor, @Param() { id }: WebhookIdParamDto, @Body() dto: UpdateWebhookDto): Promise<WebhookResponseDto> {
    return this.webhooks.update(id, dto, actor);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the signing secret; the old one stops working at once. The new one is shown this once.' })
  @ApiOkResponse({ type: WebhookWithSecretDto })
  async rotateSecret(@Actor() actor: AuditActor, @Param() { id }: WebhookIdParamDto): Promise<WebhookWithSecretDto> {
    const { endpoint, secret } = await this.webhooks.rotateSecret(id, actor);
    return { ...endpoint, secret };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint with its delivery log; retries still due are dropped' })
  @ApiNoContentResponse()
  async remove(@Actor() actor: AuditActor, @Param() { id }: WebhookIdParamDto): Promise<void> {
    await this.webhooks.remove(id, actor);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Deliveries to an endpoint with every attempt, newest first' })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  deliveries(@Param() { id }: WebhookIdParamDto, @Query() query: PageQueryDto): Promise<WebhookDeliveryPageDto> {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/ping')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a signed `ping` event now (also to a paused endpoint) and answer with how it went' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  ping(@Param() { id }: WebhookIdParamDto): Promise<WebhookDeliveryDto> {
    return this.webhooks.ping(id);
  }
}
