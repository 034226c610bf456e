import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for GET /api/v1/responses and its CSV export: pages are read newest
 * first by (created_at, id), so each index ends in those two columns and a
 * page is a backward index range scan that stops after `limit` rows instead
 * of sorting every matching response. Filters without an index of their own
 * (metric, survey channel, score range, has comment) match a large share of
 * the rows, so a page finds its rows after a short walk of the created_at
 * index; customer_id has responses_customer_idx.
 */
export class IndexResponsesForLists1763900004000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX responses_created_id_idx ON responses (created_at, id);
      -- Supersedes (survey_id, created_at): the id tie-breaker lets a survey's page come straight from the index.
      CREATE INDEX responses_survey_created_id_idx ON responses (survey_id, created_at, id);
      DROP INDEX IF EXISTS responses_survey_created_idx;
      CREATE INDEX responses_contact_channel_created_idx ON responses (contact_channel, created_at, id);
      -- Teams are many and each a small share of the responses: without this, a team's page would walk the whole period.
      CREATE INDEX responses_team_created_idx ON responses (team, created_at, id);
      -- Lists show how often each response was changed; the history of one response is read by its id.
      CREATE INDEX response_changes_response_idx ON response_changes (response_id, changed_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX response_changes_response_idx;
      DROP INDEX responses_team_created_idx;
      DROP INDEX responses_contact_channel_created_idx;
      CREATE INDEX IF NOT EXISTS responses_survey_created_idx ON responses (survey_id, created_at);
      DROP INDEX responses_survey_created_id_idx;
      DROP INDEX responses_created_id_idx;
    `);
  }
}
