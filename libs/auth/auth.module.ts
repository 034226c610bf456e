import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { AuditModule } from '@feedloop/audit/audit.module';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { purgeExpiredSessionsJob } from './auth.jobs';
import { LoginService } from './login.service';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([ApiKeyEntity, UserEntity]), DepartmentsModule, AuditModule],
  providers: [ApiKeysRepository, ApiKeysService, UsersRepository, UsersService, LoginService, SessionsRepository, SessionsService],
  exports: [ApiKeysService, UsersService, LoginService, SessionsService],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly sessions: SessionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(purgeExpiredSessionsJob(this.sessions));
  }
}
