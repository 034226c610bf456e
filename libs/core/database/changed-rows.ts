/**
 * How many rows an UPDATE or DELETE changed. TypeORM answers those statements
 * with `[rows, rowCount]`, not with the rows, so `result.length` is always 2
 * there (it made a missing row look found).
 */
export async function changedRows(runner: { query(sql: string, params?: unknown[]): Promise<unknown> }, sql: string, params: unknown[] = []): Promise<number> {
  const [, count] = (await runner.query(sql, params)) as [unknown[], number];
  return count;
}
