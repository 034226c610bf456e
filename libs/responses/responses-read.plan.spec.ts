import { DataSource } from 'typeorm';
import { TestServices, startTestServices } from '../../test/services';
import { seedResponses } from '../../test/factories/responses';
import { surveyWithMetric } from '../../test/factories/invitations';
import { ResponseFilter, listResponsesQuery } from './responses-read.repository';
import { ResponsesModule } from './responses.module';

/** Enough rows that sorting them all would show, and that the planner weighs indexes as it would in production. */
const ROWS = 200_000;
const LIMIT = 51;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  'Actual Rows': number;
  'Rows Removed by Filter'?: number;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * The list query's plans on a table of a few hundred thousand responses:
 * every page must come from an index in the list's order and stop after the
 * page, never sort all matching rows (that was the cost of offset pages and
 * of missing indexes: time growing with the table).
 */
describe('GET /responses query plans', () => {
  let services: TestServices;
  let db: DataSource;
  let surveyId: string;
  let customerId: string;
  /** A cursor a third of the way into the table. */
  let deep: { at: string; id: string };

  beforeAll(async () => {
    services = await startTestServices([ResponsesModule]);
    db = services.dataSource;
    await seedResponses(db, ROWS, { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') });
    await db.query('ANALYZE');
    surveyId = await surveyWithMetric(db, 'nps');
    [{ customer_id: customerId }] = await db.query(`SELECT customer_id FROM responses LIMIT 1`);
    const [row] = await db.query(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, id FROM responses ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [Math.floor(ROWS / 3)],
    );
    deep = row;
  }, 300_000);
  afterAll(() => services.close());

  async function plan(filter: ResponseFilter, before: { at: string; id: string } | null = null): Promise<PlanNode> {
    const { sql, params } = listResponsesQuery(filter, before, LIMIT);
    const [{ 'QUERY PLAN': [explained] }] = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    return explained.Plan as PlanNode;
  }

  const responsesScan = (root: PlanNode) => {
    const scans = nodes(root).filter((n) => n['Relation Name'] === 'responses');
    expect(scans).toHaveLength(1);
    return scans[0];
  };

  const period = { from: '2025-03-01T00:00:00Z', to: '2025-09-01T00:00:00Z' };

  it.each([
    ['no filter', 'responses_created_id_idx', {}],
    ['a period', 'responses_created_id_idx', period],
    // A filter matching a large share of rows may as well walk the list index and skip a few: either plan reads a page, unsorted.
    ['a survey', 'responses_survey_created_id_idx|responses_created_id_idx', 'survey'],
    ['a survey and a period', 'responses_survey_created_id_idx|responses_created_id_idx', 'survey+period'],
    ['a contact channel', 'responses_contact_channel_created_idx|responses_created_id_idx', { contactChannel: 'chat' }],
    ['a team', 'responses_team_created_idx', { team: 'team-7' }],
    ['a team, a period and detractor scores', 'responses_team_created_idx', { team: 'team-7', ...period, scoreMax: 6 }],
    ['a metric', 'responses_created_id_idx', { metric: 'csat' }],
    ['a survey channel with comments', 'responses_created_id_idx', { channel: 'sms', hasComment: true }],
    ['a metric and a score range', 'responses_created_id_idx', { metric: 'nps', scoreMin: 0, scoreMax: 6 }],
  ] as Array<[string, string, ResponseFilter | 'survey' | 'survey+period']>)(
    'reads a page filtered by %s backwards from %s without a sort, first page and deep',
    async (_name, index, given) => {
      const filter = given === 'survey' ? { surveyId } : given === 'survey+period' ? { surveyId, ...period } : given;
      for (const before of [null, deep]) {
        const root = await plan(filter, before);
        expect(nodes(root).map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining([expect.stringMatching(/Sort/)]));
        const scan = responsesScan(root);
        expect(scan).toMatchObject({ 'Node Type': 'Index Scan', 'Scan Direction': 'Backward' });
        expect(index.split('|')).toContain(scan['Index Name']);
        expect(scan['Actual Rows']).toBeLessThanOrEqual(LIMIT);
        // The rows a filter without its own index skips: a short walk, not the table.
        expect(scan['Rows Removed by Filter'] ?? 0).toBeLessThan(20 * LIMIT);
      }
    },
  );

  it("sorts only the customer's own responses for a customer filter", async () => {
    const root = await plan({ customerId });
    const scan = responsesScan(root);
    expect(scan['Index Name'] ?? nodes(scan).find((n) => n['Index Name'])?.['Index Name']).toBe('responses_customer_idx');
    expect(scan['Actual Rows']).toBeLessThanOrEqual(ROWS / 10_000 + 10);
  });
});
