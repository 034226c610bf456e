import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessScope } from '@feedloop/auth/access-scope';
import type { ApiRequest } from '@feedloop/auth/api-key.guard';
import { ChurnAnalyticsService } from './churn-analytics.service';
import { ChurnCasesService, assertCanWorkChurn } from './churn-cases.service';
import { ChurnOfferTypesService } from './churn-offer-types.service';
import { ChurnActivityDto, ChurnAnalyticsDto, ChurnCaseDetailDto, ChurnCasePageDto, ChurnOfferTypeDto } from './dto/churn-case.dto';
import {
  ChurnAnalyticsQueryDto,
  ChurnCaseIdParamDto,
  ChurnOfferParamDto,
  CreateActivityDto,
  CreateChurnCaseDto,
  CreateOfferTypeDto,
  ListChurnCasesQueryDto,
  OfferTypeIdParamDto,
  RecordInterviewDto,
  UpdateChurnCaseDto,
  UpdateOfferDto,
  UpdateOfferTypeDto,
} from './dto/churn-input.dto';

/** Keys bound to a department read like its head, who has no access to churn cases (403). */
function scopeOf(req: ApiRequest): AccessScope {
  return AccessScope.forApiKey(req.apiKey!);
}

const FORBIDDEN = 'ACCESS_DENIED for API keys bound to a department';

@ApiTags('churn cases')
@ApiForbiddenResponse({ description: FORBIDDEN })
@Controller('churn-cases')
export class ChurnCasesController {
  constructor(private readonly cases: ChurnCasesService) {}

  @Get()
  @ApiOperation({ summary: 'Churn cases, newest first (filters: status, owner, primary reason, customer, opened from/to)' })
  @ApiOkResponse({ type: ChurnCasePageDto })
  list(@Req() req: ApiRequest, @Query() query: ListChurnCasesQueryDto): Promise<ChurnCasePageDto> {
    return this.cases.list(scopeOf(req), query);
  }

  @Post()
  @ApiOperation({
    summary: 'Open a case for a cancellation taken by phone or in a branch (source manual), or from the at-risk list (proactive)',
    description: 'A customer with an open case gets no second one: the report joins it and the answer is 200 with that case.',
  })
  @ApiCreatedResponse({ type: ChurnCaseDetailDto, description: 'Opened' })
  @ApiOkResponse({ type: ChurnCaseDetailDto, description: 'The customer\'s open case, which the report joined' })
  @ApiResponse({ status: 422, description: 'UNKNOWN_CUSTOMER' })
  async open(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Body() dto: CreateChurnCaseDto, @Res({ passthrough: true }) res: Response): Promise<ChurnCaseDetailDto> {
    const { churnCase, opened } = await this.cases.open(scopeOf(req), dto, new Date(), actor);
    res.status(opened ? 201 : 200);
    return churnCase;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One case with its activities, offers, interview and the customer\'s last contacts, scores and open feedback items' })
  @ApiOkResponse({ type: ChurnCaseDetailDto })
  @ApiResponse({ status: 404, description: 'CHURN_CASE_NOT_FOUND' })
  get(@Req() req: ApiRequest, @Param() { id }: ChurnCaseIdParamDto): Promise<ChurnCaseDetailDto> {
    return this.cases.get(scopeOf(req), id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change status (open → contacted → offer_made → won_back | lost with lostReason), owner, or both' })
  @ApiOkResponse({ type: ChurnCaseDetailDto })
  @ApiResponse({ status: 409, description: 'ILLEGAL_STATUS_CHANGE naming the allowed statuses; CHURN_CASE_CLOSED' })
  update(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id }: ChurnCaseIdParamDto, @Body() dto: UpdateChurnCaseDto): Promise<ChurnCaseDetailDto> {
    return this.cases.update(scopeOf(req), id, dto, new Date(), actor);
  }

  @Post(':id/interview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the exit interview from a call (replaces an earlier answer); its reasons and comment are routed to the departments' })
  @ApiOkResponse({ type: ChurnCaseDetailDto })
  recordInterview(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id }: ChurnCaseIdParamDto, @Body() dto: RecordInterviewDto): Promise<ChurnCaseDetailDto> {
    return this.cases.recordInterview(scopeOf(req), id, dto, actor);
  }

  @Post(':id/activities')
  @ApiOperation({ summary: 'Log a call, note or e-mail, or record a save offer (kind offer); a call, e-mail or offer counts as the first contact' })
  @ApiCreatedResponse({ type: ChurnActivityDto })
  @ApiResponse({ status: 409, description: 'CHURN_CASE_CLOSED (closed cases take notes only)' })
  addActivity(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id }: ChurnCaseIdParamDto, @Body() dto: CreateActivityDto): Promise<ChurnActivityDto> {
    return this.cases.addActivity(scopeOf(req), id, dto, new Date(), actor);
  }

  @Patch(':id/offers/:offerId')
  @ApiOperation({ summary: 'Set the outcome of a save offer (pending, accepted, declined)' })
  @ApiOkResponse({ type: ChurnCaseDetailDto })
  @ApiResponse({ status: 404, description: 'CHURN_CASE_NOT_FOUND, CHURN_OFFER_NOT_FOUND' })
  setOffer(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id, offerId }: ChurnOfferParamDto, @Body() dto: UpdateOfferDto): Promise<ChurnCaseDetailDto> {
    return this.cases.setOfferOutcome(scopeOf(req), id, offerId, dto.outcome, dto.authorId, actor);
  }
}

