import { containsPhrase, foldText, wordsOf } from './text-folding';

describe('foldText', () => {
  it('makes Polish words with and without diacritics equal', () => {
    expect(foldText('Opóźnienie')).toBe(foldText('opoznienie'));
    expect(foldText('SPÓŹNIONA')).toBe('spozniona');
    expect(foldText('Kurier się spóźnił')).toBe('kurier sie spoznil');
  });

  it('turns ł and Ł into l, which NFKD leaves alone', () => {
    expect(foldText('Łódź, źle zapakował')).toBe('lodz, zle zapakowal');
  });

  it('keeps letters of other scripts and digits', () => {
    expect(foldText('Ünïcödé straße 24h ß')).toBe('unicode straße 24h ß');
    expect(foldText('Ошибка')).toBe('ошибка');
  });
});

describe('wordsOf', () => {
  it('drops @mentions and links, keeps hashtags as words', () => {
    expect(wordsOf('@united lost my bag again #fail https://t.co/xyz www.example.com/a')).toEqual(['lost', 'my', 'bag', 'again', 'fail']);
  });

  it('splits on punctuation and folds', () => {
    expect(wordsOf('Paczka—zgnieciona!!! Faktura: brak.')).toEqual(['paczka', 'zgnieciona', 'faktura', 'brak']);
  });
});

describe('containsPhrase', () => {
  it('matches whole words only', () => {
    expect(containsPhrase(wordsOf('chcę zwrot pieniędzy'), wordsOf('zwrot'))).toBe(true);
    expect(containsPhrase(wordsOf('opakowanie zwrotne'), wordsOf('zwrot'))).toBe(false);
    expect(containsPhrase(wordsOf('gdzie jest faktura VAT'), wordsOf('faktura vat'))).toBe(true);
    expect(containsPhrase(wordsOf('faktura, a VAT osobno'), wordsOf('faktura vat'))).toBe(false);
  });
});
