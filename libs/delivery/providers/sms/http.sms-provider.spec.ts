import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import type { HttpSmsConfig } from '@feedloop/core/config/app-config';
import { freePort } from '../../../../test/postgres-server';
import { PermanentDeliveryError, TransientDeliveryError } from '../../delivery.errors';
import { twilioSignature, verifyTwilioSignature } from '../../webhook-signature';
import { HttpSmsProvider } from './http.sms-provider';
import { parseTwilioInbound, parseTwilioStatus } from './http.sms-webhook';

interface Received {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  form: Record<string, string>;
}

type Reply = (res: ServerResponse, req: Received) => void;

/** A loopback server speaking the part of Twilio's Messages API the provider uses. */
async function startTwilio(reply: Reply): Promise<{ url: string; requests: Received[]; server: Server }> {
  const requests: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const received: Received = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
      };
      requests.push(received);
      reply(res, received);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/2010-04-01`, requests, server };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

describe(HttpSmsProvider.name, () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });

  async function setup(reply: Reply, overrides: Partial<HttpSmsConfig> = {}) {
    const twilio = await startTwilio(reply);
    servers.push(twilio.server);
    const cfg: HttpSmsConfig = {
      url: twilio.url,
      account: 'AC0123456789',
      token: 'auth-token-abcdef',
      statusCallbackUrl: 'https://feedback.example.com/webhooks/sms/status',
      timeoutMs: 2_000,
      ...overrides,
    };
    return { provider: new HttpSmsProvider(cfg, '+48500100200'), requests: twilio.requests };
  }

  const sms = { to: '+48601234567', text: 'Jak oceniasz dostawę? Odpisz liczbą 0–10.', reference: 'inv-42' };

  it('posts the form with basic auth and returns the sid on 201', async () => {
    const { provider, requests } = await setup((res, req) => {
      const ok = req.authorization === `Basic ${Buffer.from('AC0123456789:auth-token-abcdef').toString('base64')}`;
      if (!ok) return json(res, 401, { code: 20003, message: 'Authenticate', status: 401 });
      json(res, 201, { sid: 'SM7f2c', status: 'queued', num_segments: '1' });
    });

    await expect(provider.send(sms)).resolves.toEqual({ externalId: 'SM7f2c', segments: 1 });

    const [req] = requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/2010-04-01/Accounts/AC0123456789/Messages.json');
    expect(req.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(req.idempotencyKey).toBe('inv-42');
    expect(req.form).toEqual({
      To: '+48601234567',
      From: '+48500100200',
      Body: 'Jak oceniasz dostawę? Odpisz liczbą 0–10.',
      StatusCallback: 'https://feedback.example.com/webhooks/sms/status?reference=inv-42',
    });
  });

  it('counts segments itself when the provider does not say', async () => {
    const { provider } = await setup((res) => json(res, 201, { sid: 'SM1' }));
    const long = 'Dziękujemy! '.repeat(10);
    await expect(provider.send({ ...sms, text: long })).resolves.toEqual({ externalId: 'SM1', segments: 2 });
  });

  it("reports a 400 as permanent with the provider's message and code", async () => {
    const message = "The 'To' number +48601234567 is not a valid phone number.";
    const { provider } = await setup((res) => json(res, 400, { code: 21211, message, more_info: 'https://www.twilio.com/docs/errors/21211', status: 400 }));
    const error = await provider.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error).toMatchObject({ provider: 'http-sms', reason: message, providerCode: 21211 });
  });

  it('reports a 503 as transient', async () => {
    const { provider } = await setup((res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('Service Unavailable');
    });
    const error = await provider.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect(error).toMatchObject({ reason: 'Service Unavailable', providerCode: 503 });
  });

  it('reports a 429 as transient and passes on Retry-After', async () => {
    const { provider } = await setup((res) => json(res, 429, { code: 20429, message: 'Too Many Requests' }, { 'retry-after': '7' }));
    const error = await provider.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect(error).toMatchObject({ reason: 'Too Many Requests', retryAfterMs: 7_000 });
  });

  it('reports rejected credentials as transient: the operator fixes them, the message is not at fault', async () => {
    const { provider } = await setup((res) => json(res, 401, { code: 20003, message: 'Authenticate' }));
    await expect(provider.send(sms)).rejects.toBeInstanceOf(TransientDeliveryError);
  });

  it('reports a provider that does not answer in time as transient', async () => {
    const { provider } = await setup(() => undefined, { timeoutMs: 200 });
    const error = await provider.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).reason).toBe('no answer within 200 ms');
  });

  it('reports a refused connection as transient', async () => {
    const { provider } = await setup((res) => json(res, 201, { sid: 'SM1' }), { url: `http://127.0.0.1:${await freePort()}/2010-04-01` });
    const error = await provider.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).reason).toMatch(/ECONNREFUSED/);
  });

  it('treats a 2xx without a sid as failed rather than retrying into a duplicate text', async () => {
    const { provider } = await setup((res) => json(res, 200, { ok: true }));
    await expect(provider.send(sms)).rejects.toBeInstanceOf(PermanentDeliveryError);
  });
});

describe('Twilio webhooks', () => {
  const token = 'auth-token-abcdef';
  const url = 'https://feedback.example.com/webhooks/sms/status?reference=inv-42';

  it('reads a signed status callback into a receipt carrying our reference', () => {
    const params = { MessageSid: 'SM7f2c', MessageStatus: 'undelivered', ErrorCode: '30005', AccountSid: 'AC0123456789' };
    expect(verifyTwilioSignature(token, url, params, twilioSignature(token, url, params))).toBe(true);
    expect(parseTwilioStatus(params, 'inv-42', new Date(0))).toEqual({
      kind: 'receipt',
      externalId: 'SM7f2c',
      status: 'failed',
      providerStatus: 'undelivered',
      errorCode: '30005',
      reference: 'inv-42',
      at: new Date(0),
    });
    expect(parseTwilioStatus({ MessageSid: 'SM1', MessageStatus: 'delivered' }, null)?.status).toBe('delivered');
    expect(parseTwilioStatus({ MessageSid: 'SM1', MessageStatus: 'sent' }, null)?.status).toBe('pending');
    expect(parseTwilioStatus({ MessageStatus: 'sent' }, null)).toBeNull();
  });

  it('reads an inbound message into a reply', () => {
    expect(parseTwilioInbound({ From: '+48601234567', To: '+48500100200', Body: '9 szybka dostawa', MessageSid: 'SMin1' }, new Date(0))).toEqual({
      kind: 'reply',
      from: '+48601234567',
      to: '+48500100200',
      text: '9 szybka dostawa',
      receivedAt: new Date(0),
      externalId: 'SMin1',
    });
    expect(parseTwilioInbound({ To: '+48500100200' })).toBeNull();
  });
});
