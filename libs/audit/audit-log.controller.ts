import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { ApiRequest } from '@feedloop/auth/api-key.guard';
import { AccessDeniedError } from '@feedloop/auth/auth.errors';
import { AuditLog } from './audit-log.service';
import { AuditPageDto, AuditQueryDto } from './dto/audit-entry.dto';

@ApiTags('audit log')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @ApiOperation({ summary: 'Who changed what and when, with the data before and after, newest first (keys bound to a department may not read it)' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiResponse({ status: 403, description: 'ACCESS_DENIED: the key is bound to a department' })
  list(@Req() req: ApiRequest, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    // The log covers every department, users and keys: only a key with the whole company's reach may read it.
    if (req.apiKey?.departmentId) throw new AccessDeniedError('a key bound to a department cannot read the audit log');
    return this.audit.list(query);
  }
}
