import { analyzeSms, isGsm7, splitSms, transliterateToGsm } from './sms-encoding';

describe(analyzeSms.name, () => {
  it('sends plain ASCII as GSM-7, 160 characters in one segment', () => {
    expect(analyzeSms('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      characters: 160,
      units: 160,
      segments: 1,
      perSegment: 160,
      remaining: 0,
    });
  });

  it('splits GSM-7 into 153-septet parts above 160', () => {
    expect(analyzeSms('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153, remaining: 153 * 2 - 161 });
    expect(analyzeSms('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(analyzeSms('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('forces UCS-2 for Polish diacritics ("Dziękujemy")', () => {
    expect(analyzeSms('Dziękujemy')).toMatchObject({ encoding: 'UCS-2', characters: 10, units: 10, segments: 1, perSegment: 70 });
    expect(analyzeSms('Jak oceniasz dostawę?').encoding).toBe('UCS-2');
  });

  it.each([
    [70, 1, 70],
    [71, 2, 67],
    [134, 2, 67],
    [135, 3, 67],
  ])('counts a %i-character UCS-2 message as %i segment(s) of %i', (length, segments, perSegment) => {
    const text = 'ż' + 'a'.repeat(length - 1);
    expect(analyzeSms(text)).toMatchObject({ encoding: 'UCS-2', characters: length, segments, perSegment });
  });

  it('counts extension characters as two septets', () => {
    for (const ch of ['^', '{', '}', '\\', '[', '~', ']', '|', '€']) {
      expect(analyzeSms(`x${ch}`)).toMatchObject({ encoding: 'GSM-7', characters: 2, units: 3 });
    }
    expect(analyzeSms('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(analyzeSms('€'.repeat(80) + 'a')).toMatchObject({ units: 161, segments: 2 });
  });

  it('never cuts an extension character across parts', () => {
    const text = 'a'.repeat(152) + '€' + 'b'.repeat(10);
    const parts = splitSms(text);
    expect(parts).toEqual(['a'.repeat(152), '€' + 'b'.repeat(10)]);
    expect(parts.join('')).toBe(text);
  });

  it('never cuts a surrogate pair across UCS-2 parts and counts it as two units', () => {
    const text = 'a'.repeat(66) + '😀' + 'b'.repeat(10);
    expect(analyzeSms('😀')).toMatchObject({ encoding: 'UCS-2', characters: 1, units: 2 });
    const parts = splitSms(text);
    expect(parts[0]).toBe('a'.repeat(66));
    expect(parts[1].startsWith('😀')).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('uses the real GSM 03.38 table: é ü ä ö Ä Ö Ñ ß are in it, ó ą ç are not', () => {
    expect(isGsm7('éüäöÄÖÑÜßàèùìòÇØøÅåÆæ£¥§¿¡ΔΦΓΛΩΠΨΣΘΞ@$_!"#%&\'()*+,-./:;<=>?\n\r')).toBe(true);
    expect(isGsm7('ó')).toBe(false);
    expect(isGsm7('ą')).toBe(false);
    expect(isGsm7('ç')).toBe(false);
    expect(isGsm7('`')).toBe(false);
    expect(isGsm7('\t')).toBe(false);
  });

  it('treats an empty text as one empty segment', () => {
    expect(analyzeSms('')).toMatchObject({ encoding: 'GSM-7', characters: 0, segments: 1, remaining: 160 });
  });
});

describe(transliterateToGsm.name, () => {
  it('maps every Polish diacritic, small and capital, to its base letter', () => {
    expect(transliterateToGsm('ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ')).toBe('acelnoszz ACELNOSZZ');
    const text = transliterateToGsm('Dziękujemy! Jak oceniasz dostawę? Odpowiedz liczbą 0–10.');
    expect(text).toBe('Dziekujemy! Jak oceniasz dostawe? Odpowiedz liczba 0-10.');
    expect(analyzeSms(text).encoding).toBe('GSM-7');
  });

  it('maps typographic quotes, dashes, ellipsis and spaces', () => {
    expect(transliterateToGsm('„Super” — ‘ok’ … “fine” – a\u00A0b')).toBe('"Super" - \'ok\' ... "fine" - a b');
  });

  it('keeps letters GSM-7 already has and strips marks from other Latin letters', () => {
    expect(transliterateToGsm('Müller, Öl, café, Straße, Ñandú')).toBe('Müller, Öl, café, Straße, Ñandu');
    expect(transliterateToGsm('čřš ç')).toBe('crs c');
  });

  it('leaves characters with no GSM-7 form, so the result still reports UCS-2', () => {
    const text = transliterateToGsm('Dzięki 🙂');
    expect(text).toBe('Dzieki 🙂');
    expect(analyzeSms(text).encoding).toBe('UCS-2');
  });
});