@ApiTags('churn cases')
@ApiForbiddenResponse({ description: FORBIDDEN })
@Controller('churn-offer-types')
export class ChurnOfferTypesController {
  constructor(private readonly offerTypes: ChurnOfferTypesService) {}

  @Get()
  @ApiOkResponse({ type: [ChurnOfferTypeDto] })
  list(@Req() req: ApiRequest): Promise<ChurnOfferTypeDto[]> {
    assertUnbound(req);
    return this.offerTypes.list();
  }

  @Post()
  @ApiOperation({ summary: 'Define a save offer (discount, plan change, pause, free service visit...)' })
  @ApiCreatedResponse({ type: ChurnOfferTypeDto })
  @ApiResponse({ status: 409, description: 'CHURN_OFFER_TYPE_KEY_TAKEN' })
  create(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Body() dto: CreateOfferTypeDto): Promise<ChurnOfferTypeDto> {
    assertUnbound(req);
    return this.offerTypes.create(dto, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, describe, or (de)activate an offer type; recorded offers keep it' })
  @ApiOkResponse({ type: ChurnOfferTypeDto })
  @ApiResponse({ status: 404, description: 'CHURN_OFFER_TYPE_NOT_FOUND' })
  update(@Actor() actor: AuditActor, @Req() req: ApiRequest, @Param() { id }: OfferTypeIdParamDto, @Body() dto: UpdateOfferTypeDto): Promise<ChurnOfferTypeDto> {
    assertUnbound(req);
    return this.offerTypes.update(id, dto, actor);
  }
}

@ApiTags('churn cases')
@ApiForbiddenResponse({ description: FORBIDDEN })
@Controller('churn-analytics')
export class ChurnAnalyticsController {
  constructor(private readonly analytics: ChurnAnalyticsService) {}

  @Get()
  @ApiOperation({
    summary: 'Cases by reason, plan, segment, tenure band or competitor: count, value at risk, won back, lost, win-back rate',
    description: 'Cases whose cancellation is in [from, to). winBackRate = wonBack / (wonBack + lost), null when none is closed; money to 2 decimals, rates to 3.',
  })
  @ApiOkResponse({ type: ChurnAnalyticsDto })
  get(@Req() req: ApiRequest, @Query() query: ChurnAnalyticsQueryDto): Promise<ChurnAnalyticsDto> {
    return this.analytics.byGroup(scopeOf(req), query);
  }
}

function assertUnbound(req: ApiRequest): void {
  assertCanWorkChurn(scopeOf(req), 'churn offer types');
}
