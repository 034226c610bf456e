import '../scripts/register-paths';
import { trainThemeModel, TrainOptions } from '@feedloop/themes/classifier/train-theme-model';
import { classifyWithRules } from '@feedloop/themes/classifier/classify';
import { seededRandom, shuffleInPlace } from '@feedloop/themes/classifier/seeded-random';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readDepartmentCsv } from './department-csv';
import { scoreDepartments } from './department-scores';

/**
 * Cross-validation of the department head on a training CSV, for choosing
 * hyperparameters without looking at a dev set:
 * node dist-bench/bench/themes-cv.js --train <csv> [--folds 5] [--grid '[{...TrainOptions}, ...]']
 * Folds are stratified by department, so a department with 14 rows appears in every fold.
 */
function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const rows = readDepartmentCsv(arg('--train') ?? fail('--train <csv> is required'));
  const folds = Number(arg('--folds') ?? 5);
  const grid = JSON.parse(arg('--grid') ?? '[{}]') as TrainOptions[];
  // Scores only held-out rows whose `confidence` column reaches this (the English dev set keeps rows >= 0.7).
  const minConfidence = Number(arg('--min-confidence') ?? 0);
  const confidence = (parse(readFileSync(arg('--train')!), { columns: true, relax_quotes: true }) as Record<string, string>[])
    .filter((r) => r.text && r.department)
    .map((r) => Number(r.confidence ?? 1));
  const fold = stratifiedFolds(rows.map((r) => r.department), folds);
  for (const options of grid) {
    const started = Date.now();
    const predicted = new Array<string>(rows.length);
    for (let f = 0; f < folds; f++) {
      const train = rows.filter((_, i) => fold[i] !== f);
      const model = trainThemeModel(train, options);
      rows.forEach((r, i) => {
        if (fold[i] === f) predicted[i] = classifyWithRules(model, [], r.text).departments[0]?.key ?? '';
      });
    }
    const scored = rows.flatMap((_, i) => (confidence[i] >= minConfidence ? [i] : []));
    const report = scoreDepartments(scored.map((i) => rows[i].department), scored.map((i) => predicted[i]));
    const recalls = report.rows.map((r) => `${r.department}:${r.recall.toFixed(2)}`).join(' ');
    console.log(
      `acc ${report.accuracy.toFixed(3)} mF1 ${report.macroF1.toFixed(3)} ${recalls} ${((Date.now() - started) / 1000).toFixed(1)}s ${JSON.stringify(options)}`,
    );
  }
}

function stratifiedFolds(labels: string[], folds: number): number[] {
  const fold = new Array<number>(labels.length);
  const random = seededRandom(1);
  for (const label of new Set(labels)) {
    const members = labels.flatMap((l, i) => (l === label ? [i] : []));
    shuffleInPlace(members, random);
    members.forEach((i, n) => (fold[i] = n % folds));
  }
  return fold;
}

function fail(message: string): never {
  throw new Error(message);
}

main();
