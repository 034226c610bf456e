import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SurveyEntity } from './survey.entity';

/** Survey definitions and their messages, without routes, so the worker and the dashboard can use it too. */
@Module({
  imports: [TypeOrmModule.forFeature([SurveyEntity])],
  providers: [],
  exports: [],
})
export class SurveysModule {}
