import { checkDate, parseDateParam } from './date-param';

describe(checkDate.name, () => {
  it.each([
    ['2026-11-01T10:00:00Z', {}, 'ok'],
    ['2026-11-01T10:00:00.123456+14:00', {}, 'ok'],
    ['2026-11-01T10:00:00-1400', {}, 'ok'],
    ['2026-11-01T10:00:00', {}, 'format'],
    ['2026-11-01', {}, 'format'],
    ['2026-02-30T10:00:00Z', {}, 'format'],
    ['yesterday', {}, 'format'],
    ['0000-01-01T00:00:00Z', {}, 'range'],
    ['1899-12-31T23:59:59Z', {}, 'range'],
    ['2026-01-01T00:00:00+23:59', {}, 'range'],
    ['2026-01-01T00:00:00-14:01', {}, 'range'],
    ['2026-11-01', { dateOnly: true, offsetRequired: false }, 'ok'],
    ['2026-11-01T10:00', { dateOnly: true, offsetRequired: false }, 'ok'],
    ['0000-01-01', { dateOnly: true, offsetRequired: false }, 'range'],
  ])('%s with %j is %s', (value, rule, expected) => {
    expect(checkDate(value, rule)).toBe(expected);
  });

  it('refuses a non-string', () => {
    expect(checkDate(20261101)).toBe('format');
  });
});

describe(parseDateParam.name, () => {
  it('refuses year 0 naming the field', () => {
    expect(() => parseDateParam('0000-01-01', 'from')).toThrow('from must be a date between 1900 and 9999 with a time zone offset within ±14:00');
  });
});
