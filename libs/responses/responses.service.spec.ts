import { DataSource } from 'typeorm';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { CustomerPrivacyService } from '@feedloop/customers/customer-privacy.service';
import { TestServices, startTestServices } from '../../test/services';
import { makeCustomer } from '../../test/factories/customers';
import { InvitationRow, Metric, makeInvitation } from '../../test/factories/invitations';
import { ResponsesModule } from './responses.module';
import { RecordResponseInput, ResponsesService } from './responses.service';

describe(ResponsesService.name, () => {
  let services: TestServices;
  let db: DataSource;
  let responses: ResponsesService;

  beforeAll(async () => {
    services = await startTestServices([ResponsesModule]);
    db = services.dataSource;
    responses = services.module.get(ResponsesService);
  });
  afterAll(() => services.close());

  /** A fresh customer with a sent invitation to a survey measuring `metric`. */
  async function invited(metric: Metric = 'csat'): Promise<InvitationRow> {
    const customer = await makeCustomer(db);
    return makeInvitation(db, customer.id, { metric, channel: 'email' });
  }

  const answer = (inv: InvitationRow, metric: Metric, fields: Partial<RecordResponseInput> = {}): RecordResponseInput => ({
    invitationId: inv.id,
    surveyId: inv.surveyId,
    customerId: inv.customerId,
    metric,
    score: 4,
    comment: null,
    source: 'email_link',
    ...fields,
  });

  const rowsOf = async (invitationId: string) => ({
    responses: await db.query(`SELECT id, score, comment, source FROM responses WHERE invitation_id = $1`, [invitationId]),
    changes: await db.query(
      `SELECT c.score, c.comment, c.source FROM response_changes c JOIN responses r ON r.id = c.response_id
       WHERE r.invitation_id = $1 ORDER BY c.id`,
      [invitationId],
    ),
  });

  describe('record', () => {
    it('stores the first answer with its comment trimmed and Polish diacritics as written', async () => {
      const inv = await invited('nps');
      const result = await responses.record(answer(inv, 'nps', { score: 9, comment: '  Szybka dostawa, źdźbło żółć ĄĘŚĆ 👍 \n', source: 'sms' }));

      expect(result).toEqual({ responseId: expect.any(String), created: true });
      expect(await rowsOf(inv.id)).toEqual({
        responses: [{ id: result.responseId, score: 9, comment: 'Szybka dostawa, źdźbło żółć ĄĘŚĆ 👍', source: 'sms' }],
        changes: [],
      });
    });

    it('replaces a changed answer and keeps the earlier values in response_changes', async () => {
      const inv = await invited('csat');
      const first = await responses.record(answer(inv, 'csat', { score: 2, comment: 'za długo' }));
      const second = await responses.record(answer(inv, 'csat', { score: 4, comment: 'jednak OK', source: 'web' }));

      expect(second).toEqual({ responseId: first.responseId, created: false });
      expect(await rowsOf(inv.id)).toEqual({
        responses: [{ id: first.responseId, score: 4, comment: 'jednak OK', source: 'web' }],
        changes: [{ score: 2, comment: 'za długo', source: 'email_link' }],
      });
      expect(await responses.history(first.responseId)).toEqual([{ score: 2, comment: 'za długo', source: 'email_link', changedAt: expect.any(String) }]);
    });

    it('writes no history when the same answer arrives again (a second click on the same link)', async () => {
      const inv = await invited('csat');
      await responses.record(answer(inv, 'csat', { score: 5, comment: 'super' }));
      const again = await responses.record(answer(inv, 'csat', { score: 5, comment: ' super ' }));

      expect(again.created).toBe(false);
      expect((await rowsOf(inv.id)).changes).toEqual([]);
    });

    it('keeps one response and every earlier value when answers to one invitation race', async () => {
      const inv = await invited('nps');
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => responses.record(answer(inv, 'nps', { score: i + 1 }))));

      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.responseId)).size).toBe(1);
      const { responses: rows, changes } = await rowsOf(inv.id);
      expect(rows).toHaveLength(1);
      // Every answer but the last is somewhere in the history: none was overwritten unseen.
      expect(changes).toHaveLength(7);
      expect([...changes.map((c: { score: number }) => c.score), rows[0].score].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it.each([
      ['csat', 0],
      ['csat', 6],
      ['nps', -1],
      ['nps', 11],
      ['ces', 8],
      ['ces', 4.5],
    ] as Array<[Metric, number]>)('rejects %s score %s naming "score" and stores nothing', async (metric, score) => {
      const inv = await invited(metric);
      const error = await responses.record(answer(inv, metric, { score })).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ field: 'score', message: expect.stringMatching(/^score must be a whole number from \d+ to \d+$/) });
      expect((await rowsOf(inv.id)).responses).toEqual([]);
    });

    it('accepts 0 on the NPS scale and 7 on the CES scale', async () => {
      await expect(responses.record(answer(await invited('nps'), 'nps', { score: 0 }))).resolves.toMatchObject({ created: true });
      await expect(responses.record(answer(await invited('ces'), 'ces', { score: 7 }))).resolves.toMatchObject({ created: true });
    });

    it('stores a blank comment as no comment', async () => {
      const inv = await invited('csat');
      await responses.record(answer(inv, 'csat', { comment: ' \n\t ' }));
      expect((await rowsOf(inv.id)).responses[0].comment).toBeNull();
    });

    it('accepts a comment of 2000 characters, emoji counted as one, and rejects 2001 naming "comment"', async () => {
      const inv = await invited('csat');
      const longest = '😀'.repeat(1000) + 'ż'.repeat(1000);
      await responses.record(answer(inv, 'csat', { comment: longest }));
      expect((await rowsOf(inv.id)).responses[0].comment).toBe(longest);

      const error = await responses.record(answer(inv, 'csat', { score: 1, comment: `${longest}x` })).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'comment', message: 'comment must be shorter than or equal to 2000 characters' });
      expect((await rowsOf(inv.id)).responses[0]).toMatchObject({ score: 4, comment: longest });
    });
  });

  describe('personal data', () => {
    it('exports responses with their change history and erases the comments but keeps the scores', async () => {
      const inv = await invited('nps');
      const { responseId } = await responses.record(answer(inv, 'nps', { score: 3, comment: 'kurier był niemiły' }));
      await responses.record(answer(inv, 'nps', { score: 7, comment: 'przeprosili, jest lepiej' }));
      const privacy = services.module.get(CustomerPrivacyService);

      const exported = await privacy.export(inv.customerId);
      expect(exported.responses).toEqual([
        {
          id: responseId,
          invitationId: inv.id,
          surveyId: inv.surveyId,
          metric: 'nps',
          score: 7,
          comment: 'przeprosili, jest lepiej',
          source: 'email_link',
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
          changes: [{ score: 3, comment: 'kurier był niemiły', source: 'email_link', changedAt: expect.any(String) }],
        },
      ]);

      await privacy.erase(inv.customerId);
      expect(await rowsOf(inv.id)).toEqual({
        responses: [{ id: responseId, score: 7, comment: null, source: 'email_link' }],
        changes: [{ score: 3, comment: null, source: 'email_link' }],
      });
    });
  });
});
