import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { validateRow } from '@feedloop/core/validation';
import { csvMessage, parseCustomersCsv } from './customer-csv';
import { CustomersService, UPSERT_CHUNK } from './customers.service';
import { ImportResultDto, ImportRowResultDto } from './dto/import-result.dto';
import { UpsertCustomerDto } from './dto/upsert-customer.dto';

export const MAX_IMPORT_ROWS = 10_000;

interface PendingRow {
  row: number;
  plain: unknown;
  errors: string[];
}

/**
 * Bulk import with a result per row: a bad row is reported and skipped, the
 * good ones are stored. Valid rows are written in chunks, one transaction
 * each, so a crash leaves whole chunks stored or not, never half a row, and
 * re-running the same file is safe because every write is an upsert.
 */
@Injectable()
export class CustomerImportService {
  constructor(
    private readonly customers: CustomersService,
    private readonly audit: AuditLog,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A JSON body: an array of customers, or `{ "customers": [...] }`. */
  importJson(body: unknown, actor: AuditActor = SYSTEM_ACTOR): Promise<ImportResultDto> {
    const rows = Array.isArray(body) ? body : (body as { customers?: unknown } | null)?.customers;
    if (!Array.isArray(rows)) throw new InvalidInputError('customers must be an array', 'customers');
    if (rows.length > MAX_IMPORT_ROWS) throw new InvalidInputError(`customers must contain at most ${MAX_IMPORT_ROWS} items`, 'customers');
    return this.run(rows.map((plain, i) => ({ row: i + 1, plain, errors: [] })), (m) => m, actor, 'json');
  }

  importCsv(text: string, actor: AuditActor = SYSTEM_ACTOR): Promise<ImportResultDto> {
    return this.run(parseCustomersCsv(text, MAX_IMPORT_ROWS), csvMessage, actor, 'csv');
  }

  /**
   * One chunk in one transaction. A row that breaks a rule only the write
   * sees fails its chunk: the chunk is then written row by row, so that row is
   * reported and the others kept, never a 500 with part of the file stored.
   */
  private async write(chunk: Array<{ result: ImportRowResultDto; dto: UpsertCustomerDto }>): Promise<void> {
    try {
      const written = await this.customers.upsertMany(chunk.map((v) => v.dto), 'import');
      written.forEach(({ id, created }, j) => Object.assign(chunk[j].result, { status: created ? 'created' : 'updated', id }));
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      if (chunk.length === 1) {
        chunk[0].result.errors = [err.message];
        return;
      }
      for (const row of chunk) await this.write([row]);
    }
  }

  private async run(pending: PendingRow[], message: (m: string) => string, actor: AuditActor, format: 'json' | 'csv'): Promise<ImportResultDto> {
    const results: ImportRowResultDto[] = [];
    const valid: Array<{ result: ImportRowResultDto; dto: UpsertCustomerDto }> = [];
    const rowByExternalId = new Map<string, number>();

    for (const { row, plain, errors } of pending) {
      const rawId = (plain as { externalId?: unknown } | null)?.externalId;
      const result: ImportRowResultDto = { row, externalId: typeof rawId === 'string' ? rawId : null, status: 'rejected' };
      results.push(result);
      if (errors.length) {
        result.errors = errors;
        continue;
      }
      const checked = await validateRow(UpsertCustomerDto, plain);
      if (checked.errors) {
        result.errors = checked.errors.map(message);
        continue;
      }
      // Two rows for one customer in one file is almost always a mistake; which should win is a guess.
      const first = rowByExternalId.get(checked.value.externalId);
      if (first !== undefined) {
        result.errors = [`externalId duplicates row ${first}`];
        continue;
      }
      rowByExternalId.set(checked.value.externalId, row);
      valid.push({ result, dto: checked.value });
    }

    for (let i = 0; i < valid.length; i += UPSERT_CHUNK) await this.write(valid.slice(i, i + UPSERT_CHUNK));

    const count = (status: ImportRowResultDto['status']) => results.filter((r) => r.status === status).length;
    const summary = { total: results.length, created: count('created'), updated: count('updated'), rejected: count('rejected') };
    // One row for the whole import, with its counts (a row per customer would bury everything else in the log), when it
    // stored anything. The chunks committed one by one, so this is written after them; a crash in between leaves stored rows unlogged.
    if (summary.created + summary.updated > 0) await this.dataSource.transaction((m) => this.audit.record(m, actor, { action: 'customer.imported', entityType: 'customer_import', entityId: null, after: { format, ...summary } }));
    return { ...summary, rows: results };
  }
}
