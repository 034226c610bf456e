import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@feedloop/events/events.module';
import { AtRiskCustomersService } from './at-risk-customers.service';
import { CustomerRiskFlagEntity } from './customer-risk-flag.entity';
import { RiskEvaluationService } from './risk-evaluation.service';
import { RiskEventsConsumer } from './risk-events.consumer';
import { RiskFlagsRepository } from './risk-flags.repository';
import { RiskSignalsRepository } from './risk-signals.repository';

/**
 * Early warning (issue 10.5): customers with signals of leaving, flagged
 * with their reasons on a list the retention team works before a
 * cancellation arrives. Consumes events (its own queue, `churn_risk`),
 * listens to response.recorded and sweeps for the rest; reads other
 * modules' tables only (see RiskSignalsRepository). Imports only core and
 * events (for its queue), neither of which imports it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerRiskFlagEntity]), EventsModule],
  providers: [RiskFlagsRepository, RiskSignalsRepository, RiskEvaluationService, AtRiskCustomersService, RiskEventsConsumer],
  exports: [AtRiskCustomersService, RiskEvaluationService],
})
export class ChurnRiskModule {}
