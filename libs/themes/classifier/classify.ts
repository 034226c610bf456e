import { Classification, DepartmentScore, Locale, ThemeClassifier, ThemeScore } from './theme-classifier';
import { containsPhrase, wordsOf } from './text-folding';

/** An admin's keyword rule: the phrase, matched as whole folded words, adds the theme. */
export interface KeywordRule {
  themeKey: string;
  phrase: string;
  /** The theme's department when the model does not know the theme (an admin-created one). */
  department?: string;
}

export interface RoutingClassifier extends ThemeClassifier {
  departmentOfTheme(key: string): string | undefined;
  isPraiseTheme(key: string): boolean;
}

/** A rule is the admin saying so: at least this confident, whatever the model thinks. */
export const RULE_CONFIDENCE = 0.95;
/** Below this the model's best department is a guess that a matching rule overrides. */
export const CONFIDENT_DEPARTMENT = 0.5;

/**
 * The model's classification with the admin's keyword rules applied on top.
 * The product and bench:themes both classify through here, so the benchmark
 * measures what customers get.
 */
export function classifyWithRules(model: RoutingClassifier, rules: readonly KeywordRule[], text: string, locale?: Locale): Classification {
  const result = model.classify(text, locale);
  if (rules.length === 0) return result;
  const words = wordsOf(text);
  const matched = rules.filter((rule) => containsPhrase(words, wordsOf(rule.phrase)));
  if (matched.length === 0) return result;

  const themes = new Map<string, number>(result.themes.map((t) => [t.key, t.confidence]));
  for (const rule of matched) themes.set(rule.themeKey, Math.max(themes.get(rule.themeKey) ?? 0, RULE_CONFIDENCE));
  const ruleThemes: ThemeScore[] = [...themes].map(([key, confidence]) => ({ key, confidence }));
  ruleThemes.sort((a, b) => b.confidence - a.confidence);

  let departments = result.departments;
  if ((departments[0]?.confidence ?? 0) < CONFIDENT_DEPARTMENT) {
    const routed = matched.find((rule) => !model.isPraiseTheme(rule.themeKey) && departmentFor(model, rule) !== undefined);
    if (routed) departments = promote(departments, departmentFor(model, routed)!);
  }
  return { themes: ruleThemes, departments };
}

function departmentFor(model: RoutingClassifier, rule: KeywordRule): string | undefined {
  return model.departmentOfTheme(rule.themeKey) ?? rule.department;
}

/** Puts `key` first at RULE_CONFIDENCE and scales the others into the rest, so confidences still sum to 1. */
function promote(departments: DepartmentScore[], key: string): DepartmentScore[] {
  const current = departments.find((d) => d.key === key)?.confidence ?? 0;
  const top = Math.max(current, RULE_CONFIDENCE);
  const others = departments.filter((d) => d.key !== key);
  const rest = others.reduce((sum, d) => sum + d.confidence, 0);
  const scale = rest > 0 ? (1 - top) / rest : 0;
  return [{ key, confidence: top }, ...others.map((d) => ({ key: d.key, confidence: d.confidence * scale }))];
}
