import type { SmtpConfig } from '@feedloop/core/config/app-config';
import { freePort } from '../../../../test/postgres-server';
import { PermanentDeliveryError, TransientDeliveryError } from '../../delivery.errors';
import { SmtpCapture } from '../../../../test/smtp-capture';
import { listUnsubscribeHeaders, OutgoingEmail } from './email-provider';
import { SmtpEmailProvider } from './smtp.email-provider';

function smtpConfig(url: string, overrides: Partial<Omit<SmtpConfig, 'url'>> = {}): SmtpConfig & { url: string } {
  return { from: 'Feedloop <ankiety@feedloop.test>', poolSize: 2, tlsRejectUnauthorized: true, timeoutMs: 5_000, ...overrides, url };
}

const survey: OutgoingEmail = {
  to: 'jan.kowalski@example.com',
  subject: 'Jak oceniasz dostawę? Zażółć gęślą jaźń',
  html: '<p>Dziękujemy za zakupy! <a href="https://feedback.example.com/a/tok123?score=10">10</a></p>',
  text: 'Dziękujemy za zakupy! Oceń nas: https://feedback.example.com/a/tok123?score=10',
  headers: listUnsubscribeHeaders('https://feedback.example.com/unsubscribe/tok123', 'unsubscribe+tok123@feedback.example.com'),
};

describe(SmtpEmailProvider.name, () => {
  const providers: SmtpEmailProvider[] = [];
  const servers: SmtpCapture[] = [];
  afterEach(async () => {
    // Providers first: a server's close() waits for pooled client connections to go away.
    for (const p of providers.splice(0)) await p.close();
    for (const s of servers.splice(0)) await s.close();
  });

  async function start(options: Parameters<typeof SmtpCapture.start>[0] = {}) {
    const server = await SmtpCapture.start(options);
    servers.push(server);
    return server;
  }
  function provider(url: string, overrides: Partial<Omit<SmtpConfig, 'url'>> = {}) {
    const p = new SmtpEmailProvider(smtpConfig(url, overrides));
    providers.push(p);
    return p;
  }

  it('delivers both parts, the one-click unsubscribe headers and Polish text intact', async () => {
    const server = await start();
    const sent = await provider(server.url).send(survey);

    await server.waitFor(1);
    const [mail] = server.messages;
    expect(mail.to).toEqual(['jan.kowalski@example.com']);
    expect(mail.from).toBe('ankiety@feedloop.test');
    expect(mail.parsed.subject).toBe('Jak oceniasz dostawę? Zażółć gęślą jaźń');
    expect(mail.parsed.text?.trim()).toBe(survey.text);
    expect(mail.parsed.html).toContain('Dziękujemy za zakupy!');
    expect(mail.parsed.html).toContain('href="https://feedback.example.com/a/tok123?score=10"');
    expect(mail.parsed.messageId).toBe(sent.messageId);
    // Long headers may be folded onto several lines (RFC 5322 2.2.3); unfolded they must read exactly so.
    const header = (name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n[ \t]+/g, ' ');
    expect(header('list-unsubscribe')).toBe(
      'List-Unsubscribe: <https://feedback.example.com/unsubscribe/tok123>, <mailto:unsubscribe+tok123@feedback.example.com>',
    );
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('sends the Message-ID the caller chose, so a retried invitation is recognisable', async () => {
    const server = await start();
    const sent = await provider(server.url).send({ ...survey, messageId: 'invitation-42' });
    expect(sent.messageId).toBe('<invitation-42@feedloop.test>');
    await server.waitFor(1);
    expect(server.messages[0].parsed.messageId).toBe('<invitation-42@feedloop.test>');
  });

  it('reports a 550 refusal as permanent, with the server reason', async () => {
    const server = await start({ rejectRecipient: () => [550, '5.1.1 <jan.kowalski@example.com>: mailbox unavailable'] });
    const error = await provider(server.url).send(survey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error).toMatchObject({ code: 'DELIVERY_PERMANENT', provider: 'smtp', providerCode: 550 });
    expect((error as PermanentDeliveryError).reason).toMatch(/550 5\.1\.1 <jan\.kowalski@example\.com>: mailbox unavailable/);
    expect(server.messages).toHaveLength(0);
  });

  it('reports a 4xx refusal as transient', async () => {
    const server = await start({ rejectRecipient: () => [451, '4.7.1 greylisted, try again later'] });
    const error = await provider(server.url).send(survey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).reason).toMatch(/451 4\.7\.1 greylisted/);
  });

  it('reports a server that is down as transient, and delivers once it is back', async () => {
    const port = await freePort();
    const smtp = provider(`smtp://127.0.0.1:${port}`);

    const error = await smtp.send(survey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).reason).toMatch(/ECONNREFUSED|connect/i);

    const server = await start({ port });
    await smtp.send(survey);
    await server.waitFor(1);
    expect(server.messages[0].to).toEqual(['jan.kowalski@example.com']);
  });

  it('upgrades to TLS with STARTTLS, and refuses a self-signed certificate unless told not to verify it', async () => {
    const server = await start({ starttls: true });

    const strict = await provider(server.url).send(survey).catch((e: unknown) => e);
    expect(strict).toBeInstanceOf(TransientDeliveryError);

    await provider(server.url, { tlsRejectUnauthorized: false }).send(survey);
    await server.waitFor(1);
    expect(server.messages).toHaveLength(1);
  });

  it('sends a batch over at most SMTP_POOL_SIZE connections', async () => {
    const server = await start();
    const smtp = provider(server.url, { poolSize: 2 });
    const batch = Array.from({ length: 8 }, (_, i) => smtp.send({ ...survey, to: `customer${i}@example.com`, messageId: `inv-${i}` }));
    await Promise.all(batch);
    await server.waitFor(8);
    expect(new Set(server.messages.map((m) => m.to[0])).size).toBe(8);
    expect(server.connections).toBeLessThanOrEqual(2);
  });

  it('verifies the connection without sending', async () => {
    const server = await start();
    await expect(provider(server.url).verify()).resolves.toBeUndefined();
    expect(server.messages).toHaveLength(0);
    const port = await freePort();
    await expect(provider(`smtp://127.0.0.1:${port}`).verify()).rejects.toBeInstanceOf(TransientDeliveryError);
  });
});
