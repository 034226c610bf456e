import { CsvValue, UTF8_BOM, csvLine } from '@feedloop/core/http/csv-stream';
import type { ResponseItemDto } from './dto/response-item.dto';

/** The columns of the CSV export, in order: the fields of GET /responses items. */
const COLUMNS: ReadonlyArray<readonly [string, (r: ResponseItemDto) => CsvValue]> = [
  ['id', (r) => r.id],
  ['createdAt', (r) => r.createdAt],
  ['updatedAt', (r) => r.updatedAt],
  ['surveyId', (r) => r.surveyId],
  ['surveyName', (r) => r.surveyName],
  ['metric', (r) => r.metric],
  ['score', (r) => r.score],
  ['comment', (r) => r.comment],
  ['source', (r) => r.source],
  ['channel', (r) => r.channel],
  ['contactChannel', (r) => r.contactChannel],
  ['team', (r) => r.team],
  ['customerId', (r) => r.customerId],
  ['customerExternalId', (r) => r.customerExternalId],
  ['invitationId', (r) => r.invitationId],
  ['changeCount', (r) => r.changeCount],
];

/** The export as CSV lines: a BOM and the header, then one line per response as they come. */
export async function* responsesCsv(responses: AsyncIterable<ResponseItemDto>): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(COLUMNS.map(([name]) => name));
  for await (const r of responses) yield csvLine(COLUMNS.map(([, value]) => value(r)));
}
