import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InvitationStatus } from '@feedloop/surveys/invitation.entity';
import type { LocalizedText, SurveyLocale, SurveyMetric } from '@feedloop/surveys/survey.entity';

/** What an answering page needs to know about the invitation behind a link. */
export interface AnswerContextRow {
  invitationId: string;
  surveyId: string;
  customerId: string;
  locale: SurveyLocale;
  status: InvitationStatus;
  /** By the database's clock, like every other expiry check. */
  withinWindow: boolean;
  customerErased: boolean;
  metric: SurveyMetric;
  question: LocalizedText;
  followUp: LocalizedText;
  /** The current answer, if there is one. */
  score: number | null;
  comment: string | null;
}

/**
 * Reads across invitations, surveys, customers and responses in one
 * statement, unlike the rest of the code, which asks each module's service:
 * every tap on a score link runs it, and four round trips would be most of
 * the page's time. Read only; writes go through ResponsesService and
 * InvitationsService.
 */
const CONTEXT_SQL = `
  SELECT i.id AS "invitationId", i.survey_id AS "surveyId", i.customer_id AS "customerId", i.locale, i.status,
         i.expires_at > now() AS "withinWindow", c.erased_at IS NOT NULL AS "customerErased",
         s.metric, s.question, s.follow_up AS "followUp", r.score, r.comment
  FROM invitations i
  JOIN surveys s ON s.id = i.survey_id
  JOIN customers c ON c.id = i.customer_id
  LEFT JOIN responses r ON r.invitation_id = i.id
  WHERE i.token = $1`;

@Injectable()
export class SurveyAnswersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByToken(token: string): Promise<AnswerContextRow | null> {
    const rows: AnswerContextRow[] = await this.dataSource.query(CONTEXT_SQL, [token]);
    return rows[0] ?? null;
  }
}
