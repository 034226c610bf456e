import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  // The log covers every department, users and keys: ApiKeyGuard refuses keys bound to a department (no @AllowDepartmentKeys here).
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(query);
  }
}
