import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditModule } from './audit.module';

/** The audit log's route, for the API app only. */
@Module({
  imports: [AuditModule],
  controllers: [AuditLogController],
})
export class AuditApiModule {}
