import type { LimitDecision } from '@feedloop/core/http/sliding-window-limiter';
import { AnswerRateLimit } from './answer-rate-limit';
import { Injectable } from '@nestjs/common';
import { InvitationsService } from '@feedloop/surveys/invitations.service';
import type { SurveyKind, SurveyMetric } from '@feedloop/surveys/survey.entity';
import { SCALES, Scale } from '@feedloop/surveys/survey-scale';
import type { ResponseSource } from './response.entity';
import { RecordResponseInput, ResponsesService, eventsOfNewResponse } from './responses.service';
import { AnswerContextRow, SurveyAnswersRepository } from './survey-answers.repository';
import type { PageLocale } from './unsubscribe.service';

const ALLOWED: LimitDecision = { allowed: true, retryAfterSeconds: 0 };

/** Tokens are short random strings (32 characters); anything else is not one and needs no query. */
const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/** Statuses of a received invitation; only these take answers, until the invitation expires. */
const ANSWERABLE: ReadonlySet<string> = new Set(['sent', 'delivered', 'answered']);

interface OpenInvitationBase {
  invitationId: string;
  surveyId: string;
  customerId: string;
  locale: PageLocale;
  /** The invitation is marked answered already (its response can still be changed). */
  answered: boolean;
  question: string;
  followUp: string;
  score: number | null;
  comment: string | null;
}

/** An invitation to a survey with a scale: answered on the survey page, with a score. */
export interface ScoredInvitation extends OpenInvitationBase {
  kind: Exclude<SurveyKind, 'exit'>;
  metric: SurveyMetric;
  scale: Scale;
}

/** An exit survey has no scale: it is answered on the exit interview page (libs/churn). */
export interface ExitInvitation extends OpenInvitationBase {
  kind: 'exit';
  metric: null;
  scale: null;
}

export type OpenInvitation = ScoredInvitation | ExitInvitation;

/**
 * What a survey link leads to: the invitation to answer, or why there is
 * none. `closed` covers invitations that never reached the customer (not
 * sent yet, suppressed, failed, bounced) and those of erased customers.
 */
export type AnswerTarget =
  | { state: 'open'; invitation: OpenInvitation }
  | { state: 'expired' | 'closed'; locale: PageLocale }
  | { state: 'not_found' };

/**
 * Answers given on the survey pages: a score link of the e-mail or the form.
 * The token in the link is the only authorisation, as for the unsubscribe
 * link; it is random (≥128 bits) and reached the customer's mailbox.
 */
@Injectable()
export class SurveyAnswersService {
  constructor(
    private readonly repo: SurveyAnswersRepository,
    private readonly responses: ResponsesService,
    private readonly invitations: InvitationsService,
    private readonly limits: AnswerRateLimit,
  ) {}

  async find(token: string): Promise<AnswerTarget> {
    const row = TOKEN.test(token) ? await this.repo.findByToken(token) : null;
    if (!row) return { state: 'not_found' };
    if (row.customerErased || !(ANSWERABLE.has(row.status) || row.status === 'expired')) return { state: 'closed', locale: row.locale };
    if (row.status === 'expired' || !row.withinWindow) return { state: 'expired', locale: row.locale };
    return { state: 'open', invitation: toOpen(row) };
  }

  /**
   * Records the score (and comment) as the invitation's one response: a new
   * answer, or a change kept in its history. The caller found the invitation
   * open a moment ago; comment rules (trim, length) are ResponsesService's and
   * come back as INVALID_INPUT on the `comment` field, with nothing written.
   * Answers are rate-limited per client address and per invitation
   * (AnswerRateLimit); a refusal is returned, with nothing written.
   */
  async answer(invitation: ScoredInvitation, score: number, comment: string | null, source: ResponseSource, ip: string | undefined): Promise<LimitDecision> {
    const input: RecordResponseInput = {
      invitationId: invitation.invitationId,
      surveyId: invitation.surveyId,
      customerId: invitation.customerId,
      metric: invitation.metric,
      score,
      comment,
      source,
    };
    if (!invitation.answered && invitation.score === null) {
      // Most answers are first answers that no webhook listens to: one statement then; anything else takes the general path.
      const write = this.responses.validate(input);
      const { decision, count } = await this.limits.takeForFirstAnswer(ip, invitation.invitationId);
      if (!decision.allowed) return decision;
      if (await this.repo.recordFirstAnswer(write, eventsOfNewResponse(write), count)) return ALLOWED;
      // Not written (a webhook listens, or a concurrent answer won): the general path, its address already counted.
      const counted = await this.limits.takeForInvitation(invitation.invitationId);
      if (!counted.allowed) return counted;
    } else {
      const decision = await this.limits.take(ip, invitation.invitationId);
      if (!decision.allowed) return decision;
    }
    await this.responses.record(input, invitation.answered ? undefined : (manager) => this.invitations.markAnswered(invitation.invitationId, manager));
    return ALLOWED;
  }
}

function toOpen(row: AnswerContextRow): OpenInvitation {
  const other: PageLocale = row.locale === 'pl' ? 'en' : 'pl';
  const base: OpenInvitationBase = {
    invitationId: row.invitationId,
    surveyId: row.surveyId,
    customerId: row.customerId,
    locale: row.locale,
    answered: row.status === 'answered',
    // Both locales are required on write; the fallback only covers rows edited by hand.
    question: row.question[row.locale] ?? row.question[other] ?? '',
    followUp: row.followUp[row.locale] ?? row.followUp[other] ?? '',
    score: row.score,
    comment: row.comment,
  };
  if (row.kind === 'exit' || !row.metric) return { ...base, kind: 'exit', metric: null, scale: null };
  return { ...base, kind: row.kind, metric: row.metric, scale: SCALES[row.metric] };
}
