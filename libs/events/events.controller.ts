import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { AllowDepartmentKeys } from '@feedloop/auth/department-keys.decorator';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { ApiRequest } from '@feedloop/auth/api-key.guard';
import { CancellationEventDto, ContactEventDto, MAX_BATCH_SIZE, SignupEventDto } from './dto/create-event.dto';
import { BatchResultDto, EventDto, EventPageDto } from './dto/event.dto';
import { EventIdParamsDto } from './dto/event-id-params.dto';
import { ListEventsQueryDto } from './dto/list-events-query.dto';
import { EventInput } from './event-input';
import { EventsBodyPipe } from './events-body.pipe';
import { EventsService } from './events.service';

const ONE_EVENT = {
  oneOf: [ContactEventDto, SignupEventDto, CancellationEventDto].map((dto) => ({ $ref: getSchemaPath(dto) })),
  discriminator: {
    propertyName: 'type',
    mapping: {
      contact: getSchemaPath(ContactEventDto),
      signup: getSchemaPath(SignupEventDto),
      cancellation: getSchemaPath(CancellationEventDto),
    },
  },
};

@ApiTags('events')
@ApiExtraModels(ContactEventDto, SignupEventDto, CancellationEventDto, BatchResultDto)
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  // Integrations that post contacts (a helpdesk of one department) may hold a department-bound key; reading events back is for unbound keys.
  @AllowDepartmentKeys()
  @Post()
  @ApiOperation({
    summary: 'Record a contact, signup or cancellation event, or a batch of up to 1000',
    description:
      'Each event carries an idempotencyKey: repeating it returns the first event (200, header `Idempotent-Replayed: true`) and creates nothing. ' +
      'An array body returns per-item results; bad items are rejected and the rest stored.',
  })
  @ApiBody({
    schema: {
      oneOf: [...ONE_EVENT.oneOf, { type: 'array', minItems: 1, maxItems: MAX_BATCH_SIZE, items: ONE_EVENT }],
    },
    examples: {
      contact: {
        value: {
          type: 'contact',
          idempotencyKey: 'k-1',
          customerExternalId: 'c-1',
          contactChannel: 'phone',
          team: 'Infolinia',
          agent: 'Jan K.',
          caseId: 'Z-77',
          occurredAt: '2026-11-01T10:00:00Z',
        },
      },
    },
  })
  @ApiCreatedResponse({ type: EventDto, description: 'A single event was stored' })
  @ApiOkResponse({
    description: 'A replayed key (the first event, header `Idempotent-Replayed: true`), or the results of a batch',
    schema: { oneOf: [{ $ref: getSchemaPath(EventDto) }, { $ref: getSchemaPath(BatchResultDto) }] },
  })
  @ApiBadRequestResponse({ description: 'The body or a single event is invalid; the message names the field and rule' })
  @ApiUnprocessableEntityResponse({ description: 'UNKNOWN_CUSTOMER: no customer has customerExternalId and no `customer` details were sent' })
  async create(
    @Body(EventsBodyPipe) body: EventInput | unknown[],
    @Req() req: ApiRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EventDto | BatchResultDto> {
    const apiKeyId = req.apiKey?.id ?? null;
    if (Array.isArray(body)) {
      res.status(HttpStatus.OK);
      return this.events.ingestBatch(body, apiKeyId);
    }
    const { event, replayed } = await this.events.ingest(body, apiKeyId);
    if (replayed) res.status(HttpStatus.OK).setHeader('Idempotent-Replayed', 'true');
    return event;
  }

  @Get()
  @ApiOperation({ summary: 'List events, oldest received first, with filters and a cursor' })
  @ApiOkResponse({ type: EventPageDto })
  list(@Query() query: ListEventsQueryDto): Promise<EventPageDto> {
    return this.events.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ description: 'EVENT_NOT_FOUND' })
  get(@Param() params: EventIdParamsDto): Promise<EventDto> {
    return this.events.get(params.id);
  }
}
