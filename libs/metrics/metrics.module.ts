import { Module } from '@nestjs/common';
import { MetricsRepository } from './metrics.repository';
import { MetricsRollupsService } from './metrics-rollups.service';
import { MetricsService } from './metrics.service';

/**
 * NPS, CSAT, CES and response rates over time. Reads responses and
 * invitations through its own rollups and raw SQL (tables other modules
 * write; the rollups follow them through triggers), so it imports no
 * capability module.
 */
@Module({
  providers: [MetricsRepository, MetricsService, MetricsRollupsService],
  exports: [MetricsService, MetricsRollupsService],
})
export class MetricsModule {}
