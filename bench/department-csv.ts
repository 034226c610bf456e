import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface DepartmentRowInput {
  text: string;
  department: string;
}

/** Rows of a CSV with at least `text` and `department` columns; rows missing either are dropped. */
export function readDepartmentCsv(path: string): DepartmentRowInput[] {
  const records = parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
  if (records.length > 0 && (!('text' in records[0]) || !('department' in records[0]))) {
    throw new Error(`${path} needs "text" and "department" columns`);
  }
  return records.filter((r) => r.text && r.department).map((r) => ({ text: r.text, department: r.department.trim() }));
}
