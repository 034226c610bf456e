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
