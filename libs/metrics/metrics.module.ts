import { Module } from '@nestjs/common';
import { MetricsPeriodsRepository } from './metrics-periods.repository';
import { MetricsReadRepository } from './metrics-read.repository';
import { MetricsRollupsRepository } from './metrics-rollups.repository';
import { MetricsRollupsService } from './metrics-rollups.service';
import { MetricsService } from './metrics.service';

/**
 * NPS, CSAT, CES and response rates over time. Reads responses and
 * invitations through its own rollups and raw SQL (tables other modules
 * write; the rollups follow them through triggers), so it imports no
 * capability module.
 */
@Module({
  providers: [MetricsPeriodsRepository, MetricsReadRepository, MetricsRollupsRepository, MetricsService, MetricsRollupsService],
  exports: [MetricsService, MetricsRollupsService],
})
export class MetricsModule {}
