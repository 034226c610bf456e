import type { Writable } from 'node:stream';

/** Excel reads a CSV without it as the system code page and mangles "żółć"; other readers skip it. */
export const UTF8_BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP
 * "CSV Injection": = + - @ tab CR; NUL per ASVS 1.2.10; the full-width forms,
 * which some Excel locales also accept).
 */
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One RFC 4180 cell. Text is always quoted (inner quotes doubled, line breaks
 * kept inside the quotes) and, when it could start a formula, prefixed with a
 * single quote so it stays text when opened in a spreadsheet.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A CSV record with its CRLF terminator. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Lines are gathered into writes of about this many characters: one chunk per row would cost a chunk header each. */
const WRITE_CHUNK_CHARS = 16 * 1024;

/**
 * Writes `lines` to `out` as they come, pulling the next line only while `out`
 * accepts more (write() returned true, or 'drain' came), so memory stays
 * bounded by one chunk and the stream's buffer however long the source is.
 * Stops pulling, and so lets the source release its resources, when `out` is
 * closed early (the client went away). Does not end `out`.
 * Returns false when it stopped early.
 */
export async function writeLines(lines: AsyncIterable<string>, out: Writable): Promise<boolean> {
  let chunk = '';
  for await (const line of lines) {
    if (out.destroyed) return false;
    chunk += line;
    if (chunk.length < WRITE_CHUNK_CHARS) continue;
    const accepted = out.write(chunk);
    chunk = '';
    if (!accepted && !(await drained(out))) return false;
  }
  if (out.destroyed) return false;
  if (chunk) out.write(chunk);
  return true;
}

/** true once `out` drained; false when it closed or failed first. */
function drained(out: Writable): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (ok: boolean) => () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onClose);
      resolve(ok);
    };
    const onDrain = finish(true);
    const onClose = finish(false);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onClose);
  });
}
