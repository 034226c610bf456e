import { Module } from '@nestjs/common';
import { PublicPages } from '@feedloop/responses/public-page';
import { ResponsesModule } from '@feedloop/responses/responses.module';
import { SurveyPage } from '@feedloop/responses/survey.page';
import { SurveysModule } from '@feedloop/surveys/surveys.module';
import { ChurnAnalyticsController, ChurnCasesController, ChurnOfferTypesController } from './churn.controller';
import { ChurnModule } from './churn.module';
import { ExitInterviewPage } from './exit-interview.page';
import { ExitInterviewPageController } from './exit-interview-page.controller';

/** The churn routes of the API app: /api/v1/churn-cases, -offer-types, -analytics, and the exit interview page customers reach. */
@Module({
  imports: [ChurnModule, ResponsesModule, SurveysModule],
  controllers: [ChurnCasesController, ChurnOfferTypesController, ChurnAnalyticsController, ExitInterviewPageController],
  providers: [PublicPages, SurveyPage, ExitInterviewPage],
})
export class ChurnApiModule {}
