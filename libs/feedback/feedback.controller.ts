import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@feedloop/auth/access-scope';
import type { ApiRequest } from '@feedloop/auth/api-key.guard';
import { AllowDepartmentKeys } from '@feedloop/auth/department-keys.decorator';
import { FeedbackItemDetailDto, FeedbackItemDto, FeedbackItemPageDto, ReplyDto } from './dto/feedback-item.dto';
import { parseDateParam } from '@feedloop/core/http/date-param';
import {
  CreateReplyDto,
  FeedbackItemIdParamDto,
  ListFeedbackItemsQueryDto,
  ReclassifyDto,
  ReclassifyResultDto,
  RerouteFeedbackItemDto,
  UpdateFeedbackItemDto,
} from './dto/feedback-queries.dto';
import { FeedbackRoutingService } from './feedback-routing.service';
import { FeedbackItemsService } from './feedback-items.service';
import { FeedbackRepliesService } from './feedback-replies.service';

/**
 * A key bound to a department works only that department's items (404 for
 * the rest, as for its head); reclassifying history is for unbound keys.
 */
function scopeOf(req: ApiRequest): AccessScope {
  return AccessScope.forApiKey(req.apiKey!);
}

@ApiTags('feedback items')
@Controller('feedback-items')
export class FeedbackController {
  constructor(
    private readonly items: FeedbackItemsService,
    private readonly replies: FeedbackRepliesService,
    private readonly routing: FeedbackRoutingService,
  ) {}

  @AllowDepartmentKeys()
  @Get()
  @ApiOperation({ summary: 'Items routed to departments, newest first (a department-bound key: its department only)' })
  @ApiOkResponse({ type: FeedbackItemPageDto })
  list(@Req() req: ApiRequest, @Query() query: ListFeedbackItemsQueryDto): Promise<FeedbackItemPageDto> {
    return this.items.list(scopeOf(req), query);
  }

  @Post('reclassify')
  @HttpCode(202)
  @ApiOperation({ summary: 'Classify and route again every answer first given in [from, to), e.g. after a retrain (keys bound to a department may not)' })
  @ApiResponse({ status: 202, type: ReclassifyResultDto })
  async reclassify(@Body() dto: ReclassifyDto): Promise<ReclassifyResultDto> {
    const from = parseDateParam(dto.from, 'from');
    const to = parseDateParam(dto.to, 'to');
    return { queued: await this.routing.reclassify(from, to) };
  }

  @AllowDepartmentKeys()
  @Get(':id')
  @ApiOkResponse({ type: FeedbackItemDetailDto })
  @ApiResponse({ status: 404, description: 'FEEDBACK_ITEM_NOT_FOUND (also for another department\'s item)' })
  get(@Req() req: ApiRequest, @Param() { id }: FeedbackItemIdParamDto): Promise<FeedbackItemDetailDto> {
    return this.items.get(scopeOf(req), id);
  }

  @AllowDepartmentKeys()
  @Patch(':id')
  @ApiOperation({ summary: 'Change status (new → acknowledged → in_progress → resolved with resolutionNote), assignee or themes' })
  @ApiOkResponse({ type: FeedbackItemDto })
  @ApiResponse({ status: 409, description: 'ILLEGAL_STATUS_CHANGE, naming the allowed statuses' })
  update(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id }: FeedbackItemIdParamDto, @Body() dto: UpdateFeedbackItemDto): Promise<FeedbackItemDto> {
    return this.items.update(scopeOf(req), id, dto, actor);
  }

  @AllowDepartmentKeys()
  @Post(':id/reroute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the item to the department that should act on it; recorded, and taught to the classifier' })
  @ApiOkResponse({ type: FeedbackItemDto })
  reroute(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id }: FeedbackItemIdParamDto, @Body() dto: RerouteFeedbackItemDto): Promise<FeedbackItemDto> {
    return this.items.reroute(scopeOf(req), id, dto, actor);
  }

  @AllowDepartmentKeys()
  @Post(':id/replies')
  @ApiOperation({ summary: 'Reply to the customer by e-mail or SMS (queued, sent by a worker, logged on the item)' })
  @ApiCreatedResponse({ type: ReplyDto })
  @ApiResponse({ status: 422, description: 'CUSTOMER_UNREACHABLE: erased, no address on that channel, or opted out of it' })
  reply(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id }: FeedbackItemIdParamDto, @Body() dto: CreateReplyDto): Promise<ReplyDto> {
    return this.replies.reply(scopeOf(req), id, dto, actor);
  }
}
