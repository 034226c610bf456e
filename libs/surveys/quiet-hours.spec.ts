import { formatLocal, quietHoursEnd } from './quiet-hours';

const NIGHT = { start: '21:00', end: '08:00' };

describe(quietHoursEnd.name, () => {
  it('is null during the day in the customer\'s time zone', () => {
    expect(quietHoursEnd(new Date('2026-06-10T10:00:00Z'), 'Europe/Warsaw', NIGHT)).toBeNull();
    // 20:59 in Warsaw (CEST, UTC+2) is still allowed, 21:00 is not.
    expect(quietHoursEnd(new Date('2026-06-10T18:59:00Z'), 'Europe/Warsaw', NIGHT)).toBeNull();
    expect(quietHoursEnd(new Date('2026-06-10T19:00:00Z'), 'Europe/Warsaw', NIGHT)).toEqual(new Date('2026-06-11T06:00:00Z'));
  });

  it('ends the next morning when it is late evening, and this morning after midnight', () => {
    expect(quietHoursEnd(new Date('2026-01-15T22:30:00Z'), 'Europe/Warsaw', NIGHT)).toEqual(new Date('2026-01-16T07:00:00Z'));
    expect(quietHoursEnd(new Date('2026-01-16T02:00:00Z'), 'Europe/Warsaw', NIGHT)).toEqual(new Date('2026-01-16T07:00:00Z'));
    // 07:59 local is the last quiet minute.
    expect(quietHoursEnd(new Date('2026-01-16T06:59:00Z'), 'Europe/Warsaw', NIGHT)).toEqual(new Date('2026-01-16T07:00:00Z'));
    expect(quietHoursEnd(new Date('2026-01-16T07:00:00Z'), 'Europe/Warsaw', NIGHT)).toBeNull();
  });

  it('judges by the customer\'s zone, not the server\'s: noon in Warsaw is night in Los Angeles', () => {
    const noonInWarsaw = new Date('2026-01-15T11:00:00Z');
    expect(quietHoursEnd(noonInWarsaw, 'Europe/Warsaw', NIGHT)).toBeNull();
    expect(quietHoursEnd(noonInWarsaw, 'America/Los_Angeles', NIGHT)).toEqual(new Date('2026-01-15T16:00:00Z'));
  });

  it('lands on 08:00 local time across a daylight-saving change', () => {
    // Night of 28–29 March 2026: Warsaw moves from UTC+1 to UTC+2 at 02:00.
    expect(quietHoursEnd(new Date('2026-03-28T22:00:00Z'), 'Europe/Warsaw', NIGHT)).toEqual(new Date('2026-03-29T06:00:00Z'));
    // Night of 24–25 October 2026: back to UTC+1.
    expect(quietHoursEnd(new Date('2026-10-24T21:00:00Z'), 'Europe/Warsaw', NIGHT)).toEqual(new Date('2026-10-25T07:00:00Z'));
  });

  it('handles windows within one day, and equal bounds as none', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(quietHoursEnd(new Date('2026-06-10T10:15:00Z'), 'Europe/Warsaw', lunch)).toEqual(new Date('2026-06-10T11:30:00Z'));
    expect(quietHoursEnd(new Date('2026-06-10T11:30:00Z'), 'Europe/Warsaw', lunch)).toBeNull();
    expect(quietHoursEnd(new Date('2026-06-10T23:00:00Z'), 'UTC', { start: '08:00', end: '08:00' })).toBeNull();
  });
});

describe(formatLocal.name, () => {
  it('shows the wall-clock time and the zone', () => {
    expect(formatLocal(new Date('2026-01-16T07:00:00Z'), 'Europe/Warsaw')).toBe('2026-01-16 08:00 Europe/Warsaw');
  });
});
