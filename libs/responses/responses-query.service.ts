import { Injectable } from '@nestjs/common';
import { Cursor, Keyed, Page, decodeCursor, encodeExactCursor } from '@feedloop/core/http/cursor';
import { ResponseFiltersDto, ListResponsesQueryDto } from './dto/list-responses-query.dto';
import { ResponseChangeDto, ResponseDetailDto, ResponseItemDto } from './dto/response-item.dto';
import { ResponseChangeEntity } from './response-change.entity';
import { ResponseNotFoundError } from './responses.errors';
import { ResponseFilter, ResponseListRow, ResponsesReadRepository } from './responses-read.repository';

/** Rows per query of the CSV export: big enough to amortise a round trip, small enough to hold in memory. */
export const EXPORT_PAGE_SIZE = 1000;

/** Reading responses through the API: lists, one response with its history, the CSV export, a customer's timeline. */
@Injectable()
export class ResponsesQueryService {
  constructor(private readonly repo: ResponsesReadRepository) {}

  async list(query: ListResponsesQueryDto): Promise<Page<ResponseItemDto>> {
    const limit = query.limit ?? 50;
    const rows = await this.repo.list(toFilter(query), decodeCursor(query.cursor), limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toItem), nextCursor: rows.length > limit ? encodeExactCursor(last.cursorAt, last.id) : null };
  }

  async get(id: string): Promise<ResponseDetailDto> {
    const row = await this.repo.findById(id);
    if (!row) throw new ResponseNotFoundError(id);
    const changes = await this.repo.changesOf([id]);
    return { ...toItem(row), changes: changes.map(toChange) };
  }

  /**
   * Every response matching the filters, newest first, fetched a page at a
   * time by keyset, so memory does not grow with the range and no
   * transaction stays open while a slow client downloads. Responses first
   * recorded after the export started are not included (they sort before its
   * first row); a response changed meanwhile appears with its values when its
   * page was read.
   */
  async *export(filters: ResponseFiltersDto, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ResponseItemDto> {
    const filter = toFilter(filters);
    let before: Cursor | null = null;
    for (;;) {
      const rows = await this.repo.list(filter, before, pageSize);
      for (const row of rows) yield toItem(row);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1];
      before = { at: last.cursorAt, id: last.id };
    }
  }

  /**
   * A customer's responses with their history, newest first by when they
   * were first given, strictly after `before` in that order (for the
   * customer timeline, which merges them with events and invitations).
   */
  /** Responses first given in [from, to), oldest first: what a consumer sweeping for missed answers reads. */
  idsCreatedBetween(from: Date, to: Date, limit: number, after: Cursor | null = null): Promise<Array<{ id: string; createdAt: Date; at: string }>> {
    return this.repo.idsCreatedBetween(from, to, limit, after);
  }

  async listForCustomer(customerId: string, before: Cursor | null, limit: number): Promise<Array<Keyed<ResponseDetailDto>>> {
    const rows = await this.repo.list({ customerId }, before, limit);
    const changes = await this.repo.changesOf(rows.filter((r) => r.changeCount > 0).map((r) => r.id));
    return rows.map((row) => ({
      key: { at: row.cursorAt, id: row.id },
      row: { ...toItem(row), changes: changes.filter((c) => c.responseId === row.id).map(toChange) },
    }));
  }
}

/** The filter fields alone: the page fields (cursor, limit) are not filters. */
function toFilter(q: ResponseFiltersDto): ResponseFilter {
  return {
    surveyId: q.surveyId,
    metric: q.metric,
    from: q.from,
    to: q.to,
    contactChannel: q.contactChannel,
    team: q.team,
    channel: q.channel,
    scoreMin: q.scoreMin,
    scoreMax: q.scoreMax,
    hasComment: q.hasComment,
    customerId: q.customerId,
  };
}

function toItem(r: ResponseListRow): ResponseItemDto {
  return {
    id: r.id,
    invitationId: r.invitationId,
    surveyId: r.surveyId,
    surveyName: r.surveyName,
    metric: r.metric,
    score: r.score,
    comment: r.comment,
    source: r.source,
    channel: r.channel,
    contactChannel: r.contactChannel,
    team: r.team,
    customerId: r.customerId,
    customerExternalId: r.customerExternalId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    changed: r.changeCount > 0,
    changeCount: r.changeCount,
  };
}

function toChange(c: ResponseChangeEntity): ResponseChangeDto {
  return { score: c.score, comment: c.comment, source: c.source, changedAt: c.changedAt.toISOString() };
}
