import { parseSmsReply, SmsReply } from './sms-reply';

const NPS = { min: 0, max: 10 };
const CSAT = { min: 1, max: 5 };

describe(parseSmsReply.name, () => {
  it.each<[string, SmsReply]>([
    ['9', { kind: 'answer', score: 9, comment: null }],
    ['0', { kind: 'answer', score: 0, comment: null }],
    ['9 szybka dostawa', { kind: 'answer', score: 9, comment: 'szybka dostawa' }],
    ['10!', { kind: 'answer', score: 10, comment: null }],
    [' 7, ok', { kind: 'answer', score: 7, comment: 'ok' }],
    ['8/10 dobrze', { kind: 'answer', score: 8, comment: 'dobrze' }],
    ['8 / 10', { kind: 'answer', score: 8, comment: null }],
    ['6 - kurier się spóźnił', { kind: 'answer', score: 6, comment: 'kurier się spóźnił' }],
    ['3: długo czekałem\nna infolinii', { kind: 'answer', score: 3, comment: 'długo czekałem\nna infolinii' }],
    ['09', { kind: 'answer', score: 9, comment: null }],
    ['10 stop', { kind: 'answer', score: 10, comment: 'stop' }],
  ])('reads %j as an answer on the 0–10 scale', (text, expected) => {
    expect(parseSmsReply(text, NPS)).toEqual(expected);
  });

  it.each(['STOP', 'stop', 'Stop.', 'STOP ALL', 'stop  all', 'STOPALL', 'NIE', 'nie', 'Nie!', 'REZYGNUJE', 'REZYGNUJĘ', 'Rezygnuję', ' rezygnuje '])(
    'reads %j as an opt-out',
    (text) => {
      expect(parseSmsReply(text, NPS)).toEqual({ kind: 'opt_out' });
    },
  );

  it.each(['nie wiem', 'stop sending me these', 'NIE DZIĘKUJĘ', 'nie, 5'])('does not read %j as an opt-out', (text) => {
    expect(parseSmsReply(text, NPS).kind).not.toBe('opt_out');
  });

  it.each<[string, RegExp]>([
    ['11', /11 is outside the scale 0 to 10/],
    ['100', /100 is outside the scale 0 to 10/],
    ['1000', /must be a number from 0 to 10/],
    ['8,5', /whole number/],
    ['7.5 ok', /whole number/],
    ['', /empty/],
    ['   ', /empty/],
    ['dziesięć', /does not start with a score/],
    ['super obsługa 10', /does not start with a score/],
    ['-1', /does not start with a score/],
    ['🙂', /does not start with a score/],
    ['8/9', /out of 9/],
    ['x'.repeat(2000), /longer than/],
  ])('rejects %j with a reason', (text, reason) => {
    const result = parseSmsReply(text, NPS);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.reason).toMatch(reason);
  });

  it('checks the score against the survey scale', () => {
    expect(parseSmsReply('5 ok', CSAT)).toEqual({ kind: 'answer', score: 5, comment: 'ok' });
    expect(parseSmsReply('4/5', CSAT)).toEqual({ kind: 'answer', score: 4, comment: null });
    expect(parseSmsReply('0', CSAT)).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/0 is outside the scale 1 to 5/) });
    expect(parseSmsReply('8/10', CSAT)).toMatchObject({ kind: 'invalid' });
  });
});
