/** Share of an SLA window left below which an item is "due soon". */
export const DUE_SOON_SHARE = 0.25;

/**
 * The SLA state of an item row aliased `f`, in SQL, so lists filter by
 * exactly what they show. Open items are measured against the deadline that
 * applies now (acknowledge while new, then resolve); resolved ones by whether
 * both deadlines were met.
 */
export const SLA_STATE_SQL = `(CASE
  WHEN f.status = 'resolved' THEN
    CASE WHEN f.resolved_at > f.resolve_by OR coalesce(f.acknowledged_at, f.resolved_at) > f.acknowledge_by THEN 'breached' ELSE 'on_time' END
  WHEN f.status = 'new' AND now() > f.acknowledge_by THEN 'breached'
  WHEN now() > f.resolve_by THEN 'breached'
  WHEN f.status = 'new' AND now() > f.acknowledge_by - (f.acknowledge_by - f.created_at) * ${DUE_SOON_SHARE} THEN 'due_soon'
  WHEN now() > f.resolve_by - (f.resolve_by - f.created_at) * ${DUE_SOON_SHARE} THEN 'due_soon'
  ELSE 'on_time' END)`;

/** Deadlines of an item created at `createdAt` in a department with these SLAs. */
export function deadlines(createdAt: Date, sla: { ackSlaHours: number; resolveSlaDays: number }): { acknowledgeBy: Date; resolveBy: Date } {
  return {
    acknowledgeBy: new Date(createdAt.getTime() + sla.ackSlaHours * 3_600_000),
    resolveBy: new Date(createdAt.getTime() + sla.resolveSlaDays * 86_400_000),
  };
}

/**
 * Whether an item row aliased `f` was open and breached at instant `at` (a
 * SQL expression): SLA_STATE_SQL's 'breached' for an open item, evaluated at
 * another time than now(), so history can be replayed (churn-risk's early
 * warning, its benchmark) with the same rule the inbox shows.
 */
export function openAndBreachedAtSql(at: string): string {
  return `(f.withdrawn_at IS NULL AND f.created_at <= ${at}
  AND NOT (f.status = 'resolved' AND f.resolved_at <= ${at})
  AND (${at} > f.resolve_by OR (${at} > f.acknowledge_by AND (coalesce(f.acknowledged_at, f.resolved_at) IS NULL OR coalesce(f.acknowledged_at, f.resolved_at) > ${at}))))`;
}
