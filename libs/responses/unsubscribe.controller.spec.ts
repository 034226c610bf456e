import request from 'supertest';
import { DataSource } from 'typeorm';
import { CustomerPrivacyService } from '@feedloop/customers/customer-privacy.service';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';

describe('/s/:token/unsubscribe', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  const http = () => request(api.app.getHttpServer());
  /** A customer and an e-mail invitation whose unsubscribe link we follow. */
  async function mailed(locale: 'pl' | 'en' = 'pl', overrides: Parameters<typeof makeInvitation>[2] = {}) {
    const customer = await makeCustomer(api.app, { locale });
    const invitation = await makeInvitation(api.app, customer.id, { channel: 'email', locale, ...overrides });
    return { customer, invitation, path: `/s/${invitation.token}/unsubscribe` };
  }
  const consentOf = (customerId: string) =>
    db.query(`SELECT channel, opted_out, source FROM consent_changes WHERE customer_id = $1 ORDER BY id`, [customerId]);
  const emailOptedOut = async (customerId: string) =>
    (await db.query(`SELECT email_opted_out_at IS NOT NULL AS out FROM customers WHERE id = $1`, [customerId]))[0].out as boolean;

  describe('GET', () => {
    it('shows a Polish page with a button that posts back, without opting out yet', async () => {
      const { customer, path } = await mailed('pl');

      const res = await http().get(path).expect(200);

      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-robots-tag']).toMatch(/^noindex/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('<html lang="pl">');
      expect(res.text).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(res.text).toContain('Nie chcesz dostawać od nas ankiet e-mailem?');
      expect(res.text).toMatch(/<form method="post">[\s\S]*<button type="submit">Wypisz mnie<\/button>/);
      // Mail scanners open every link: showing the page must not unsubscribe anyone.
      expect(await emailOptedOut(customer.id)).toBe(false);
    });

    it("speaks the customer's language", async () => {
      const { path } = await mailed('en');
      const res = await http().get(path).expect(200);
      expect(res.text).toContain('<html lang="en">');
      expect(res.text).toContain('Unsubscribe me');
    });

    it('says so when the customer is already unsubscribed', async () => {
      const { path } = await mailed('pl');
      await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
      const res = await http().get(path).expect(200);
      expect(res.text).toContain('Ten adres jest już wypisany z ankiet e-mail.');
      expect(res.text).not.toContain('<form');
    });
  });

  describe('POST', () => {
    it('opts the customer out of e-mail on an RFC 8058 one-click request and answers with a confirmation page', async () => {
      const { customer, invitation, path } = await mailed('pl');

      const res = await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);

      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.text).toContain('Wypisano Cię z ankiet e-mail.');
      expect(await emailOptedOut(customer.id)).toBe(true);
      expect(await consentOf(customer.id)).toEqual([{ channel: 'email', opted_out: true, source: 'unsubscribe_link' }]);
      expect(await db.query(`SELECT sms_opted_out_at FROM customers WHERE id = $1`, [customer.id])).toEqual([{ sms_opted_out_at: null }]);
      expect(await db.query(`SELECT status FROM invitation_log WHERE invitation_id = $1`, [invitation.id])).toEqual([{ status: 'unsubscribed' }]);
    });

    it('is idempotent: a second click records nothing more', async () => {
      const { customer, path } = await mailed('en');
      await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);

      const again = await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);

      expect(again.text).toContain('You are already unsubscribed.');
      expect(await consentOf(customer.id)).toHaveLength(1);
    });

    it('accepts the button of the page itself and a body-less POST', async () => {
      const { customer, path } = await mailed('pl');
      await http().post(path).expect(200);
      expect(await emailOptedOut(customer.id)).toBe(true);
    });

    it('works for an invitation that has expired, since people unsubscribe from old mail', async () => {
      const { customer, path } = await mailed('pl', {
        status: 'expired',
        sentAt: new Date(Date.now() - 60 * 86_400_000),
        expiresAt: new Date(Date.now() - 53 * 86_400_000),
      });
      await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(await emailOptedOut(customer.id)).toBe(true);
    });

    it('shows the opt-out with its source in the GDPR export', async () => {
      const { customer, path } = await mailed('pl');
      await http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);

      const exported = await api.app.get(CustomerPrivacyService).export(customer.id);

      expect(exported.customer.consent.email).toEqual({ optedOut: true, changedAt: expect.any(String) });
      expect(exported.consentHistory).toEqual([{ channel: 'email', optedOut: true, source: 'unsubscribe_link', changedAt: expect.any(String) }]);
    });
  });

  describe('unknown token', () => {
    it.each(['GET', 'POST'] as const)('%s answers a friendly 404 page, not a stack trace or JSON', async (method) => {
      const req = method === 'GET' ? http().get('/s/no-such-token/unsubscribe') : http().post('/s/no-such-token/unsubscribe');
      const res = await req.set('Accept-Language', 'pl-PL,pl;q=0.9,en;q=0.8').expect(404);

      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['x-robots-tag']).toMatch(/^noindex/);
      expect(res.text).toContain('Nie znaleźliśmy tego linku.');
      expect(res.text).not.toMatch(/Error|at .*\.ts/);
    });

    it('uses English when the browser prefers it, and for an absurdly long token', async () => {
      const res = await http().get(`/s/${'x'.repeat(500)}/unsubscribe`).set('Accept-Language', 'de;q=1, en;q=0.5, pl;q=0.4').expect(404);
      expect(res.text).toContain('We could not find this link.');
    });
  });

  it('is not served under /api/v1', async () => {
    const { path } = await mailed('pl');
    await http().get(`/api/v1${path}`).set('Authorization', api.auth).expect(404);
  });
});
