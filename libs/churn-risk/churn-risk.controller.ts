import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@feedloop/auth/access-scope';
import type { ApiRequest } from '@feedloop/auth/api-key.guard';
import { AtRiskCustomersService } from './at-risk-customers.service';
import { AtRiskCustomerDto, AtRiskCustomerIdParamDto, AtRiskCustomerPageDto, ListAtRiskCustomersQueryDto } from './dto/at-risk-customers.dto';

const DEPARTMENT_KEY_DENIED = 'ACCESS_DENIED for a key bound to a department (churn risk is not a department\'s)';

@ApiTags('at-risk customers')
@Controller('at-risk-customers')
export class ChurnRiskController {
  constructor(private readonly atRisk: AtRiskCustomersService) {}

  @Get()
  @ApiOperation({
    summary:
      'Customers showing signals of leaving (detractor answer, 3+ contacts in 14 days, an open feedback item past its SLA, a sharp score drop), ' +
      'highest score first; dismissed, cleared and cancelled customers are not listed',
  })
  @ApiOkResponse({ type: AtRiskCustomerPageDto })
  @ApiResponse({ status: 403, description: DEPARTMENT_KEY_DENIED })
  list(@Req() req: ApiRequest, @Query() query: ListAtRiskCustomersQueryDto): Promise<AtRiskCustomerPageDto> {
    return this.atRisk.list(AccessScope.forApiKey(req.apiKey!), query);
  }

  @Get(':customerId')
  @ApiOperation({ summary: 'A customer\'s at-risk entry, whatever its status' })
  @ApiOkResponse({ type: AtRiskCustomerDto })
  @ApiResponse({ status: 404, description: 'NOT_FOUND: the customer was never flagged' })
  @ApiResponse({ status: 403, description: DEPARTMENT_KEY_DENIED })
  get(@Req() req: ApiRequest, @Param() { customerId }: AtRiskCustomerIdParamDto): Promise<AtRiskCustomerDto> {
    return this.atRisk.get(AccessScope.forApiKey(req.apiKey!), customerId);
  }

  @Post(':customerId/dismiss')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a customer off the list; the flag returns only with a signal it did not have when dismissed' })
  @ApiOkResponse({ type: AtRiskCustomerDto })
  @ApiResponse({ status: 404, description: 'NOT_FOUND: the customer is not on the list' })
  @ApiResponse({ status: 403, description: DEPARTMENT_KEY_DENIED })
  dismiss(@Req() req: ApiRequest, @Param() { customerId }: AtRiskCustomerIdParamDto): Promise<AtRiskCustomerDto> {
    return this.atRisk.dismiss(AccessScope.forApiKey(req.apiKey!), customerId);
  }
}
