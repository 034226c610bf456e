import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SurveyEntity } from './survey.entity';
import { SurveyMessageRenderer } from './survey-message.renderer';
import { SurveysRepository } from './surveys.repository';
import { SurveysService } from './surveys.service';

/** Survey definitions and their messages, without routes, so the worker and the dashboard can use it too. */
@Module({
  imports: [TypeOrmModule.forFeature([SurveyEntity])],
  providers: [SurveysRepository, SurveysService, SurveyMessageRenderer],
  exports: [SurveysService, SurveyMessageRenderer],
})
export class SurveysModule {}
