import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { BadRequestException, Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CustomerExport, CustomerPrivacyService } from './customer-privacy.service';
import { CustomerImportService, MAX_IMPORT_ROWS } from './customer-import.service';
import { CustomersService } from './customers.service';
import { CustomerIdParamDto } from './dto/customer-id-param.dto';
import { CustomerPageDto, CustomerResponseDto, ErasedCustomerDto } from './dto/customer-response.dto';
import { ImportResultDto } from './dto/import-result.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { UpsertCustomerDto } from './dto/upsert-customer.dto';

@ApiTags('customers')
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly imports: CustomerImportService,
    private readonly privacy: CustomerPrivacyService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create or update a customer by externalId' })
  @ApiResponse({ status: 201, description: 'Created', type: CustomerResponseDto })
  @ApiResponse({ status: 200, description: 'Updated (the externalId existed)', type: CustomerResponseDto })
  async upsert(@Actor() actor: AuditActor, @Body() dto: UpsertCustomerDto, @Res({ passthrough: true }) res: Response): Promise<CustomerResponseDto> {
    const { customer, created } = await this.customers.upsert(dto, 'api', actor);
    res.status(created ? 201 : 200);
    return customer;
  }

  @Post('import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    summary: `Import up to ${MAX_IMPORT_ROWS} customers with a result per row`,
    description:
      'A JSON array of customers, a `text/csv` body, or a `multipart/form-data` upload with the CSV in `file`. ' +
      'CSV columns: externalId,name,email,phone,locale,timeZone,emailConsent,smsConsent and attributes.<key>. ' +
      'Bad rows are reported and skipped; the others are stored.',
  })
  @ApiConsumes('application/json', 'text/csv', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'array', items: { $ref: '#/components/schemas/UpsertCustomerDto' }, maxItems: MAX_IMPORT_ROWS },
        { type: 'string', description: 'CSV' },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
      ],
    },
  })
  @ApiOkResponse({ type: ImportResultDto })
  import(
    @Actor() actor: AuditActor,
    @Body() body: unknown,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<ImportResultDto> {
    if (file) return this.imports.importCsv(file.buffer.toString('utf8'), actor);
    if (contentType?.startsWith('multipart/')) throw new BadRequestException('file must be a CSV file uploaded in the "file" field');
    if (typeof body === 'string') return this.imports.importCsv(body, actor);
    return this.imports.importJson(body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'List customers, oldest first, with cursor pagination' })
  @ApiOkResponse({ type: CustomerPageDto })
  list(@Query() query: ListCustomersQueryDto): Promise<CustomerPageDto> {
    return this.customers.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CustomerResponseDto })
  @ApiResponse({ status: 404, description: 'CUSTOMER_NOT_FOUND' })
  @ApiResponse({ status: 410, description: 'CUSTOMER_ERASED' })
  get(@Param() { id }: CustomerIdParamDto): Promise<CustomerResponseDto> {
    return this.customers.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some fields of a customer' })
  @ApiOkResponse({ type: CustomerResponseDto })
  update(@Actor() actor: AuditActor, @Param() { id }: CustomerIdParamDto, @Body() dto: UpdateCustomerDto): Promise<CustomerResponseDto> {
    return this.customers.update(id, dto, 'api', actor);
  }

  @Get(':id/export')
  @ApiOperation({ summary: 'GDPR export: everything stored about the customer' })
  @ApiOkResponse({ description: '{ exportedAt, customer, consentHistory, <one section per module> }' })
  export(@Param() { id }: CustomerIdParamDto): Promise<CustomerExport> {
    return this.privacy.export(id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'GDPR erasure: remove personal data, keep anonymous statistics. Idempotent.' })
  @ApiOkResponse({ type: ErasedCustomerDto })
  erase(@Actor() actor: AuditActor, @Param() { id }: CustomerIdParamDto): Promise<ErasedCustomerDto> {
    return this.privacy.erase(id, actor);
  }
}
