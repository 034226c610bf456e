import { EXAMPLES_EN } from './examples.en';
import { EXAMPLES_PL } from './examples.pl';
import { EXAMPLES_PL_REVIEWS } from './examples.pl-reviews';
import { THEME_CATALOGUE } from './theme-catalogue';

// The Polish review-style rows are Polish seed rows like the others: checked together.
const LOCALES = { pl: [...EXAMPLES_PL, ...EXAMPLES_PL_REVIEWS], en: EXAMPLES_EN };

describe('theme seed data', () => {
  const keys = new Set(THEME_CATALOGUE.map((theme) => theme.key));

  it('names every theme once, with names, a description and catalogue examples in both locales', () => {
    expect(keys.size).toBe(THEME_CATALOGUE.length);
    for (const theme of THEME_CATALOGUE) {
      for (const locale of ['pl', 'en'] as const) {
        expect(theme.name[locale]).not.toBe('');
        expect(theme.description[locale]).not.toBe('');
        expect(theme.examples[locale].length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  describe.each(Object.entries(LOCALES))('%s examples', (_locale, rows) => {
    it('has at least 450 rows', () => {
      expect(rows.length).toBeGreaterThanOrEqual(450);
    });

    it('uses only catalogue keys, each at most once per row', () => {
      const unknown = rows.flatMap((row) => row.themes.filter((key) => !keys.has(key)));
      expect(unknown).toEqual([]);
      expect(rows.filter((row) => new Set(row.themes).size !== row.themes.length)).toEqual([]);
    });

    it('has at least 20 rows for every complaint theme', () => {
      const thin = THEME_CATALOGUE.filter((theme) => theme.kind === 'complaint')
        .map((theme) => ({ key: theme.key, rows: rows.filter((row) => row.themes.includes(theme.key)).length }))
        .filter((count) => count.rows < 20);
      expect(thin).toEqual([]);
    });

    it('repeats no text (ignoring case and surrounding spaces)', () => {
      const seen = new Set<string>();
      const duplicates = rows.map((row) => row.text.trim().toLowerCase()).filter((text) => seen.has(text) || !seen.add(text));
      expect(duplicates).toEqual([]);
    });
  });
});
