import { translate } from './translate';

describe('translate', () => {
  it('picks the Polish plural form by count', () => {
    expect(translate('pl', 'units.minutes', { count: 1 })).toBe('1 minuta');
    expect(translate('pl', 'units.minutes', { count: 2 })).toBe('2 minuty');
    expect(translate('pl', 'units.minutes', { count: 5 })).toBe('5 minut');
    expect(translate('pl', 'units.days', { count: 22 })).toBe('22 dni');
    expect(translate('pl', 'units.hours', { count: 1.5 })).toBe('1,5 godziny');
    expect(translate('en', 'units.hours', { count: 1 })).toBe('1 hour');
    expect(translate('en', 'units.hours', { count: 12 })).toBe('12 hours');
  });

  it('writes numbers the locale way and leaves strings alone', () => {
    expect(translate('pl', 'units.responses', { count: 12345 })).toBe('12\u00a0345 odpowiedzi');
    expect(translate('en', 'units.responses', { count: 12345 })).toBe('12,345 responses');
    expect(translate('en', 'home.signedInAs', { name: '<b>1.5</b>', email: 'a@b.c' })).toBe('Signed in as <b>1.5</b> (a@b.c)');
  });

  it('shows a missing key as itself', () => {
    expect(translate('pl', 'no.such.key')).toBe('no.such.key');
  });
});
