import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { listUnsubscribeHeaders } from './email-provider';
import { OutboxEmailProvider } from './outbox.email-provider';

describe(OutboxEmailProvider.name, () => {
  const email = {
    to: 'anna@example.com',
    subject: 'Jak oceniasz rozmowę z konsultantem?',
    html: '<p>Oceń nas: <a href="http://localhost:3000/a/tok?score=5">5</a></p>',
    text: 'Oceń nas: http://localhost:3000/a/tok?score=5',
    headers: listUnsubscribeHeaders('http://localhost:3000/unsubscribe/tok'),
  };

  it('writes a parseable .eml named after the Message-ID, creating the folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'feedloop-outbox-')), 'outbox');
    const outbox = new OutboxEmailProvider(dir, 'Feedloop <no-reply@localhost>');

    const sent = await outbox.send({ ...email, messageId: 'invitation-7' });

    expect(sent.messageId).toBe('<invitation-7@localhost>');
    expect(readdirSync(dir)).toEqual(['invitation-7@localhost.eml']);
    const raw = readFileSync(join(dir, 'invitation-7@localhost.eml'));
    expect(raw.toString('latin1')).toContain('\r\n');
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.text?.trim()).toBe(email.text);
    expect(parsed.html).toContain('href="http://localhost:3000/a/tok?score=5"');
    expect(parsed.messageId).toBe('<invitation-7@localhost>');
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    await outbox.close();
  });

  it('replaces the file when the same message is sent again, and adds one per new message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedloop-outbox-'));
    const outbox = new OutboxEmailProvider(dir, 'Feedloop <no-reply@localhost>');
    await outbox.send({ ...email, messageId: 'invitation-8' });
    await outbox.send({ ...email, messageId: 'invitation-8', subject: 'retry' });
    const generated = await outbox.send(email);

    expect(readdirSync(dir).sort()).toEqual([`${generated.messageId.slice(1, -1)}.eml`, 'invitation-8@localhost.eml'].sort());
    const retried = await simpleParser(readFileSync(join(dir, 'invitation-8@localhost.eml')));
    expect(retried.subject).toBe('retry');
    await outbox.close();
  });
});
