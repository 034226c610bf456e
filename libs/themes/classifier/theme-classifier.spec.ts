import { classifyWithRules, RoutingClassifier } from './classify';
import { defaultTrainingExamples, productTrainOptions, trainDefaultModel } from './default-model';
import { LinearThemeModel } from './linear-model';
import { Classification } from './theme-classifier';
import { trainThemeModel } from './train-theme-model';

const themeKeys = (c: Classification) => c.themes.map((t) => t.key).sort();

describe('default theme model', () => {
  let model: LinearThemeModel;

  beforeAll(() => {
    model = trainDefaultModel();
  });

  it.each([
    'Kurier spóźnił się trzy dni, paczka była zgnieciona',
    'kurier sie spoznil 3 dni paczka zgnieciona',
  ])('finds late delivery and a damaged parcel for logistics in "%s"', (text) => {
    const result = classifyWithRules(model, [], text, 'pl');
    expect(themeKeys(result)).toEqual(['damaged_parcel', 'late_delivery']);
    expect(result.departments[0].key).toBe('logistics');
  });

  it('finds late delivery in English', () => {
    const result = classifyWithRules(model, [], 'the courier was three days late', 'en');
    expect(themeKeys(result)).toContain('late_delivery');
    expect(result.departments[0].key).toBe('logistics');
  });

  it('reports themes and departments best first, departments as a distribution', () => {
    const result = model.classify('Faktura ma błędny NIP, a pieniędzy za zwrot nadal nie ma');
    const themes = result.themes.map((t) => t.confidence);
    const departments = result.departments.map((d) => d.confidence);
    expect(themes).toEqual([...themes].sort((a, b) => b - a));
    expect(departments).toEqual([...departments].sort((a, b) => b - a));
    expect(departments.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(result.departments[0].key).toBe('billing');
  });

  it('gives identical classifications and version after toBuffer/fromBuffer', () => {
    const loaded = LinearThemeModel.fromBuffer(model.toBuffer());
    expect(loaded.version).toBe(model.version);
    for (const text of ['Kurier spóźnił się trzy dni', 'Nikt nie odpisuje na maile', 'the app crashes at checkout', 'Świetna obsługa!']) {
      expect(loaded.classify(text)).toEqual(model.classify(text));
    }
    expect(model.toBuffer().length).toBeLessThan(10_000_000);
  });

  it('trains the same weights from the same examples', () => {
    const again = trainThemeModel(defaultTrainingExamples(), productTrainOptions());
    expect(again.version).toBe(model.version);
  });

  it('changes its answer for a text it got wrong once staff corrections are added', () => {
    const text = 'Sprzedawca wysłał mi kurtkę w zupełnie innym rozmiarze niż zamówiłem';
    const before = model.classify(text).departments;
    // Whichever department the model likes least is, by construction, an answer it gets wrong.
    const wanted = before[before.length - 1].key;
    expect(before[0].key).not.toBe(wanted);
    const corrections = [
      text,
      'Dostałem kurtkę w innym rozmiarze niż zamówiona',
      'Wysłali mi kurtkę w złym rozmiarze',
    ].map((t) => ({ text: t, locale: 'pl' as const, department: wanted }));
    const retrained = trainDefaultModel(corrections);
    expect(retrained.version).not.toBe(model.version);
    expect(retrained.classify(text).departments[0].key).toBe(wanted);
  });
});

describe(classifyWithRules.name, () => {
  let model: LinearThemeModel;

  beforeAll(() => {
    model = trainDefaultModel();
  });

  it('adds the theme of a matching keyword rule at rule confidence, folded and on word boundaries', () => {
    const rules = [{ themeKey: 'invoice_error', phrase: 'Faktura VAT' }];
    const hit = classifyWithRules(model, rules, 'Gdzie jest moja FAKTURA vat?');
    expect(hit.themes.find((t) => t.key === 'invoice_error')?.confidence).toBeGreaterThanOrEqual(0.95);
    const miss = classifyWithRules(model, [{ themeKey: 'refund', phrase: 'zwrot' }], 'Opakowanie zwrotne było w porządku');
    expect(miss.themes.map((t) => t.key)).not.toContain('refund');
  });

  it("moves the rule theme's department to the top when the model is unsure", () => {
    const unsure: RoutingClassifier = {
      version: 'test',
      classify: () => ({ themes: [], departments: [{ key: 'product', confidence: 0.4 }, { key: 'billing', confidence: 0.35 }, { key: 'logistics', confidence: 0.25 }] }),
      departmentOfTheme: (key) => ({ late_delivery: 'logistics' })[key],
      isPraiseTheme: () => false,
    };
    const result = classifyWithRules(unsure, [{ themeKey: 'late_delivery', phrase: 'spóźnienie' }], 'znowu spoznienie');
    expect(result.themes).toEqual([{ key: 'late_delivery', confidence: 0.95 }]);
    expect(result.departments[0]).toEqual({ key: 'logistics', confidence: 0.95 });
    expect(result.departments.reduce((sum, d) => sum + d.confidence, 0)).toBeCloseTo(1, 5);
  });

  it('keeps a confident model department when a rule adds a theme of another department', () => {
    const sure: RoutingClassifier = {
      version: 'test',
      classify: () => ({ themes: [], departments: [{ key: 'product', confidence: 0.8 }, { key: 'logistics', confidence: 0.2 }] }),
      departmentOfTheme: () => 'logistics',
      isPraiseTheme: () => false,
    };
    const result = classifyWithRules(sure, [{ themeKey: 'late_delivery', phrase: 'late' }], 'late again');
    expect(result.departments[0].key).toBe('product');
  });
});
