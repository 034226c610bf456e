import { Injectable } from '@nestjs/common';
import { Cursor, Keyed, decodeCursor, encodeExactCursor } from '@feedloop/core/http/cursor';
import { CustomersService } from '@feedloop/customers/customers.service';
import { EventsService } from '@feedloop/events/events.service';
import { AccessScope } from '@feedloop/auth/access-scope';
import { ChurnCasesService } from '@feedloop/churn/churn-cases.service';
import { FeedbackItemsService } from '@feedloop/feedback/feedback-items.service';
import { ResponsesQueryService } from '@feedloop/responses/responses-query.service';
import { InvitationsService } from '@feedloop/surveys/invitations.service';
import { TIMELINE_KINDS, TimelineInvitationDto, TimelineItemDto, TimelineKind, TimelinePageDto, TimelineQueryDto } from './dto/timeline.dto';

type InvitationView = Awaited<ReturnType<InvitationsService['listForCustomer']>>[number]['row'];

/** Position in the timeline: newest first, then by kind (higher rank first), then by id. */
interface Position {
  at: string;
  kind: TimelineKind;
  id: string;
}

const RANK: Record<TimelineKind, number> = { event: 0, invitation: 1, response: 2, feedback_item: 3, reply: 4, churn_case: 5, churn_activity: 6 };
const MIN_UUID = '00000000-0000-0000-0000-000000000000';
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * Customer 360 in time order: events, invitations, responses, feedback items and replies of one
 * customer, read through the services of the modules that own them and merged
 * here, so none of those modules needs to know the others.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly customers: CustomersService,
    private readonly events: EventsService,
    private readonly invitations: InvitationsService,
    private readonly responses: ResponsesQueryService,
    private readonly feedback: FeedbackItemsService,
    private readonly churn: ChurnCasesService,
  ) {}

  /**
   * One page, newest first. Each source is read from the cursor on for one
   * row more than the page; the page is the first `limit` of their merge,
   * which is exactly the first `limit` of the whole timeline. `kinds`: the
   * sources to merge (a page that shows only some reads only those).
   */
  async page(
    customerId: string,
    query: TimelineQueryDto,
    scope: AccessScope = AccessScope.system(),
    kinds: readonly TimelineKind[] = TIMELINE_KINDS,
  ): Promise<TimelinePageDto> {
    const customer = await this.customers.identify(customerId);
    const limit = query.limit ?? 50;
    const after = decodePosition(query.cursor);
    // Churn cases are the retention team's: department heads (and keys bound to a department) never see them.
    const seesChurn = scope.role !== 'department_head';
    const read = <T>(kind: TimelineKind, source: (bound: Cursor | null) => Promise<Array<Keyed<T>>>, allowed = true) =>
      allowed && kinds.includes(kind) ? source(boundFor(kind, after)) : Promise.resolve([]);
    const [events, invitations, responses, items, replies, cases, activities] = await Promise.all([
      read('event', (b) => this.events.listForCustomer(customerId, b, limit + 1)),
      read('invitation', (b) => this.invitations.listForCustomer(customerId, b, limit + 1)),
      read('response', (b) => this.responses.listForCustomer(customerId, b, limit + 1)),
      read('feedback_item', (b) => this.feedback.listForCustomer(scope, customerId, b, limit + 1)),
      read('reply', (b) => this.feedback.repliesForCustomer(scope, customerId, b, limit + 1)),
      read('churn_case', (b) => this.churn.casesForCustomer(customerId, b, limit + 1), seesChurn),
      read('churn_activity', (b) => this.churn.activitiesForCustomer(customerId, b, limit + 1), seesChurn),
    ]);
    const merged = [
      ...events.map((e) => entry('event', e, { kind: 'event' as const, event: e.row })),
      ...invitations.map((i) => entry('invitation', i, { kind: 'invitation' as const, invitation: toInvitation(i.row) })),
      ...responses.map((r) => entry('response', r, { kind: 'response' as const, response: r.row })),
      ...items.map((f) => entry('feedback_item', f, { kind: 'feedback_item' as const, feedbackItem: f.row })),
      ...replies.map((r) => entry('reply', r, { kind: 'reply' as const, reply: r.row })),
      ...cases.map((c) => entry('churn_case', c, { kind: 'churn_case' as const, churnCase: c.row })),
      ...activities.map((a) => entry('churn_activity', a, { kind: 'churn_activity' as const, churnActivity: a.row })),
    ].sort((a, b) => compareNewestFirst(a.position, b.position));
    const page = merged.slice(0, limit);
    const last = page[page.length - 1];
    return {
      customer: {
        id: customer.id,
        externalId: customer.externalId,
        erased: customer.erasedAt !== null,
        erasedAt: customer.erasedAt?.toISOString() ?? null,
      },
      items: page.map((e) => e.item),
      nextCursor: merged.length > limit ? encodeExactCursor(last.position.at, `${last.position.kind}:${last.position.id}`) : null,
    };
  }
}

function entry<T>(kind: TimelineKind, keyed: Keyed<T>, fields: Omit<TimelineItemDto, 'at'>): { position: Position; item: TimelineItemDto } {
  return {
    position: { at: keyed.key.at, kind, id: keyed.key.id },
    // The exact key has microseconds; the API shows times to the millisecond like every other field.
    item: { ...fields, at: `${keyed.key.at.slice(0, 23)}Z` } as TimelineItemDto,
  };
}

function compareNewestFirst(a: Position, b: Position): number {
  // Fixed-width UTC text compares as the instants do.
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.kind !== b.kind) return RANK[b.kind] - RANK[a.kind];
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/**
 * What each source must return to continue after `after`: rows strictly
 * after it in (at, kind, id) descending order. A source of a lower rank keeps
 * rows at the same instant, one of a higher rank does not.
 */
function boundFor(kind: TimelineKind, after: Position | null): Cursor | null {
  if (!after) return null;
  if (kind === after.kind) return { at: after.at, id: after.id };
  return { at: after.at, id: RANK[kind] < RANK[after.kind] ? MAX_UUID : MIN_UUID };
}

const POSITION_ID = new RegExp(`^(${TIMELINE_KINDS.join('|')}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`);

function decodePosition(raw: string | undefined): Position | null {
  const cursor = decodeCursor(raw, POSITION_ID);
  if (!cursor) return null;
  const [, kind, id] = POSITION_ID.exec(cursor.id)!;
  return { at: cursor.at, kind: kind as TimelineKind, id };
}

function toInvitation(i: InvitationView): TimelineInvitationDto {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: i.id,
    surveyId: i.surveyId,
    surveyName: i.surveyName,
    eventId: i.eventId,
    status: i.status,
    suppressionReason: i.suppressionReason,
    channel: i.channel,
    contactChannel: i.contactChannel,
    team: i.team,
    createdAt: i.createdAt.toISOString(),
    dueAt: i.dueAt.toISOString(),
    sentAt: iso(i.sentAt),
    deliveredAt: iso(i.deliveredAt),
    failedAt: iso(i.failedAt),
    answeredAt: iso(i.answeredAt),
    reminderSentAt: iso(i.reminderSentAt),
    expiresAt: i.expiresAt.toISOString(),
  };
}
