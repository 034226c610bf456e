import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsModule } from './metrics.module';

/** The metrics routes of the API app. */
@Module({
  imports: [MetricsModule],
  controllers: [MetricsController],
})
export class MetricsApiModule {}
