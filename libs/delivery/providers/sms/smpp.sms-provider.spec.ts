import type { SmppConfig } from '@feedloop/core/config/app-config';
import * as smpp from 'smpp';
import { freePort } from '../../../../test/postgres-server';
import { PermanentDeliveryError, TransientDeliveryError } from '../../delivery.errors';
import { LoopbackSmsc } from '../../../../test/loopback-smsc';
import { SmsInboundEvent } from './sms-provider';
import { parseReceiptText, SmppSmsProvider } from './smpp.sms-provider';

const POLISH = 'Dziękujemy za zakupy! Jak oceniasz dostawę? Odpisz liczbą 0–10 i komentarzem.';

describe(SmppSmsProvider.name, () => {
  const providers: SmppSmsProvider[] = [];
  const smscs: LoopbackSmsc[] = [];
  afterEach(async () => {
    for (const p of providers.splice(0)) await p.close();
    for (const s of smscs.splice(0)) await s.close();
  });

  async function startSmsc(options: Parameters<typeof LoopbackSmsc.start>[0] = {}) {
    const smsc = await LoopbackSmsc.start(options);
    smscs.push(smsc);
    return smsc;
  }
  function provider(port: number, overrides: Partial<SmppConfig> = {}, from = 'Feedloop') {
    const p = new SmppSmsProvider(
      {
        host: '127.0.0.1',
        port,
        tls: false,
        systemId: 'feedloop',
        password: 'secret',
        longMessages: 'udh',
        enquireLinkMs: 60_000,
        responseTimeoutMs: 2_000,
        reconnectMinMs: 50,
        reconnectMaxMs: 200,
        ...overrides,
      },
      from,
    );
    providers.push(p);
    p.start();
    return p;
  }

  it('binds as a transceiver and sends Polish text as UCS-2 that decodes back intact', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);

    const sent = await sms.send({ to: '+48601234567', text: POLISH, reference: 'inv-1' });

    expect(smsc.binds).toEqual([{ systemId: 'feedloop', password: 'secret', interfaceVersion: 0x34 }]);
    expect(sent).toEqual({ externalId: 'msg-1', segments: 2, partIds: ['msg-1', 'msg-2'] });
    const [first, second] = smsc.submits;
    expect(first).toMatchObject({ data_coding: 8, destination_addr: '48601234567', dest_addr_ton: 1, dest_addr_npi: 1, source_addr: 'Feedloop', source_addr_ton: 5, registered_delivery: 1 });
    expect(first.esm_class & 0x40).toBe(0x40);
    expect(first.short_message.udh[0][0]).toBe(0x00);
    expect([...first.short_message.udh[0]].slice(3)).toEqual([2, 1]);
    expect([...second.short_message.udh[0]].slice(3)).toEqual([2, 2]);
    expect(first.short_message.udh[0][2]).toBe(second.short_message.udh[0][2]);
    expect(first.short_message.message + second.short_message.message).toBe(POLISH);
  });

  it('sends a short GSM-7 text in one submit_sm with the default alphabet, extension characters intact', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port, {}, '+48500100200');
    const text = 'Thanks! Rate us 0-10 [price in EUR: 5€] ^_^';

    await expect(sms.send({ to: '+48601234567', text, reference: 'inv-2' })).resolves.toEqual({ externalId: 'msg-1', segments: 1 });

    const [pdu] = smsc.submits;
    expect(pdu).toMatchObject({ data_coding: 0, source_addr: '48500100200', source_addr_ton: 1 });
    expect(pdu.short_message.message).toBe(text);
  });

  it('sends a long text as one submit_sm with message_payload when configured so', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port, { longMessages: 'payload' });
    const text = POLISH.repeat(2);

    await expect(sms.send({ to: '+48601234567', text, reference: 'inv-3' })).resolves.toEqual({ externalId: 'msg-1', segments: 3 });

    expect(smsc.submits).toHaveLength(1);
    expect(smsc.submits[0].data_coding).toBe(8);
    expect(smsc.submits[0].message_payload.message).toBe(text);
  });

  it('passes a delivery receipt to the inbound handler and acknowledges it', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    const events: SmsInboundEvent[] = [];
    sms.onInbound(async (event) => {
      events.push(event);
    });
    await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-4' });

    const resp = await smsc.deliver({
      source_addr_ton: 1,
      source_addr: '48601234567',
      destination_addr: 'Feedloop',
      esm_class: smpp.ESM_CLASS.MC_DELIVERY_RECEIPT,
      short_message: 'id:msg-1 sub:001 dlvr:001 submit date:2611231200 done date:2611231201 stat:DELIVRD err:000 text:Hello',
      receipted_message_id: 'msg-1',
      message_state: smpp.MESSAGE_STATE.DELIVERED,
    });

    expect(resp.command_status).toBe(0);
    expect(events).toEqual([
      { kind: 'receipt', externalId: 'msg-1', status: 'delivered', providerStatus: 'DELIVRD', errorCode: null, reference: null, at: expect.any(Date) },
    ]);
  });

  it('reads a failed receipt that carries only the text form', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    const events: SmsInboundEvent[] = [];
    sms.onInbound(async (event) => {
      events.push(event);
    });
    await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-5' });

    await smsc.deliver({
      source_addr: '48601234567',
      esm_class: smpp.ESM_CLASS.MC_DELIVERY_RECEIPT,
      short_message: 'id:msg-1 sub:001 dlvr:000 submit date:2611231200 done date:2611231201 stat:UNDELIV err:034 text:',
    });

    expect(events).toEqual([expect.objectContaining({ kind: 'receipt', externalId: 'msg-1', status: 'failed', providerStatus: 'UNDELIV', errorCode: '034' })]);
  });

  it('passes an inbound UCS-2 reply to the handler with the sender in E.164', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    const events: SmsInboundEvent[] = [];
    sms.onInbound(async (event) => {
      events.push(event);
    });
    await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-6' });

    const resp = await smsc.deliver({
      source_addr_ton: 1,
      source_addr_npi: 1,
      source_addr: '48601234567',
      destination_addr: 'Feedloop',
      data_coding: 8,
      short_message: '9 szybka dostawa, dziękuję!',
    });

    expect(resp.command_status).toBe(0);
    expect(events).toEqual([
      { kind: 'reply', from: '+48601234567', to: 'Feedloop', text: '9 szybka dostawa, dziękuję!', receivedAt: expect.any(Date), externalId: null },
    ]);
  });

  it('joins a concatenated reply before passing it on', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    const events: SmsInboundEvent[] = [];
    sms.onInbound(async (event) => {
      events.push(event);
    });
    await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-7' });
    const part = (seq: number, message: string) =>
      smsc.deliver({ source_addr_ton: 1, source_addr: '48601234567', data_coding: 8, short_message: { udh: Buffer.from([5, 0, 3, 77, 2, seq]), message } });

    expect((await part(2, 'ale kurier był miły.')).command_status).toBe(0);
    expect(events).toHaveLength(0);
    await part(1, '6 paczka przyszła dzień później, ');

    expect(events).toEqual([expect.objectContaining({ kind: 'reply', text: '6 paczka przyszła dzień później, ale kurier był miły.' })]);
  });

  it('asks the SMSC to redeliver when the handler fails or none is registered', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-8' });
    const reply = { source_addr_ton: 1, source_addr: '48601234567', short_message: '10' };

    expect((await smsc.deliver(reply)).command_status).toBe(smpp.errors.ESME_RX_T_APPN);
    sms.onInbound(async () => {
      throw new Error('database unavailable');
    });
    expect((await smsc.deliver(reply)).command_status).toBe(smpp.errors.ESME_RX_T_APPN);
  });

  it('reports an invalid destination as permanent and throttling as transient, with the SMPP status', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);

    smsc.submitStatus = () => smpp.errors.ESME_RINVDSTADR;
    const invalid = await sms.send({ to: '+48000', text: 'Hello', reference: 'inv-9' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(PermanentDeliveryError);
    expect(invalid).toMatchObject({ provider: 'smpp', reason: 'ESME_RINVDSTADR (0x0000000b)', providerCode: 0x0b });

    smsc.submitStatus = () => smpp.errors.ESME_RTHROTTLED;
    const throttled = await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-10' }).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(TransientDeliveryError);
    expect(throttled).toMatchObject({ reason: 'ESME_RTHROTTLED (0x00000058)' });
  });

  it('says which part failed when a concatenated message is refused half-way', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    smsc.submitStatus = (_pdu, index) => (index === 1 ? smpp.errors.ESME_RMSGQFUL : 0);
    const error = await sms.send({ to: '+48601234567', text: POLISH, reference: 'inv-11' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).reason).toBe('part 2 of 2: ESME_RMSGQFUL (0x00000014)');
  });

  it('reconnects and binds again after the connection drops', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    await sms.send({ to: '+48601234567', text: 'first', reference: 'inv-12' });

    smsc.dropConnections();
    await smsc.until(() => smsc.binds.length === 2 && smsc.boundSessions === 1);

    await sms.send({ to: '+48601234567', text: 'second', reference: 'inv-13' });
    expect(smsc.submits.map((p) => p.short_message.message)).toEqual(['first', 'second']);
  });

  it('fails sends as transient while the SMSC is down, and binds once it is up', async () => {
    const port = await freePort();
    const sms = provider(port, { responseTimeoutMs: 300 });

    const error = await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-14' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).reason).toMatch(/^not bound to the SMSC: .*ECONNREFUSED/);

    const smsc = await startSmsc({ port });
    await smsc.until(() => smsc.boundSessions === 1);
    await expect(sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-14' })).resolves.toMatchObject({ externalId: 'msg-1' });
  });

  it('fails sends as transient, naming the refusal, when the SMSC rejects the password', async () => {
    const smsc = await startSmsc({ password: 'other' });
    const sms = provider(smsc.port, { responseTimeoutMs: 300 });
    await smsc.until(() => smsc.binds.length >= 1);
    const error = await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-15' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as TransientDeliveryError).reason).toMatch(/bind refused: ESME_RINVPASWD/);
    expect(smsc.submits).toHaveLength(0);
  });

  it('keeps the bind alive with enquire_link and reconnects when the SMSC stops answering it', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port, { enquireLinkMs: 50, responseTimeoutMs: 200 });
    await smsc.until(() => smsc.enquireLinks >= 2);
    expect(smsc.binds).toHaveLength(1);

    smsc.answerEnquireLink = false;
    await smsc.until(() => smsc.binds.length >= 2);
    smsc.answerEnquireLink = true;
    await smsc.until(() => smsc.boundSessions === 1);
    await expect(sms.send({ to: '+48601234567', text: 'still here', reference: 'inv-16' })).resolves.toMatchObject({ segments: 1 });
  });

  it('unbinds on close and then refuses to send', async () => {
    const smsc = await startSmsc();
    const sms = provider(smsc.port);
    await sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-17' });

    await sms.close();

    expect(smsc.unbinds).toBe(1);
    await expect(sms.send({ to: '+48601234567', text: 'Hello', reference: 'inv-18' })).rejects.toBeInstanceOf(TransientDeliveryError);
  });
});

describe(parseReceiptText.name, () => {
  it('reads id, stat and err from the SMPP 3.4 appendix B format', () => {
    expect(parseReceiptText('id:0123456789 sub:001 dlvr:001 submit date:2611231200 done date:2611231201 stat:EXPIRED err:000 Text:stat:x')).toEqual({
      id: '0123456789',
      stat: 'EXPIRED',
      err: '000',
    });
    expect(parseReceiptText('garbage')).toEqual({});
  });
});
