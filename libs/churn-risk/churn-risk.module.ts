import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AtRiskCustomersService } from './at-risk-customers.service';
import { CustomerRiskFlagEntity } from './customer-risk-flag.entity';
import { RiskEvaluationService } from './risk-evaluation.service';
import { RiskFlagsRepository } from './risk-flags.repository';
import { RiskSignalsRepository } from './risk-signals.repository';

/**
 * Early warning (issue 10.5): customers with signals of leaving, flagged
 * with their reasons on a list the retention team works before a
 * cancellation arrives. Listens to response.recorded and sweeps for the rest;
 * reads other modules' tables only (see RiskSignalsRepository) and imports no
 * module but core, so nothing depends on the order modules are built in.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerRiskFlagEntity])],
  providers: [RiskFlagsRepository, RiskSignalsRepository, RiskEvaluationService, AtRiskCustomersService],
  exports: [AtRiskCustomersService, RiskEvaluationService],
})
export class ChurnRiskModule {}
