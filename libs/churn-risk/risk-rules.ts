import { isDissatisfied } from '@feedloop/feedback/dissatisfied';

export const RISK_REASON_KINDS = ['detractor', 'repeat_contacts', 'sla_breach', 'score_drop'] as const;
export type RiskReasonKind = (typeof RISK_REASON_KINDS)[number];
export type Metric = 'nps' | 'csat' | 'ces';

/**
 * The early-warning rules (issue 10.5). Fixed in code rather than settings:
 * the README's benchmark figures hold for exactly these.
 */
export const RISK_RULES = {
  /** A detractor answer, a drop or a contact cluster counts while its latest answer/contact is this recent. */
  windowDays: 60,
  /** "Repeated contacts": this many contacts (the first and two further ones)... */
  repeatContacts: 3,
  /** ...within this many days of each other. */
  repeatWithinDays: 14,
  /** A drop between a customer's last two answers of one metric, in points of its scale (NPS 0–10, CSAT 1–5, CES 1–7). */
  drop: { nps: 4, csat: 2, ces: 3 } as Record<Metric, number>,
} as const;

const DAY_MS = 86_400_000;

export interface ResponseSignal {
  id: string;
  metric: Metric;
  score: number;
  at: Date;
}

export interface ContactSignal {
  id: string;
  at: Date;
}

export interface OverdueItemSignal {
  id: string;
  departmentId: string;
  status: string;
  createdAt: Date;
  acknowledgeBy: Date;
  resolveBy: Date;
  /** Whether the acknowledge deadline was missed (it passed while the item was still new). */
  acknowledgeMissed: boolean;
}

/** What one customer's evaluation reads, as of `asOf`. */
export interface CustomerSignals {
  /** Answers first given at or before asOf: every one since the window start, plus the last two of each metric. */
  responses: ResponseSignal[];
  /** Contacts at or before asOf, from the window start less repeatWithinDays. */
  contacts: ContactSignal[];
  /** Feedback items open and past a deadline at asOf. */
  overdueItems: OverdueItemSignal[];
}

export interface RiskReason {
  kind: RiskReasonKind;
  /** When the signal arose: the answer, the last contact of the cluster, the first missed deadline. */
  at: string;
  detail: Record<string, unknown>;
}

/**
 * The reasons a customer is at risk, as of `asOf`, from signals since
 * `since` (the window start, or a later re-signup: what an earlier
 * relationship said does not count against the new one). Newest first.
 */
export function assessRisk(signals: CustomerSignals, asOf: Date, since: Date): RiskReason[] {
  const reasons: RiskReason[] = [];
  const recent = (at: Date) => at > since && at <= asOf;

  for (const r of signals.responses) {
    if (recent(r.at) && isDissatisfied(r.metric, r.score)) {
      reasons.push({ kind: 'detractor', at: r.at.toISOString(), detail: { responseId: r.id, metric: r.metric, score: r.score } });
    }
  }

  const byMetric = new Map<Metric, ResponseSignal[]>();
  for (const r of signals.responses) if (r.at <= asOf) byMetric.set(r.metric, [...(byMetric.get(r.metric) ?? []), r]);
  for (const [metric, answers] of byMetric) {
    answers.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
    const [last, previous] = answers;
    if (!previous || !recent(last.at) || previous.score - last.score < RISK_RULES.drop[metric]) continue;
    reasons.push({
      kind: 'score_drop',
      at: last.at.toISOString(),
      detail: { metric, fromScore: previous.score, toScore: last.score, fromResponseId: previous.id, toResponseId: last.id, previousAt: previous.at.toISOString() },
    });
  }

  const cluster = latestContactCluster(signals.contacts.filter((c) => c.at <= asOf), since);
  if (cluster) {
    reasons.push({
      kind: 'repeat_contacts',
      at: cluster[cluster.length - 1].at.toISOString(),
      detail: {
        count: cluster.length,
        withinDays: RISK_RULES.repeatWithinDays,
        events: cluster.map((c) => ({ id: c.id, at: c.at.toISOString() })),
      },
    });
  }

  for (const item of signals.overdueItems) {
    const missed = [...(item.acknowledgeMissed ? ['acknowledge'] : []), ...(item.resolveBy < asOf ? ['resolve'] : [])];
    reasons.push({
      kind: 'sla_breach',
      at: (item.acknowledgeMissed ? item.acknowledgeBy : item.resolveBy).toISOString(),
      detail: {
        feedbackItemId: item.id,
        departmentId: item.departmentId,
        status: item.status,
        missed,
        createdAt: item.createdAt.toISOString(),
        acknowledgeBy: item.acknowledgeBy.toISOString(),
        resolveBy: item.resolveBy.toISOString(),
      },
    });
  }
  return reasons.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.kind < b.kind ? -1 : 1));
}

/**
 * The latest run of at least `repeatContacts` contacts within
 * `repeatWithinDays` whose last contact is after `since`: every contact of
 * the 14 days up to that last one (oldest first), or null.
 */
function latestContactCluster(contacts: ContactSignal[], since: Date): ContactSignal[] | null {
  const sorted = [...contacts].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));
  for (let end = sorted.length - 1; end >= 0 && sorted[end].at > since; end--) {
    const from = sorted[end].at.getTime() - RISK_RULES.repeatWithinDays * DAY_MS;
    const run = sorted.slice(0, end + 1).filter((c) => c.at.getTime() >= from);
    if (run.length >= RISK_RULES.repeatContacts) return run;
  }
  return null;
}

/**
 * The risk score: how many different kinds of signal a customer shows (1–4).
 * A count rather than weights: there is no outcome data to fit weights to
 * (the benchmark's fixture is our own assumptions, so weights fitted to it
 * would only measure those), and "3 of 4 signals" explains itself on the list.
 */
export function riskScore(reasons: RiskReason[]): number {
  return new Set(reasons.map((r) => r.kind)).size;
}

/**
 * The identity of each piece of evidence (`kind:id`): a dismissed flag comes
 * back only when one appears that was not there at dismissal (a new answer,
 * a further contact, another overdue item), not when the same ones remain.
 */
export function evidenceKeys(reasons: RiskReason[]): string[] {
  const keys = new Set<string>();
  for (const r of reasons) {
    const d = r.detail;
    if (r.kind === 'detractor') keys.add(`detractor:${d.responseId}`);
    else if (r.kind === 'score_drop') keys.add(`score_drop:${d.toResponseId}`);
    else if (r.kind === 'sla_breach') keys.add(`sla_breach:${d.feedbackItemId}`);
    else for (const e of d.events as Array<{ id: string }>) keys.add(`repeat_contacts:${e.id}`);
  }
  return [...keys].sort();
}

/** Start of the signal window for an evaluation as of `asOf`. */
export function windowStart(asOf: Date): Date {
  return new Date(asOf.getTime() - RISK_RULES.windowDays * DAY_MS);
}

/** Contacts are read from this far back: a cluster ending inside the window may begin before it. */
export function contactsFrom(since: Date): Date {
  return new Date(since.getTime() - RISK_RULES.repeatWithinDays * DAY_MS);
}
