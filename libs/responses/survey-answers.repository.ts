import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '@feedloop/core/database/prepared-statement';
import type { ResponseWrite } from './responses.repository';
import type { InvitationStatus } from '@feedloop/surveys/invitation.entity';
import type { WebhookEventType } from '@feedloop/webhooks/webhook-events';
import type { LocalizedText, SurveyKind, SurveyLocale, SurveyMetric } from '@feedloop/surveys/survey.entity';

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
  kind: SurveyKind;
  /** null for an exit survey. */
  metric: SurveyMetric | null;
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
 * the page's time.
 */
const CONTEXT = new PreparedStatement<AnswerContextRow>(
  'survey_answer_context',
  `
  SELECT i.id AS "invitationId", i.survey_id AS "surveyId", i.customer_id AS "customerId", i.locale, i.status,
         i.expires_at > now() AS "withinWindow", c.erased_at IS NOT NULL AS "customerErased",
         s.kind, s.metric, s.question, s.follow_up AS "followUp", r.score, r.comment
  FROM invitations i
  JOIN surveys s ON s.id = i.survey_id
  JOIN customers c ON c.id = i.customer_id
  LEFT JOIN responses r ON r.invitation_id = i.id
  WHERE i.token = $1`,
);

/**
 * A first answer as one statement, one commit: the response (what
 * ResponsesRepository.insertIfAbsent writes), the invitation marked answered
 * with its log line (InvitationsRepository.markAnswered), all or nothing.
 * Only while no active webhook endpoint subscribes to `$8` (the events the
 * answer publishes), checked in the same statement, so a response is never
 * written without the deliveries of an endpoint that existed when it was:
 * then nothing is written and ResponsesService.record() queues them in its
 * transaction. Nor when the invitation has a response already (a concurrent
 * answer: the insert waits for it and does nothing), which record() changes.
 * The general path costs five round trips and two commits for what is
 * nearly every score link of a campaign; the statement triggers on responses
 * and invitations (metrics) fire here as they do for those statements.
 *
 * A first answer fits the per-invitation rate limit (it is the first), so it
 * is only counted there (`counted`, core's rate_limits table, as
 * SharedRateLimiter counts) for later changes to see. The per-address limit
 * is taken before, in a statement of its own: its row is shared by every
 * answer from one address (all of them, behind a proxy without TRUST_PROXY),
 * and held locked for a whole answer's write it would queue them one by one.
 */
const FIRST_ANSWER = new PreparedStatement<{ responseId: string | null }>(
  'survey_first_answer',
  `
  WITH listening AS (
    SELECT EXISTS (SELECT 1 FROM webhook_endpoints WHERE status = 'active' AND events && $8::text[]) AS yes
  ), created AS (
    INSERT INTO responses (invitation_id, survey_id, customer_id, metric, score, comment, source, channel, contact_channel, team)
    SELECT $1::uuid, $2::uuid, $3::uuid, $4::text, $5::smallint, $6::text, $7::text, i.channel, i.contact_channel, i.team
    FROM invitations i WHERE i.id = $1 AND NOT (SELECT yes FROM listening)
    ON CONFLICT (invitation_id) DO NOTHING
    RETURNING id
  ), counted AS (
    INSERT INTO rate_limits AS r (key, window_index, hits, expires_at)
    SELECT $9, $10::bigint, 1, $11::timestamptz FROM created
    ON CONFLICT (key, window_index) DO UPDATE SET hits = r.hits + 1
  ), answered AS (
    UPDATE invitations SET status = 'answered', answered_at = now(), updated_at = now()
    WHERE id = $1 AND status IN ('sent', 'delivered') AND EXISTS (SELECT 1 FROM created)
    RETURNING id
  ), logged AS (
    INSERT INTO invitation_log (invitation_id, status, detail) SELECT id, 'answered', NULL FROM answered
  )
  SELECT (SELECT id FROM created) AS "responseId"`,
);

/** The per-invitation rate-limit row a first answer counts in (see FIRST_ANSWER). */
export interface FirstAnswerCount {
  key: string;
  windowIndex: number;
  expiresAt: string;
}

@Injectable()
export class SurveyAnswersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByToken(token: string): Promise<AnswerContextRow | null> {
    const rows = await CONTEXT.run(this.dataSource, [token]);
    return rows[0] ?? null;
  }

  /** The new response's id, or null when nothing was written (see FIRST_ANSWER). */
  async recordFirstAnswer(w: ResponseWrite, events: WebhookEventType[], perInvitation: FirstAnswerCount): Promise<string | null> {
    const [row] = await FIRST_ANSWER.run(this.dataSource, [
      w.invitationId, w.surveyId, w.customerId, w.metric, w.score, w.comment, w.source, events,
      perInvitation.key, perInvitation.windowIndex, perInvitation.expiresAt,
    ]);
    return row.responseId;
  }

}
