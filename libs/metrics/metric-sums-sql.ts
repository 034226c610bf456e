/**
 * The sums behind a metric in SQL, shared by the reads of raw rows and the
 * refresh that rolls the same rows up: a rollup row and the rows it stands
 * for must add up alike.
 */

/** Which rollup: of responses (by created_at) or of invitations (by sent_at). */
export type RollupKind = 'response' | 'invitation';

export const RESPONSE_SUMS = `
  count(*) AS n, sum(r.score) AS score_sum, sum(r.score * r.score) AS score_sq_sum,
  count(*) FILTER (WHERE r.metric = 'nps' AND r.score >= 9) AS promoters,
  count(*) FILTER (WHERE r.metric = 'nps' AND r.score <= 6) AS detractors,
  count(*) FILTER (WHERE r.metric = 'csat' AND r.score >= 4) AS satisfied`;

/**
 * Delivered: sent, and neither failed nor bounced (e-mail gets no delivery
 * report, so "sent" is all it can show); an answer proves delivery whatever
 * the status says. Answered: delivered with a response.
 */
export const INVITATION_SUMS = `
  count(*) FILTER (WHERE i.status NOT IN ('failed', 'bounced') OR a.answered IS NOT NULL) AS delivered,
  count(a.answered) AS answered`;
/**
 * Per invitation, an index probe. Written as EXISTS the planner may hash
 * every response instead, which costs a second on millions of rows.
 */
export const ANSWERED_JOIN = `LEFT JOIN LATERAL (SELECT true AS answered FROM responses r WHERE r.invitation_id = i.id LIMIT 1) a ON true`;

/** `sum(c) AS c` for each rollup column: rolling hours up into days, and reading rollup rows, add up the same columns. */
const sumsOf = (columns: string) =>
  columns
    .split(', ')
    .map((c) => `sum(${c}) AS ${c}`)
    .join(', ');

const RESPONSE_COLUMNS = 'n, score_sum, score_sq_sum, promoters, detractors, satisfied';
const INVITATION_COLUMNS = 'delivered, answered';

export const ROLLUP_TABLES: Record<RollupKind, { hours: string; days: string; columns: string; sums: string }> = {
  response: { hours: 'metrics_response_hours', days: 'metrics_response_days', columns: RESPONSE_COLUMNS, sums: sumsOf(RESPONSE_COLUMNS) },
  invitation: { hours: 'metrics_invitation_hours', days: 'metrics_invitation_days', columns: INVITATION_COLUMNS, sums: sumsOf(INVITATION_COLUMNS) },
};
