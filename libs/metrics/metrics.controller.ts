import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MetricsQueryDto } from './dto/metrics-query.dto';
import { MetricsResponseDto } from './dto/metrics-response.dto';
import { MetricsService } from './metrics.service';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @ApiOperation({
    summary: 'NPS, CSAT or CES with n, 95% margin of error and response rate, per calendar period and group',
    description: [
      'A response counts in the period of its first answer (when it was created); a changed score keeps that time and counts once, with its latest value. Score-only answers count.',
      'An invitation counts in the period it was sent: the response rate is the share of the invitations delivered in a period (sent and not failed or bounced; e-mail has no delivery report) that have been answered, whenever.',
      'Answers recorded a moment ago are included.',
    ].join(' '),
  })
  @ApiOkResponse({ type: MetricsResponseDto })
  @ApiBadRequestResponse({ description: 'A query parameter breaks its rule; the message names it.' })
  query(@Query() q: MetricsQueryDto): Promise<MetricsResponseDto> {
    const { metric, from, to, interval, timeZone, groupBy, surveyId, contactChannel, team, channel } = q;
    return this.metrics.query({ metric, from, to, interval, timeZone, groupBy, filters: { surveyId, contactChannel, team, channel } });
  }
}
