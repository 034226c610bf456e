import { Module } from '@nestjs/common';
import { FeedbackController } from './feedback.controller';
import { FeedbackModule } from './feedback.module';

/** The feedback item routes, for the API app only. */
@Module({
  imports: [FeedbackModule],
  controllers: [FeedbackController],
})
export class FeedbackApiModule {}
