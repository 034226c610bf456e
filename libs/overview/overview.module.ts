import { Module } from '@nestjs/common';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { FeedbackModule } from '@feedloop/feedback/feedback.module';
import { MetricsModule } from '@feedloop/metrics/metrics.module';
import { ThemesModule } from '@feedloop/themes/themes.module';
import { OverviewService } from './overview.service';

/**
 * The dashboard's overview: a read model over metrics (rollups), feedback
 * items, themes and SLAs, in the caller's scope. Writes nothing; the modules
 * it reads do not know it. A later capability (churn) adds its figures here
 * as one more part of OverviewService.build.
 */
@Module({
  imports: [MetricsModule, FeedbackModule, DepartmentsModule, ThemesModule],
  providers: [OverviewService],
  exports: [OverviewService],
})
export class OverviewModule {}
