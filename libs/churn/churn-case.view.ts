import type { ChurnActivityDto, ChurnCaseDto, ChurnOfferDto } from './dto/churn-case.dto';
import type { ActivityRow, CaseRow, OfferRow } from './churn-cases.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Whole months between two instants (by calendar), never negative. */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
  return Math.max(0, months);
}

export function toOfferDto(o: OfferRow): ChurnOfferDto {
  return {
    id: o.id,
    offerType: { id: o.offer_type_id, key: o.offer_type_key, name: o.offer_type_name },
    outcome: o.outcome,
    details: o.details,
    authorId: o.author_id,
    createdAt: o.created_at.toISOString(),
    updatedAt: o.updated_at.toISOString(),
  };
}

export function toActivityDto(a: ActivityRow): ChurnActivityDto {
  return {
    id: a.id,
    caseId: a.case_id,
    kind: a.kind,
    authorId: a.author_id,
    authorName: a.author_name,
    body: a.body,
    data: a.data,
    createdAt: a.created_at.toISOString(),
  };
}

/** The one output shape of a case (list, detail, webhooks). */
export function toCaseDto(r: CaseRow, offers: OfferRow[], now = new Date()): ChurnCaseDto {
  const offerDtos = offers.map(toOfferDto);
  // A case closed without a recorded contact is judged at its closing, an open one now.
  const firstContactBreached = (r.first_contacted_at ?? r.closed_at ?? now) > r.first_contact_due;
  return {
    id: r.id,
    status: r.status,
    source: r.source,
    customer: { id: r.customer_id, externalId: r.customer_external_id, name: r.customer_name },
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '', email: r.owner_email ?? '' } : null,
    valueAtRisk: r.value_at_risk === null ? null : Number(r.value_at_risk),
    plan: r.plan,
    recordedReason: r.recorded_reason,
    customerSince: iso(r.customer_since),
    tenureMonths: r.customer_since ? monthsBetween(r.customer_since, r.cancelled_at) : null,
    cancelledAt: r.cancelled_at.toISOString(),
    effectiveAt: iso(r.effective_at),
    firstContactDue: r.first_contact_due.toISOString(),
    firstContactedAt: iso(r.first_contacted_at),
    firstContactBreached,
    lostReason: r.lost_reason,
    interview: r.interview_primary_reason
      ? {
          primaryReason: r.interview_primary_reason,
          secondaryReasons: r.interview_secondary_reasons ?? [],
          destination: r.interview_destination,
          competitor: r.interview_competitor,
          mightReturn: r.interview_might_return,
          comment: r.interview_comment,
          source: r.interview_source ?? 'agent',
          recordedBy: r.interview_recorded_by,
          recordedAt: r.interview_recorded_at!.toISOString(),
        }
      : null,
    offers: offerDtos,
    wonOffer: offerDtos.find((o) => o.id === r.won_offer_id) ?? null,
    exitInvitationId: r.exit_invitation_id,
    closedAt: iso(r.closed_at),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
