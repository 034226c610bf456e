import { formatDate, formatNumber, percentOf, pluralForm, roundOrNull, roundTo } from './locale-format';

const MINUTES = { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' };

describe('pluralForm', () => {
  it.each([
    [1, 'minuta'],
    [2, 'minuty'],
    [4, 'minuty'],
    [5, 'minut'],
    [11, 'minut'],
    [12, 'minut'],
    [21, 'minut'],
    [22, 'minuty'],
    [25, 'minut'],
    [104, 'minuty'],
    [0, 'minut'],
  ])('Polish %d → %s', (n, form) => {
    expect(pluralForm('pl', n, MINUTES)).toBe(form);
  });

  it('uses one/other in English and falls back to other', () => {
    expect(pluralForm('en', 1, { one: 'minute', other: 'minutes' })).toBe('minute');
    expect(pluralForm('en', 2, { one: 'minute', other: 'minutes' })).toBe('minutes');
    expect(pluralForm('pl', 1.5, MINUTES)).toBe('minuty');
  });
});

describe('roundTo', () => {
  it('drops binary drift', () => {
    expect(roundTo(15.000000000000002, 1)).toBe(15);
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
  });

  it('rounds half away from zero as people do', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.45, 1)).toBe(2.5);
    expect(roundTo(-2.45, 1)).toBe(-2.5);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
  });
});

describe('formatNumber', () => {
  it('uses the locale separators', () => {
    expect(formatNumber('pl', 12345.67, 1)).toBe('12\u00a0345,7');
    expect(formatNumber('en', 12345.67, 1)).toBe('12,345.7');
    expect(formatNumber('pl', -0.01, 1)).toBe('0');
  });
});

describe('formatDate', () => {
  it('writes the date in the locale, each locale and set of options with its own formatter', () => {
    const d = new Date('2026-12-02T23:30:00Z');
    expect(formatDate('pl', d, { day: 'numeric', month: 'short', timeZone: 'UTC' })).toBe('2 gru');
    expect(formatDate('en', d, { day: 'numeric', month: 'short', timeZone: 'UTC' })).toBe('Dec 2');
    expect(formatDate('pl', d, { day: 'numeric', month: 'short', timeZone: 'Europe/Warsaw' })).toBe('3 gru');
    expect(formatDate('en-CA', d, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' })).toBe('2026-12-02');
  });
});

describe('percentOf and roundOrNull', () => {
  it('give a part in % to one decimal, and keep null', () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(20, 21)).toBe(95.2);
    expect(percentOf(1, 0)).toBeNull();
    expect(roundOrNull(null, 1)).toBeNull();
    expect(roundOrNull(2.675, 2)).toBe(2.68);
  });
});
