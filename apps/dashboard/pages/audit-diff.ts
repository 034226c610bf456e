import type { AuditEntryDto } from '@feedloop/audit/dto/audit-entry.dto';

export interface DiffRow {
  field: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

/**
 * An audit entry's before/after as rows a person reads: one per field,
 * changed ones first and marked, values as text (objects as JSON). The view
 * escapes them like any other text.
 */
export function diffRows(entry: Pick<AuditEntryDto, 'before' | 'after'>): DiffRow[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = fields.map((field) => {
    const b = field in before ? show(before[field]) : null;
    const a = field in after ? show(after[field]) : null;
    return { field, before: entry.before ? b : null, after: entry.after ? a : null, changed: b !== a };
  });
  // On an update the unchanged fields are context; on a create or delete every field is the change.
  return entry.before && entry.after ? [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)] : rows;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
