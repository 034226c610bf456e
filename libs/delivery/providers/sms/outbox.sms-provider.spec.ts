import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxSmsProvider } from './outbox.sms-provider';

describe(OutboxSmsProvider.name, () => {
  it('appends one JSON line per message with its encoding and segment count', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'feedloop-sms-outbox-')), 'outbox');
    const outbox = new OutboxSmsProvider(dir, 'Feedloop');

    const first = await outbox.send({ to: '+48601234567', text: 'Jak oceniasz dostawę? Odpisz 0-10.', reference: 'inv-1' });
    const second = await outbox.send({ to: '+48601234568', text: 'How was your delivery? Reply 0-10.', reference: 'inv-2' });

    expect(first.externalId).not.toBe(second.externalId);
    const lines = readFileSync(join(dir, 'sms.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({ externalId: first.externalId, reference: 'inv-1', to: '+48601234567', from: 'Feedloop', encoding: 'UCS-2', segments: 1, text: 'Jak oceniasz dostawę? Odpisz 0-10.' }),
      expect.objectContaining({ externalId: second.externalId, reference: 'inv-2', encoding: 'GSM-7', segments: 1 }),
    ]);
    await outbox.close();
  });
});
