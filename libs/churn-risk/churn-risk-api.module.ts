import { Module } from '@nestjs/common';
import { ChurnRiskController } from './churn-risk.controller';
import { ChurnRiskModule } from './churn-risk.module';

/** The at-risk list routes, for the API app only. */
@Module({
  imports: [ChurnRiskModule],
  controllers: [ChurnRiskController],
})
export class ChurnRiskApiModule {}
