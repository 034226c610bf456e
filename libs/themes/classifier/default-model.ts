import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findRoot } from '@feedloop/core/source-root';
import { EXAMPLES_EN } from '../seed/examples.en';
import { EXAMPLES_PL } from '../seed/examples.pl';
import { EXAMPLES_PL_REVIEWS } from '../seed/examples.pl-reviews';
import { THEME_CATALOGUE } from '../seed/theme-catalogue';
import { LinearThemeModel } from './linear-model';
import { TrainingExample } from './theme-classifier';
import { TrainOptions, trainThemeModel } from './train-theme-model';

/**
 * The model Feedloop ships: trained at first start from the seed examples,
 * the catalogue's own examples and the Allegro Reviews training rows (CC BY-SA
 * 4.0, see libs/themes/seed/allegro-reviews/README.md). Staff corrections are
 * added to these examples when a model is retrained.
 */
export function trainDefaultModel(extra: readonly TrainingExample[] = []): LinearThemeModel {
  return trainThemeModel([...defaultTrainingExamples(), ...extra], productTrainOptions());
}

/** Theme ownership and kinds from the catalogue; the learning settings are trainThemeModel's defaults. */
export function productTrainOptions(): TrainOptions {
  return {
    themeDepartments: Object.fromEntries(THEME_CATALOGUE.map((t) => [t.key, t.department])),
    praiseThemes: THEME_CATALOGUE.filter((t) => t.kind === 'praise').map((t) => t.key),
  };
}

export function defaultTrainingExamples(): TrainingExample[] {
  const seeds: TrainingExample[] = [
    ...[...EXAMPLES_PL, ...EXAMPLES_PL_REVIEWS].map((row) => ({ text: row.text, locale: 'pl' as const, themes: row.themes })),
    ...EXAMPLES_EN.map((row) => ({ text: row.text, locale: 'en' as const, themes: row.themes })),
  ];
  const catalogue: TrainingExample[] = THEME_CATALOGUE.flatMap((theme) =>
    (['pl', 'en'] as const).flatMap((locale) => theme.examples[locale].map((text) => ({ text, locale, themes: [theme.key] }))),
  );
  return [...seeds, ...catalogue, ...allegroReviews()];
}

/** Department-only rows: they teach routing of real Polish shop reviews, not themes. */
function allegroReviews(): TrainingExample[] {
  const path = join(findRoot(), 'libs', 'themes', 'seed', 'allegro-reviews', 'train.csv');
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as { text: string; department: string }[];
  return balancedWithinSet(rows.map((row) => ({ text: row.text, locale: 'pl' as const, department: row.department })));
}

/**
 * Weights a set's examples so each department weighs the same within it.
 * The reviews are 88% product; the trainer's class weighting looks at all
 * examples together, and the seed examples (mostly logistics, service and
 * billing) already even out the totals, so without this the reviews' own
 * skew survived and the model learnt "long review = product".
 */
export function balancedWithinSet(examples: TrainingExample[]): TrainingExample[] {
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.department!, (counts.get(e.department!) ?? 0) + 1);
  const perDepartment = examples.length / counts.size;
  return examples.map((e) => ({ ...e, weight: perDepartment / counts.get(e.department!)! }));
}
