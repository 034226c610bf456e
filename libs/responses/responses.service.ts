import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { CustomersService } from '@feedloop/customers/customers.service';
import { SCALES } from '@feedloop/surveys/survey-scale';
import { WebhookEventType } from '@feedloop/webhooks/webhook-events';
import { WebhooksService } from '@feedloop/webhooks/webhooks.service';
import { isDetractor } from './detractor';
import { RESPONSE_RECORDED, ResponseRecordedEvent } from './response-events';
import { ResponseChangeEntity } from './response-change.entity';
import { RESPONSE_SOURCES, ResponseEntity, ResponseMetric, ResponseSource } from './response.entity';
import { ResponseWrite, ResponsesRepository } from './responses.repository';

/** The responses.comment constraint counts characters (code points), as PostgreSQL's length() does. */
export const MAX_COMMENT_LENGTH = 2000;

export interface RecordResponseInput {
  invitationId: string;
  surveyId: string;
  customerId: string;
  metric: ResponseMetric;
  score: number;
  comment?: string | null;
  source: ResponseSource;
}

@Injectable()
export class ResponsesService implements OnModuleInit {
  constructor(
    private readonly repo: ResponsesRepository,
    private readonly personalData: PersonalDataRegistry,
    private readonly webhooks: WebhooksService,
    private readonly customers: CustomersService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'responses',
      export: async (customerId, manager) =>
        (await this.repo.findWithChangesByCustomer(customerId, manager)).map((r) => ({
          ...toView(r),
          changes: r.changes.map(toChangeView),
        })),
      erase: (customerId, manager) => this.repo.eraseComments(customerId, manager),
    });
  }

  /**
   * Stores the answer to an invitation. Each invitation has one response: a
   * later answer replaces it and keeps the earlier values in response_changes,
   * and an answer equal to the stored one changes nothing. Whether the
   * invitation may still be answered (its expiry) is the caller's rule.
   * Webhooks are queued in the same transaction: response.created for the
   * first answer, response.detractor when the answer becomes a detractor's
   * (not again while it stays one). `alsoWrite` runs in that transaction
   * after the response is written: the caller's writes that must stand or
   * fall with it (the invitation marked answered), on the same commit.
   */
  async record(input: RecordResponseInput, alsoWrite?: (manager: EntityManager) => Promise<unknown>): Promise<{ responseId: string; created: boolean }> {
    const write = this.validate(input);
    return this.repo.transaction(async (manager) => {
      const createdId = await this.repo.insertIfAbsent(write, manager);
      if (createdId) {
        await this.publish(manager, write.invitationId, eventsOfNewResponse(write));
        await this.jobs.publish<ResponseRecordedEvent>(RESPONSE_RECORDED, { responseId: createdId }, manager);
        await alsoWrite?.(manager);
        return { responseId: createdId, created: true };
      }
      const previous = (await this.repo.lockValues(input.invitationId, manager))!;
      if (previous.score !== write.score || previous.comment !== write.comment || previous.source !== write.source) {
        await this.repo.replace(previous, write, manager);
        if (!isDetractor(write.metric, previous.score) && isDetractor(write.metric, write.score)) {
          await this.publish(manager, write.invitationId, ['response.detractor']);
        }
        await this.jobs.publish<ResponseRecordedEvent>(RESPONSE_RECORDED, { responseId: previous.id }, manager);
      }
      await alsoWrite?.(manager);
      return { responseId: previous.id, created: false };
    });
  }

  /**
   * The input as record() stores it (comment trimmed, empty as null), or
   * INVALID_INPUT naming the field: also for callers that write a first
   * answer their own faster way (SurveyAnswersService).
   */
  validate(input: RecordResponseInput): ResponseWrite {
    const scale = SCALES[input.metric];
    if (!scale) throw new InvalidInputError(`metric must be one of the following values: ${Object.keys(SCALES).join(', ')}`, 'metric');
    if (!Number.isInteger(input.score) || input.score < scale.min || input.score > scale.max) {
      throw new InvalidInputError(`score must be a whole number from ${scale.min} to ${scale.max}`, 'score');
    }
    if (!RESPONSE_SOURCES.includes(input.source)) {
      throw new InvalidInputError(`source must be one of the following values: ${RESPONSE_SOURCES.join(', ')}`, 'source');
    }
    return { ...input, comment: normalizeComment(input.comment) };
  }

  /** The event body is read back from the row just written, only when some endpoint listens. */
  private async publish(manager: EntityManager, invitationId: string, types: WebhookEventType[]): Promise<void> {
    await this.webhooks.publish(manager, types, async () => {
      const r = (await this.repo.findByInvitation(invitationId, manager))!;
      const externalId = await this.customers.externalIdOf(r.customerId, manager);
      return { occurredAt: r.updatedAt, customerId: r.customerId, data: { response: toWebhookResponse(r, externalId) } };
    });
  }

  async findByInvitation(invitationId: string): Promise<ResponseView | null> {
    const response = await this.repo.findByInvitation(invitationId);
    return response && toView(response);
  }

  /** Earlier values of a response, oldest first. */
  async history(responseId: string): Promise<ResponseChangeView[]> {
    return (await this.repo.changesOf(responseId)).map(toChangeView);
  }
}

/** The webhook events a new response (a first answer) publishes. */
export function eventsOfNewResponse(write: Pick<ResponseWrite, 'metric' | 'score'>): WebhookEventType[] {
  return isDetractor(write.metric, write.score) ? ['response.created', 'response.detractor'] : ['response.created'];
}

export interface ResponseView {
  id: string;
  invitationId: string;
  surveyId: string;
  metric: ResponseMetric;
  score: number;
  comment: string | null;
  source: ResponseSource;
  createdAt: string;
  updatedAt: string;
}

export interface ResponseChangeView {
  score: number;
  comment: string | null;
  source: ResponseSource;
  changedAt: string;
}

/**
 * Trimmed; empty means no comment. Otherwise kept exactly as written (no
 * Unicode normalization, no case folding): it is the customer's own words.
 */
function normalizeComment(comment: string | null | undefined): string | null {
  if (comment === null || comment === undefined) return null;
  if (typeof comment !== 'string') throw new InvalidInputError('comment must be a string', 'comment');
  const trimmed = comment.trim();
  if (!trimmed) return null;
  if (codePoints(trimmed) > MAX_COMMENT_LENGTH) {
    throw new InvalidInputError(`comment must be shorter than or equal to ${MAX_COMMENT_LENGTH} characters`, 'comment');
  }
  return trimmed;
}

/** Astral characters (emoji) are two UTF-16 units in JavaScript but one character to PostgreSQL. */
function codePoints(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

function toView(r: ResponseEntity): ResponseView {
  return {
    id: r.id,
    invitationId: r.invitationId,
    surveyId: r.surveyId,
    metric: r.metric,
    score: r.score,
    comment: r.comment,
    source: r.source,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The response in webhook bodies: the API's view plus its dimensions and customer; receivers code against it, so fields are only ever added. */
function toWebhookResponse(r: ResponseEntity, externalId: string | null) {
  return {
    ...toView(r),
    channel: r.channel,
    contactChannel: r.contactChannel,
    team: r.team,
    customer: { id: r.customerId, externalId },
  };
}

function toChangeView(c: ResponseChangeEntity): ResponseChangeView {
  return { score: c.score, comment: c.comment, source: c.source, changedAt: c.changedAt.toISOString() };
}
