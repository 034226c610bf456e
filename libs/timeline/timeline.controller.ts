import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { AccessScope } from '@feedloop/auth/access-scope';
import type { ApiRequest } from '@feedloop/auth/api-key.guard';
import { AllowDepartmentKeys } from '@feedloop/auth/department-keys.decorator';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerIdParamDto } from '@feedloop/customers/dto/customer-id-param.dto';
import { TimelinePageDto, TimelineQueryDto } from './dto/timeline.dto';
import { TimelineService } from './timeline.service';

@ApiTags('customers')
@Controller('customers')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  // A department head sees a customer's whole history beside an item in the dashboard; a key bound to the department likewise.
  @AllowDepartmentKeys()
  @Get(':id/timeline')
  @ApiOperation({
    summary: "The customer's events, survey invitations, responses, feedback items and replies, newest first, with a cursor",
    description:
      'Items are ordered by `at`: when an event happened, when an invitation was sent (created, if never sent), when a response was first given. ' +
      'An erased customer keeps a timeline without personal data: scores stay, comments, case ids and event data are gone.',
  })
  @ApiOkResponse({ type: TimelinePageDto })
  @ApiBadRequestResponse({ description: '`id` is not a UUID, or a query parameter breaks its rule' })
  @ApiNotFoundResponse({ description: 'CUSTOMER_NOT_FOUND' })
  get(@Req() req: ApiRequest, @Param() { id }: CustomerIdParamDto, @Query() query: TimelineQueryDto): Promise<TimelinePageDto> {
    // A department-bound key sees that department's feedback items and replies only.
    return this.timeline.page(id, query, AccessScope.forApiKey(req.apiKey!));
  }
}
