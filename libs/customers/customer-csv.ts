import { parse } from 'csv-parse/sync';
import { textProblem } from '@feedloop/core/http/hostile-input';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { ATTRIBUTE_KEY_PATTERN } from './dto/customer-field.validators';

/** One data row of an upload: the plain object to validate, or why it could not be read. */
export interface ParsedCsvRow {
  row: number;
  plain: Record<string, unknown> | null;
  errors: string[];
}

const FIELD_COLUMNS = ['externalId', 'name', 'email', 'phone', 'locale', 'timeZone'] as const;
const CONSENT_COLUMNS = { emailConsent: 'email', smsConsent: 'sms' } as const;
const ATTRIBUTE_PREFIX = 'attributes.';
const KNOWN_COLUMNS = [...FIELD_COLUMNS, ...Object.keys(CONSENT_COLUMNS)];
const CANONICAL = new Map(KNOWN_COLUMNS.map((c) => [c.toLowerCase(), c]));

// Spreadsheets export consent as words; Polish users type tak/nie.
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'tak', 't']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nie']);

type Column = { kind: 'field'; name: string } | { kind: 'consent'; channel: 'email' | 'sms' } | { kind: 'attribute'; key: string };

/**
 * Reads a customers CSV into plain rows shaped like UpsertCustomerDto. A bad
 * header fails the whole upload (nothing could be read right); a bad line is
 * reported as that row's error and the rest of the file is still read.
 */
export function parseCustomersCsv(text: string, maxRows: number): ParsedCsvRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const records = parseAll(body, delimiter) ?? parseLineByLine(body, delimiter);
  const header = records.shift();
  if (!header || header.errors.length || !header.fields) {
    throw new InvalidInputError(`file must be a CSV with a header row${header?.errors.length ? `: ${header.errors[0]}` : ''}`, 'file');
  }
  if (records.length > maxRows) throw new InvalidInputError(`customers must contain at most ${maxRows} items`, 'customers');
  const columns = readHeader(header.fields);

  return records.map((record, i) => {
    const row = i + 1;
    if (!record.fields) return { row, plain: null, errors: record.errors };
    if (record.fields.length !== columns.length) {
      return { row, plain: null, errors: [`row has ${record.fields.length} fields but the header has ${columns.length}`] };
    }
    return { row, plain: toPlain(columns, record.fields), errors: [] };
  });
}

/** Validation messages name DTO properties; a CSV user knows the column instead. */
export function csvMessage(message: string): string {
  return message.replace(/^consent\.email\b/, 'emailConsent').replace(/^consent\.sms\b/, 'smsConsent');
}

function readHeader(names: string[]): Column[] {
  const seen = new Set<string>();
  const columns = names.map((raw): Column => {
    const name = raw.trim();
    const problem = textProblem(name);
    if (problem) throw new InvalidInputError(`file header ${problem}`, 'file');
    if (seen.has(name)) throw new InvalidInputError(`column "${name}" appears more than once in the header`, 'file');
    seen.add(name);
    if (name.startsWith(ATTRIBUTE_PREFIX)) {
      const key = name.slice(ATTRIBUTE_PREFIX.length);
      if (!ATTRIBUTE_KEY_PATTERN.test(key)) {
        throw new InvalidInputError(
          `column "${name}" must be attributes.<key> with a key that starts with a letter and has only letters, digits and _`,
          'file',
        );
      }
      return { kind: 'attribute', key };
    }
    const known = CANONICAL.get(name.toLowerCase());
    if (!known) {
      throw new InvalidInputError(`column "${name}" is not known; columns are ${KNOWN_COLUMNS.join(', ')} and attributes.<key>`, 'file');
    }
    return known in CONSENT_COLUMNS
      ? { kind: 'consent', channel: CONSENT_COLUMNS[known as keyof typeof CONSENT_COLUMNS] }
      : { kind: 'field', name: known };
  });
  if (!columns.some((c) => c.kind === 'field' && c.name === 'externalId')) {
    throw new InvalidInputError('column externalId is required in the header', 'file');
  }
  return columns;
}

/**
 * Empty cells mean "not given", so importing a file with fewer columns never
 * blanks what is stored. Attributes are given (and replace the stored ones)
 * only when the row fills at least one attribute cell.
 */
function toPlain(columns: Column[], fields: string[]): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  const consent: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const cell = fields[i].trim();
    if (cell === '') return;
    if (column.kind === 'field') plain[column.name] = cell;
    else if (column.kind === 'attribute') attributes[column.key] = cell;
    else consent[column.channel] = TRUE_WORDS.has(cell.toLowerCase()) ? true : FALSE_WORDS.has(cell.toLowerCase()) ? false : cell;
  });
  if (Object.keys(attributes).length) plain.attributes = attributes;
  if (Object.keys(consent).length) plain.consent = consent;
  return plain;
}

interface RawRecord {
  fields: string[] | null;
  errors: string[];
}

/** Semicolons for spreadsheets saved with a Polish locale, tabs for pasted sheets. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const OPTIONS = { relax_column_count: true, skip_empty_lines: true } as const;

/** The whole file in one pass; null when any line is malformed. */
function parseAll(text: string, delimiter: string): RawRecord[] | null {
  try {
    return (parse(text, { ...OPTIONS, delimiter }) as string[][]).map((fields) => ({ fields, errors: [] }));
  } catch {
    return null;
  }
}

/**
 * Slow path for a file with malformed lines: split it into records
 * (newlines inside quotes belong to the field), parse each on its own, and
 * when a record cannot be parsed count only its first line as the bad row, so
 * an unbalanced quote does not swallow the rest of the file.
 */
function parseLineByLine(text: string, delimiter: string): RawRecord[] {
  const records: RawRecord[] = [];
  let pos = 0;
  while (pos < text.length) {
    const end = recordEnd(text, pos);
    let raw = text.slice(pos, end);
    let next = end + 1;
    let record = parseOne(raw, delimiter);
    if (record.errors.length && raw.includes('\n')) {
      const lineEnd = text.indexOf('\n', pos);
      raw = text.slice(pos, lineEnd);
      record = parseOne(raw, delimiter);
      next = lineEnd + 1;
    }
    if (raw.trim() !== '') records.push(record);
    pos = next;
  }
  return records;
}

function recordEnd(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) return i;
  }
  return text.length;
}

function parseOne(raw: string, delimiter: string): RawRecord {
  try {
    const [fields] = parse(raw.replace(/\r$/, ''), { ...OPTIONS, delimiter }) as string[][];
    return { fields: fields ?? [], errors: [] };
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/ at line \d+/, '') : 'malformed line';
    return { fields: null, errors: [`row is not valid CSV: ${reason}`] };
  }
}
