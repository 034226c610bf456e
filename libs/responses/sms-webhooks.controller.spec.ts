import request from 'supertest';
import { DataSource } from 'typeorm';
import { twilioSignature } from '@feedloop/delivery/webhook-signature';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';

const SECRET = 'webhook-secret-0123456789';
const PUBLIC_URL = 'https://feedback.example.com';

describe('POST /webhooks/sms/inbound', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    // Signed for the public address: behind a proxy the request reaches us on another host and port.
    api = await startTestApi({ PUBLIC_URL, SMS_WEBHOOK_SECRET: SECRET });
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  const inbound = (form: Record<string, string>, signature: string | null) => {
    const req = request(api.app.getHttpServer()).post('/webhooks/sms/inbound').type('form').send(form);
    return signature === null ? req : req.set('X-Twilio-Signature', signature);
  };
  const signed = (form: Record<string, string>) => inbound(form, twilioSignature(SECRET, `${PUBLIC_URL}/webhooks/sms/inbound`, form));
  const twilioForm = (from: string, body: string) => ({ MessageSid: `SM${Date.now()}`, AccountSid: 'AC0123', From: from, To: '+48500000000', Body: body });
  const responseFor = async (invitationId: string) => (await db.query(`SELECT score, comment FROM responses WHERE invitation_id = $1`, [invitationId]))[0] ?? null;

  it('records a correctly signed reply and answers 200 with empty TwiML', async () => {
    const customer = await makeCustomer(api.app);
    const invitation = await makeInvitation(api.app, customer.id, { metric: 'nps' });

    const res = await signed(twilioForm(customer.phone!, '9 szybka dostawa')).expect(200);

    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.text).toBe('<Response/>');
    expect(await responseFor(invitation.id)).toEqual({ score: 9, comment: 'szybka dostawa' });
  });

  it('answers 200 without recording anything for a reply that is not an answer', async () => {
    const customer = await makeCustomer(api.app);
    const invitation = await makeInvitation(api.app, customer.id, { metric: 'nps' });

    await signed(twilioForm(customer.phone!, 'co to za numer?')).expect(200);

    expect(await responseFor(invitation.id)).toBeNull();
  });

  it('refuses with 403 a request whose signature does not match, and records nothing', async () => {
    const customer = await makeCustomer(api.app);
    const invitation = await makeInvitation(api.app, customer.id, { metric: 'nps' });
    const form = twilioForm(customer.phone!, '10');

    await inbound(form, twilioSignature('another-secret-0123456789', `${PUBLIC_URL}/webhooks/sms/inbound`, form)).expect(403);
    await inbound({ ...form, Body: '0' }, twilioSignature(SECRET, `${PUBLIC_URL}/webhooks/sms/inbound`, form)).expect(403);
    await inbound(form, null).expect(403);

    expect(await responseFor(invitation.id)).toBeNull();
  });

  it('refuses a signature made for the address the request arrived on rather than PUBLIC_URL', async () => {
    const form = twilioForm('+48601000001', '10');
    await inbound(form, twilioSignature(SECRET, 'http://127.0.0.1/webhooks/sms/inbound', form)).expect(403);
  });

  it('is not served under /api/v1', async () => {
    const form = twilioForm('+48601000001', '10');
    await request(api.app.getHttpServer())
      .post('/api/v1/webhooks/sms/inbound')
      .set('Authorization', api.auth)
      .set('X-Twilio-Signature', twilioSignature(SECRET, `${PUBLIC_URL}/api/v1/webhooks/sms/inbound`, form))
      .type('form')
      .send(form)
      .expect(404);
  });
});

describe('POST /webhooks/sms/inbound without a configured secret', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL });
  });
  afterAll(() => api.close());

  it('refuses every request with 403, however it is signed', async () => {
    const form = { From: '+48601000001', Body: 'STOP', MessageSid: 'SM1' };
    const res = await request(api.app.getHttpServer())
      .post('/webhooks/sms/inbound')
      .set('X-Twilio-Signature', twilioSignature('', `${PUBLIC_URL}/webhooks/sms/inbound`, form))
      .type('form')
      .send(form)
      .expect(403);
    expect(res.body.message).toEqual(['SMS webhooks are refused because no SMS_WEBHOOK_SECRET is configured']);
  });
});
