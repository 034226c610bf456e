import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { writeLines } from '@feedloop/core/http/csv-stream';
import { ListResponsesQueryDto, ResponseFiltersDto } from './dto/list-responses-query.dto';
import { ResponseDetailDto, ResponseIdParamDto, ResponsePageDto } from './dto/response-item.dto';
import { responsesCsv } from './responses-csv';
import { ResponsesQueryService } from './responses-query.service';

@ApiTags('responses')
@Controller('responses')
export class ResponsesController {
  private readonly logger = new Logger(ResponsesController.name);

  constructor(private readonly responses: ResponsesQueryService) {}

  @Get()
  @ApiOperation({
    summary: 'List responses, newest first, with filters and a cursor',
    description: '`from`/`to` select by when the first answer arrived (`createdAt`). Filters combine with AND.',
  })
  @ApiOkResponse({ type: ResponsePageDto })
  @ApiBadRequestResponse({ description: 'A query parameter breaks its rule; the message names it' })
  list(@Query() query: ListResponsesQueryDto): Promise<ResponsePageDto> {
    return this.responses.list(query);
  }

  // Declared before ':id', which would otherwise take "export.csv" for an id.
  @Get('export.csv')
  @ApiOperation({
    summary: 'Every response matching the filters as CSV, newest first',
    description:
      'The filters of `GET /responses`, without pages: the file is streamed as it is read, whatever the range. ' +
      'UTF-8 with a BOM (Excel shows Polish letters), RFC 4180 quoting, CRLF line ends; text cells that a spreadsheet ' +
      'would read as a formula (starting with = + - @, tab or CR) are prefixed with a single quote. ' +
      'A download cut short by a server error ends without the final chunk, so clients see it as incomplete.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ description: 'A query parameter breaks its rule; the message names it' })
  async export(@Query() filters: ResponseFiltersDto, @Res() res: Response): Promise<void> {
    const lines = responsesCsv(this.responses.export(filters));
    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="responses-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    });
    try {
      if (await writeLines(lines, res)) res.end();
    } catch (err) {
      if (!res.headersSent) {
        // Nothing sent yet: the error filter can still answer with a proper status and a JSON body.
        res.removeHeader('Content-Type');
        res.removeHeader('Content-Disposition');
        throw err;
      }
      this.logger.error(`CSV export failed after the download began [${String(res.getHeader('x-request-id') ?? '')}]`, err instanceof Error ? err.stack : String(err));
      res.destroy();
    }
  }

  @Get(':id')
  @ApiOperation({ summary: 'One response with its earlier answers' })
  @ApiOkResponse({ type: ResponseDetailDto })
  @ApiNotFoundResponse({ description: 'RESPONSE_NOT_FOUND' })
  get(@Param() { id }: ResponseIdParamDto): Promise<ResponseDetailDto> {
    return this.responses.get(id);
  }
}
