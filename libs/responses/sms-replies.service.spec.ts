import { DataSource } from 'typeorm';
import { CustomerPrivacyService } from '@feedloop/customers/customer-privacy.service';
import { TestServices, startTestServices } from '../../test/services';
import { LoopbackSmsHttp } from '../../test/loopback-sms-http';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { InvitationOverrides, InvitationRow, makeInvitation } from '../../test/factories/invitations';
import { ResponsesModule } from './responses.module';
import { SmsRepliesService } from './sms-replies.service';

describe(SmsRepliesService.name, () => {
  let provider: LoopbackSmsHttp;
  let services: TestServices;
  let db: DataSource;
  let replies: SmsRepliesService;

  beforeAll(async () => {
    provider = await LoopbackSmsHttp.start();
    services = await startTestServices([ResponsesModule], {
      SMS_PROVIDER: 'http',
      SMS_HTTP_URL: provider.url,
      SMS_HTTP_ACCOUNT: 'AC0123',
      SMS_HTTP_TOKEN: 'provider-auth-token-0123',
      SMS_FROM: '+48500000000',
      PUBLIC_URL: 'https://feedback.example.com',
    });
    db = services.dataSource;
    replies = services.module.get(SmsRepliesService);
  });
  afterAll(async () => {
    await services.close();
    await provider.close();
  });
  beforeEach(() => {
    provider.answer = () => 'accept';
  });

  /** A customer with an SMS invitation (NPS unless told) sent an hour ago. */
  async function texted(overrides: InvitationOverrides = {}, customer: Partial<CustomerRow> = {}) {
    const c = await makeCustomer(db, customer);
    const inv = await makeInvitation(db, c.id, { metric: 'nps', channel: 'sms', ...overrides });
    return { customer: c, invitation: inv };
  }

  const reply = (from: string, text: string) => replies.handleInbound({ from, text, receivedAt: new Date(), externalId: `SM-${text.length}` });
  const responseOf = async (inv: InvitationRow) =>
    (await db.query(`SELECT score, comment, source FROM responses WHERE invitation_id = $1`, [inv.id]))[0] ?? null;
  const invitationState = async (inv: InvitationRow) =>
    (await db.query(`SELECT status, answered_at IS NOT NULL AS answered FROM invitations WHERE id = $1`, [inv.id]))[0];
  const logOf = async (inv: InvitationRow) =>
    db.query(`SELECT status, detail FROM invitation_log WHERE invitation_id = $1 ORDER BY id`, [inv.id]) as Promise<Array<{ status: string; detail: string }>>;
  const consentOf = async (customerId: string) =>
    db.query(`SELECT channel, opted_out, source FROM consent_changes WHERE customer_id = $1 ORDER BY id`, [customerId]);
  const smsTo = (phone: string) => provider.messages.filter((m) => m.to === phone);

  describe('answers', () => {
    it.each([
      ['9', 9, null],
      ['9 szybka dostawa', 9, 'szybka dostawa'],
      ['10!', 10, null],
      [' 7, ok', 7, 'ok'],
      ['0', 0, null],
    ])('records %j as score %s with comment %j on the open invitation and marks it answered', async (text, score, comment) => {
      const { customer, invitation } = await texted();

      const outcome = await reply(customer.phone!, text);

      expect(outcome).toEqual({ outcome: 'recorded', invitationId: invitation.id, responseId: expect.any(String) });
      expect(await responseOf(invitation)).toEqual({ score, comment, source: 'sms' });
      expect(await invitationState(invitation)).toEqual({ status: 'answered', answered: true });
    });

    it('stores no response when the invitation cannot be marked answered: both or neither', async () => {
      const { customer, invitation } = await texted();
      // Stands in for any failure after the response is written: its invitation's log line is refused.
      await db.query(`ALTER TABLE invitation_log ADD CONSTRAINT test_refuse_one CHECK (invitation_id <> '${invitation.id}')`);
      try {
        await expect(reply(customer.phone!, '9')).rejects.toThrow(/test_refuse_one/);
      } finally {
        await db.query('ALTER TABLE invitation_log DROP CONSTRAINT test_refuse_one');
      }
      expect(await responseOf(invitation)).toBeNull();
      expect(await invitationState(invitation)).toEqual({ status: 'sent', answered: false });
    });

    it('keeps a Polish comment with diacritics exactly as written', async () => {
      const { customer, invitation } = await texted();
      await reply(customer.phone!, '8 Paczka przyszła pognieciona, ale kurier był miły. Dziękuję! ŻÓŁĆ');
      expect(await responseOf(invitation)).toMatchObject({ score: 8, comment: 'Paczka przyszła pognieciona, ale kurier był miły. Dziękuję! ŻÓŁĆ' });
    });

    it('matches a sender given as international digits without "+", as SMSCs send it', async () => {
      const { customer, invitation } = await texted();
      await reply(customer.phone!.slice(1), '6');
      expect(await responseOf(invitation)).toMatchObject({ score: 6 });
    });

    it('updates the answer when a second reply arrives before the invitation expires, keeping the first in the history', async () => {
      const { customer, invitation } = await texted();
      const first = await reply(customer.phone!, '3 długo czekałem');
      const second = await reply(customer.phone!, '7 ale sprawa załatwiona');

      expect(second).toEqual({ outcome: 'updated', invitationId: invitation.id, responseId: (first as { responseId: string }).responseId });
      expect(await responseOf(invitation)).toEqual({ score: 7, comment: 'ale sprawa załatwiona', source: 'sms' });
      expect(await db.query(`SELECT c.score, c.comment FROM response_changes c JOIN responses r ON r.id = c.response_id WHERE r.invitation_id = $1`, [invitation.id])).toEqual([
        { score: 3, comment: 'długo czekałem' },
      ]);
    });

    it('answers the most recently texted survey when the number has several', async () => {
      const customer = await makeCustomer(db);
      const older = await makeInvitation(db, customer.id, { metric: 'nps', sentAt: new Date(Date.now() - 2 * 86_400_000) });
      const newer = await makeInvitation(db, customer.id, { metric: 'csat', sentAt: new Date(Date.now() - 60_000) });

      await reply(customer.phone!, '5');

      expect(await responseOf(newer)).toMatchObject({ score: 5 });
      expect(await responseOf(older)).toBeNull();
    });
  });

  describe('replies that are not answers', () => {
    it.each(['hello??', 'dziękuję', '', '8.5 prawie dobrze', '12345'])('records nothing for %j and logs the reason on the invitation', async (text) => {
      const { customer, invitation } = await texted();

      const outcome = await reply(customer.phone!, text);

      expect(outcome).toMatchObject({ outcome: 'ignored', invitationId: invitation.id });
      expect(await responseOf(invitation)).toBeNull();
      expect(await invitationState(invitation)).toEqual({ status: 'sent', answered: false });
      expect(await logOf(invitation)).toEqual([{ status: 'reply_ignored', detail: (outcome as { reason: string }).reason }]);
    });

    it('ignores a score outside the survey scale (9 for a CSAT 1–5 survey)', async () => {
      const { customer, invitation } = await texted({ metric: 'csat' });

      const outcome = await reply(customer.phone!, '9 super');

      expect(outcome).toMatchObject({ outcome: 'ignored', reason: 'the score 9 is outside the scale 1 to 5' });
      expect(await responseOf(invitation)).toBeNull();
      expect(await logOf(invitation)).toEqual([{ status: 'reply_ignored', detail: 'the score 9 is outside the scale 1 to 5' }]);
    });

    it('does nothing for a number that belongs to no customer', async () => {
      const before = await db.query(`SELECT (SELECT count(*) FROM responses) AS responses, (SELECT count(*) FROM invitation_log) AS log`);
      const outcome = await reply('+48699999999', '9');

      expect(outcome).toEqual({ outcome: 'ignored', reason: 'the number belongs to no customer', invitationId: null });
      expect(await db.query(`SELECT (SELECT count(*) FROM responses) AS responses, (SELECT count(*) FROM invitation_log) AS log`)).toEqual(before);
      expect(smsTo('+48699999999')).toEqual([]);
    });

    it.each<[string, InvitationOverrides]>([
      ['the only invitation went by e-mail', { channel: 'email' }],
      ['the invitation expired', { sentAt: new Date(Date.now() - 8 * 86_400_000), expiresAt: new Date(Date.now() - 86_400_000) }],
      ['the invitation was never sent', { status: 'scheduled' }],
    ])('records nothing when %s', async (_case, overrides) => {
      const { customer, invitation } = await texted(overrides);

      const outcome = await reply(customer.phone!, '9');

      expect(outcome).toEqual({ outcome: 'ignored', reason: 'no survey sent by SMS is waiting for an answer from this number', invitationId: null });
      expect(await responseOf(invitation)).toBeNull();
    });
  });

  describe('replies to an exit survey', () => {
    /** An SMS invitation to the seeded exit survey (its page asks why; it has no scale). */
    async function textedExit(locale: 'pl' | 'en' = 'pl') {
      const [exit] = await db.query(`SELECT id FROM surveys WHERE kind = 'exit' ORDER BY created_at LIMIT 1`);
      return texted({ surveyId: exit.id, locale }, { locale });
    }

    it('records no score for "4 za drogo": texts the link to the exit page back once, and the invitation stays open for it', async () => {
      const { customer, invitation } = await textedExit();

      const outcome = await reply(customer.phone!, '4 za drogo');
      await reply(customer.phone!, '9');

      expect(outcome).toEqual({ outcome: 'ignored', reason: 'an exit survey is answered on its page, not by SMS', invitationId: invitation.id });
      expect(await responseOf(invitation)).toBeNull();
      expect(await invitationState(invitation)).toEqual({ status: 'sent', answered: false });
      expect(smsTo(customer.phone!).map((m) => m.body)).toEqual([
        `Dziękujemy za wiadomość. Powód rezygnacji możesz podać tutaj: https://feedback.example.com/s/${invitation.token}`,
      ]);
      expect(await logOf(invitation)).toEqual([
        { status: 'reply_ignored', detail: 'an exit survey is answered on its page, not by SMS' },
        { status: 'exit_link_texted', detail: null },
        { status: 'reply_ignored', detail: 'an exit survey is answered on its page, not by SMS' },
      ]);
    });

    it('texts an English-speaking customer in English, and STOP still opts out', async () => {
      const { customer, invitation } = await textedExit('en');

      await reply(customer.phone!, 'too expensive');
      expect(smsTo(customer.phone!).map((m) => m.body)).toEqual([`Thank you for your message. You can tell us why you are leaving here: https://feedback.example.com/s/${invitation.token}`]);

      expect(await reply(customer.phone!, 'STOP')).toMatchObject({ outcome: 'opted_out', customerIds: [customer.id] });
      expect(await responseOf(invitation)).toBeNull();
    });
  });

  describe('opt-out', () => {
    it.each(['STOP', 'stop', 'NIE', 'REZYGNUJĘ', 'Rezygnuje.', 'STOP ALL'])(
      'opts the customer out of SMS on %j, with source sms_reply, and confirms once in Polish',
      async (text) => {
        const { customer, invitation } = await texted();

        const outcome = await reply(customer.phone!, text);

        expect(outcome).toEqual({ outcome: 'opted_out', customerIds: [customer.id], confirmed: true });
        expect(await consentOf(customer.id)).toEqual([{ channel: 'sms', opted_out: true, source: 'sms_reply' }]);
        expect(smsTo(customer.phone!)).toEqual([expect.objectContaining({ body: 'Wypisano Cię z ankiet SMS.', from: '+48500000000' })]);
        expect(await responseOf(invitation)).toBeNull();
        expect(await logOf(invitation)).toEqual([{ status: 'opted_out', detail: 'the customer replied with an opt-out word' }]);
      },
    );

    it('sends no second confirmation when STOP comes again', async () => {
      const { customer } = await texted();
      await reply(customer.phone!, 'STOP');
      const again = await reply(customer.phone!, 'STOP');

      expect(again).toEqual({ outcome: 'already_opted_out', customerIds: [customer.id] });
      expect(smsTo(customer.phone!)).toHaveLength(1);
      expect(await consentOf(customer.id)).toHaveLength(1);
    });

    it('confirms in English to an English-speaking customer, also without an open survey', async () => {
      const customer = await makeCustomer(db, { locale: 'en' });

      await reply(customer.phone!, 'stop');

      expect(smsTo(customer.phone!).map((m) => m.body)).toEqual(['You will receive no more survey SMS.']);
    });

    it('opts out every customer recorded with the number and texts it once', async () => {
      const first = await makeCustomer(db);
      const second = await makeCustomer(db, { phone: first.phone });

      const outcome = await reply(first.phone!, 'NIE');

      expect(outcome).toMatchObject({ outcome: 'opted_out', confirmed: true });
      expect(new Set((outcome as { customerIds: string[] }).customerIds)).toEqual(new Set([first.id, second.id]));
      expect(smsTo(first.phone!)).toHaveLength(1);
    });

    it('shows the opt-out with its source in the GDPR export', async () => {
      const { customer } = await texted();
      await reply(customer.phone!, 'STOP');

      const exported = await services.module.get(CustomerPrivacyService).export(customer.id);

      expect(exported.customer.consent.sms).toEqual({ optedOut: true, changedAt: expect.any(String) });
      expect(exported.consentHistory).toEqual([{ channel: 'sms', optedOut: true, source: 'sms_reply', changedAt: expect.any(String) }]);
    });

    it('keeps the opt-out when the confirmation cannot be sent, and does not throw', async () => {
      const { customer } = await texted();
      provider.answer = () => 400;

      const outcome = await reply(customer.phone!, 'STOP');

      expect(outcome).toEqual({ outcome: 'opted_out', customerIds: [customer.id], confirmed: false });
      expect(await consentOf(customer.id)).toEqual([{ channel: 'sms', opted_out: true, source: 'sms_reply' }]);
    });
  });
});
