import * as smpp from 'smpp';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { LoopbackSmsc } from '../../test/loopback-smsc';
import { makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';

const smppEnv = (smsc: LoopbackSmsc, workers: 'on' | 'off') => ({
  WORKERS: workers,
  SMS_PROVIDER: 'smpp',
  SMPP_URL: smsc.url,
  SMPP_SYSTEM_ID: 'feedloop',
  SMPP_PASSWORD: 'secret',
});

describe('SMS over SMPP (deliver_sm) with WORKERS=on', () => {
  let smsc: LoopbackSmsc;
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    smsc = await LoopbackSmsc.start();
    api = await startTestApi(smppEnv(smsc, 'on'));
    db = api.app.get(DataSource);
    // Registering the inbound handler at bootstrap binds at once, before anything is sent.
    await smsc.until(() => smsc.boundSessions === 1);
  });
  afterAll(async () => {
    await api.close();
    await smsc.close();
  });

  it('records a reply that arrives as deliver_sm and acknowledges it once stored', async () => {
    const customer = await makeCustomer(db);
    const invitation = await makeInvitation(db, customer.id, { metric: 'nps' });

    const resp = await smsc.deliver({
      source_addr_ton: smpp.TON.INTERNATIONAL,
      source_addr_npi: smpp.NPI.ISDN,
      source_addr: customer.phone!.slice(1),
      destination_addr: 'Feedloop',
      data_coding: 8,
      short_message: '9 szybka dostawa, dziękuję',
    });

    expect(resp.command_status).toBe(0);
    expect(await db.query(`SELECT score, comment, source FROM responses WHERE invitation_id = $1`, [invitation.id])).toEqual([
      { score: 9, comment: 'szybka dostawa, dziękuję', source: 'sms' },
    ]);
  });

  it('confirms an SMS opt-out over the same bind', async () => {
    const customer = await makeCustomer(db);
    const submitted = smsc.submits.length;

    await smsc.deliver({ source_addr_ton: smpp.TON.INTERNATIONAL, source_addr: customer.phone!.slice(1), short_message: 'STOP' });

    await smsc.until(() => smsc.submits.length === submitted + 1);
    const confirmation = smsc.submits[submitted];
    expect(confirmation.destination_addr).toBe(customer.phone!.slice(1));
    expect(confirmation.short_message.message).toBe('Wypisano Cię z ankiet SMS.');
    expect(await db.query(`SELECT source FROM consent_changes WHERE customer_id = $1`, [customer.id])).toEqual([{ source: 'sms_reply' }]);
  });

  it('applies a delivery receipt to the invitation sent with that message id', async () => {
    const customer = await makeCustomer(db);
    const invitation = await makeInvitation(db, customer.id, { providerMessageId: 'msg-4711' });

    const resp = await smsc.deliver({
      source_addr_ton: smpp.TON.INTERNATIONAL,
      source_addr: customer.phone!.slice(1),
      esm_class: smpp.ESM_CLASS.MC_DELIVERY_RECEIPT,
      short_message: 'id:msg-4711 sub:001 dlvr:001 submit date:2611231200 done date:2611231201 stat:DELIVRD err:000 text:',
      receipted_message_id: 'msg-4711',
      message_state: smpp.MESSAGE_STATE.DELIVERED,
    });

    expect(resp.command_status).toBe(0);
    expect(await db.query(`SELECT status, delivered_at IS NOT NULL AS delivered FROM invitations WHERE id = $1`, [invitation.id])).toEqual([
      { status: 'delivered', delivered: true },
    ]);
  });
});

describe('SMS over SMPP with WORKERS=off', () => {
  it('takes no bind: an API-only process leaves the SMSC account to the workers', async () => {
    const smsc = await LoopbackSmsc.start();
    const api = await startTestApi(smppEnv(smsc, 'off'));
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(smsc.binds).toEqual([]);
    } finally {
      await api.close();
      await smsc.close();
    }
  });
});
