import { Module } from '@nestjs/common';
import { SurveysController } from './surveys.controller';
import { SurveysModule } from './surveys.module';

/** The HTTP routes of surveys, for the API app only. */
@Module({
  imports: [SurveysModule],
  controllers: [SurveysController],
})
export class SurveysApiModule {}
