import { Module } from '@nestjs/common';
import { TimelineController } from './timeline.controller';
import { TimelineModule } from './timeline.module';

/** GET /api/v1/customers/:id/timeline, for the API app only. */
@Module({
  imports: [TimelineModule],
  controllers: [TimelineController],
})
export class TimelineApiModule {}
