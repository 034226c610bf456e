import { randomBytes } from 'node:crypto';
import * as smpp from 'smpp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { LoopbackSmsc } from '../../test/loopback-smsc';
import { SurveySchedulingService } from './survey-scheduling.service';

/** An Etc/GMT zone where it is now about noon, so quiet hours never hold these messages. */
function middayZone(now = new Date()): string {
  const ahead = (((12 - now.getUTCHours()) % 24) + 24) % 24;
  const offset = ahead > 14 ? ahead - 24 : ahead;
  return offset === 0 ? 'Etc/UTC' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

describe('survey invitations by SMPP', () => {
  let smsc: LoopbackSmsc;
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    smsc = await LoopbackSmsc.start();
    api = await startTestApi({ WORKERS: 'on', SMS_PROVIDER: 'smpp', SMPP_URL: smsc.url, SMPP_SYSTEM_ID: 'feedloop', SMPP_PASSWORD: 'secret' });
    db = api.app.get(DataSource);
    await db.query(`UPDATE surveys SET delay_minutes = 0 WHERE kind = 'post_contact'`);
  });

  afterAll(async () => {
    await api?.close();
    await smsc?.close();
  });

  it('texts the survey through the SMSC and applies its delivery receipt', async () => {
    const customer = await makeCustomer(api.app, { email: null, timeZone: middayZone() });
    await request(api.app.getHttpServer())
      .post('/api/v1/events')
      .set('authorization', api.auth)
      .send({ type: 'contact', idempotencyKey: `smpp-${randomBytes(6).toString('hex')}`, customerExternalId: customer.externalId, contactChannel: 'phone', occurredAt: new Date().toISOString() })
      .expect(201);
    await api.app.get(SurveySchedulingService).drain();

    await smsc.until(() => smsc.submits.some((s) => s.destination_addr === customer.phone!.slice(1)), 15_000);
    const submit = smsc.submits.find((s) => s.destination_addr === customer.phone!.slice(1))!;
    // Polish diacritics: UCS-2.
    expect(submit.data_coding).toBe(8);
    expect(submit.short_message.message).toMatch(/^Jak oceniasz naszą pomoc/);

    const deadline = Date.now() + 10_000;
    let invitation: { id: string; status: string; channel: string; provider_message_id: string } | undefined;
    while (Date.now() < deadline) {
      [invitation] = await db.query('SELECT id, status, channel, provider_message_id FROM invitations WHERE customer_id = $1', [customer.id]);
      if (invitation?.status === 'sent') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(invitation).toMatchObject({ status: 'sent', channel: 'sms', provider_message_id: expect.stringMatching(/^msg-\d+$/) });

    const resp = await smsc.deliver({
      source_addr_ton: smpp.TON.INTERNATIONAL,
      source_addr: customer.phone!.slice(1),
      esm_class: smpp.ESM_CLASS.MC_DELIVERY_RECEIPT,
      short_message: `id:${invitation!.provider_message_id} sub:001 dlvr:001 submit date:2611231200 done date:2611231201 stat:DELIVRD err:000 text:`,
      receipted_message_id: invitation!.provider_message_id,
      message_state: smpp.MESSAGE_STATE.DELIVERED,
    });

    expect(resp.command_status).toBe(0);
    const [after] = await db.query('SELECT status, delivered_at FROM invitations WHERE id = $1', [invitation!.id]);
    expect(after).toMatchObject({ status: 'delivered', delivered_at: expect.any(Date) });
    const log: Array<{ status: string }> = await db.query('SELECT status FROM invitation_log WHERE invitation_id = $1 ORDER BY id', [invitation!.id]);
    expect(log.map((l) => l.status)).toEqual(['scheduled', 'sending', 'sent', 'delivered']);
  });
});
