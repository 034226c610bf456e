import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { Module } from '@nestjs/common';
import { AuditModule } from '@feedloop/audit/audit.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { DeliveryModule } from '@feedloop/delivery/delivery.module';
import { EventsModule } from '@feedloop/events/events.module';
import { InvitationEntity } from './invitation.entity';
import { InvitationLogEntity } from './invitation-log.entity';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { SurveyDispatchService } from './survey-dispatch.service';
import { SurveySchedulingService } from './survey-scheduling.service';
import { SurveyEntity } from './survey.entity';
import { SurveyMessageRenderer } from './survey-message.renderer';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';
import { SurveyTestSendService } from './survey-test-send.service';

/** Survey definitions and their messages, without routes, so the worker and the dashboard can use it too. */
@Module({
  imports: [TypeOrmModule.forFeature([SurveyEntity, InvitationEntity, InvitationLogEntity]), CustomersModule, EventsModule, DeliveryModule, DepartmentsModule, AuditModule],
  providers: [
    SurveysRepository,
    SurveysService,
    SurveyMessageRenderer,
    InvitationsRepository,
    InvitationsService,
    SurveySchedulingService,
    SurveyDispatchService,
    SurveyTestSendService,
  ],
  exports: [SurveysService, SurveyMessageRenderer, InvitationsService, SurveyDispatchService, SurveySchedulingService, SurveyTestSendService],
})
export class SurveysModule {}
