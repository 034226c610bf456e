import type { Locale } from '@feedloop/auth/roles';
import type { FeedbackItemDto } from '@feedloop/feedback/dto/feedback-item.dto';
import type { TimelineItemDto } from '@feedloop/timeline/dto/timeline.dto';

const EXCERPT_CHARS = 140;
export const SLA_BADGE: Record<string, string> = { on_time: 'ok', due_soon: 'warn', breached: 'danger' };
const STATUS_BADGE: Record<string, string> = { new: 'info', acknowledged: 'muted', in_progress: 'warn', resolved: 'ok' };

/** A name in the page's language, the other language's when that one is missing, else the key. */
export function localName(name: { pl?: string; en?: string } | undefined, locale: Locale, fallback: string): string {
  return name?.[locale] || name?.[locale === 'pl' ? 'en' : 'pl'] || fallback;
}

/** The first characters of a comment, cut at a word where one is near; the view escapes it. */
export function excerpt(text: string | null, max = EXCERPT_CHARS): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The deadline that matters now, for the SLA badge: acknowledging while new,
 * resolving after that; a resolved item shows when it was resolved.
 */
export function deadlineOf(item: FeedbackItemDto): { key: 'ackBy' | 'resolveBy' | 'resolvedAt'; at: string } {
  if (item.status === 'resolved') return { key: 'resolvedAt', at: item.resolvedAt ?? item.updatedAt };
  if (item.status === 'new') return { key: 'ackBy', at: item.acknowledgeBy };
  return { key: 'resolveBy', at: item.resolveBy };
}

export interface ItemRowView {
  id: string;
  href: string;
  slaState: string;
  slaBadge: string;
  deadline: { key: string; at: string };
  department: string;
  themes: string[];
  /** null for an exit interview's item */
  score: number | null;
  hasScore: boolean;
  /** csat, nps, ces, or exit (an exit interview's item) */
  metric: string;
  excerpt: string | null;
  customer: string;
  contactChannel: string | null;
  team: string | null;
  status: string;
  statusBadge: string;
  assignee: string | null;
  createdAt: string;
}

export function itemRow(item: FeedbackItemDto, locale: Locale): ItemRowView {
  return {
    id: item.id,
    href: `/inbox/${item.id}`,
    slaState: item.slaState,
    slaBadge: SLA_BADGE[item.slaState] ?? 'muted',
    deadline: deadlineOf(item),
    department: item.department.name,
    themes: item.themes.map((t) => localName(t.name, locale, t.key)),
    score: item.score,
    // An exit interview has no score: the metric's label says what it is.
    hasScore: item.score !== null,
    metric: item.metric ?? 'exit',
    excerpt: excerpt(item.comment),
    customer: customerLabel(item.customer),
    contactChannel: item.contact.channel,
    team: item.contact.team,
    status: item.status,
    statusBadge: STATUS_BADGE[item.status] ?? 'muted',
    assignee: item.assignee?.name ?? null,
    createdAt: item.createdAt,
  };
}

export function customerLabel(customer: FeedbackItemDto['customer']): string {
  if (customer.name && customer.externalId) return `${customer.name} (${customer.externalId})`;
  return customer.name ?? customer.externalId ?? '—';
}

type HistoryItem = ItemRowView & { resolutionNote: string | null; current: boolean };

/** One line of the customer's history on the item page, whatever it came from. */
export interface HistoryEntry {
  at: string;
  kind: 'event' | 'invitation' | 'response' | 'feedback_item';
  event?: TimelineItemDto['event'];
  invitation?: TimelineItemDto['invitation'];
  response?: TimelineItemDto['response'];
  /** The feedback items made of this answer that the user may see (or the item itself, for kind feedback_item). */
  items: HistoryItem[];
}

/**
 * The timeline (contacts, invitations, answers) merged with the customer's
 * feedback items, newest first; an item is shown on the answer it was made
 * of, so the same comment does not appear twice. Items come from
 * FeedbackItemsService with the user's scope rather than from the timeline,
 * so a head sees only their own department's items; the timeline's own item
 * and reply entries (the item page does not ask for them) would be left out
 * for the same reason.
 */
export function customerHistory(
  timeline: TimelineItemDto[],
  items: FeedbackItemDto[],
  current: FeedbackItemDto,
  locale: Locale,
): HistoryEntry[] {
  const byResponse = new Map<string, HistoryItem[]>();
  const all = items.some((i) => i.id === current.id) ? items : [current, ...items];
  for (const item of all) {
    const view = { ...itemRow(item, locale), resolutionNote: item.resolutionNote, current: item.id === current.id };
    if (item.responseId) byResponse.set(item.responseId, [...(byResponse.get(item.responseId) ?? []), view]);
  }
  const entries: HistoryEntry[] = [];
  for (const t of timeline) {
    if (t.kind === 'event' && t.event) entries.push({ at: t.at, kind: 'event', event: t.event, items: [] });
    else if (t.kind === 'invitation' && t.invitation) entries.push({ at: t.at, kind: 'invitation', invitation: t.invitation, items: [] });
    else if (t.kind === 'response' && t.response) {
      entries.push({ at: t.at, kind: 'response', response: t.response, items: byResponse.get(t.response.id) ?? [] });
      byResponse.delete(t.response.id);
    }
  }
  // Items whose answer is older than the part of the timeline shown.
  for (const views of byResponse.values()) {
    for (const view of views) if (!view.current) entries.push({ at: view.createdAt, kind: 'feedback_item', items: [view] });
  }
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
