/** Accuracy, macro-F1 and the per-department table for bench:themes and its cross-validation. */

export interface DepartmentRow {
  department: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface DepartmentReport {
  accuracy: number;
  /** Over the departments present in the gold labels only: a department nobody asked for has no recall to average. */
  macroF1: number;
  rows: DepartmentRow[];
  /** confusion[gold][predicted] */
  confusion: Map<string, Map<string, number>>;
  labels: string[];
}

export function scoreDepartments(gold: readonly string[], predicted: readonly string[]): DepartmentReport {
  const goldSet = [...new Set(gold)].sort();
  const labels = [...new Set([...gold, ...predicted])].sort();
  const confusion = new Map(labels.map((g) => [g, new Map(labels.map((p) => [p, 0]))]));
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (g === p) correct++;
    const row = confusion.get(g)!;
    row.set(p, row.get(p)! + 1);
  });
  const rows = labels.map((department) => {
    const tp = confusion.get(department)!.get(department)!;
    const support = gold.filter((g) => g === department).length;
    const predictedCount = predicted.filter((p) => p === department).length;
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { department, precision, recall, f1, support };
  });
  const macroF1 = goldSet.reduce((sum, d) => sum + rows.find((r) => r.department === d)!.f1, 0) / goldSet.length;
  return { accuracy: gold.length === 0 ? 0 : correct / gold.length, macroF1, rows, confusion, labels };
}

export function formatReport(r: DepartmentReport): string {
  const lines = [`accuracy ${r.accuracy.toFixed(3)}  macro-F1 ${r.macroF1.toFixed(3)}`, ''];
  lines.push(`${'department'.padEnd(18)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'support'.padStart(9)}`);
  for (const row of r.rows) {
    lines.push(
      `${row.department.padEnd(18)}${row.precision.toFixed(3).padStart(10)}${row.recall.toFixed(3).padStart(8)}${row.f1.toFixed(3).padStart(8)}${String(row.support).padStart(9)}`,
    );
  }
  lines.push('', `confusion (rows gold, columns predicted)`);
  const width = Math.max(8, ...r.labels.map((l) => l.length + 2));
  lines.push(''.padEnd(18) + r.labels.map((l) => l.padStart(width)).join(''));
  for (const g of r.labels) {
    lines.push(g.padEnd(18) + r.labels.map((p) => String(r.confusion.get(g)!.get(p)).padStart(width)).join(''));
  }
  return lines.join('\n');
}
