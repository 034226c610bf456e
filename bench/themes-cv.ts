import '../scripts/register-paths';
import { balancedWithinSet, defaultTrainingExamples, productTrainOptions } from '@feedloop/themes/classifier/default-model';
import { TrainingExample } from '@feedloop/themes/classifier/theme-classifier';
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
 * [--repeats n] [--min-support n] [--min-confidence x]: see below.
 * The department fit follows the size of each training fold (convergedFrom,
 * 4,000): 5 folds of the English file train on 3,783 rows and so measure the
 * early-stopped fit; use --folds 10, or {"departmentFit":"converged"} in the
 * grid, to measure the fit the full file gets.
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
  // Repeats with other fold splits pool their predictions: with 14 logistics rows one split is mostly noise.
  const repeats = Number(arg('--repeats') ?? 1);
  // --plus-seed: every training fold also gets the shipped model's seed and catalogue examples (the default model's recipe).
  const seeds: TrainingExample[] = args.includes('--plus-seed') ? defaultTrainingExamples().filter((e) => e.themes !== undefined) : [];
  const splits = Array.from({ length: repeats }, (_, r) => stratifiedFolds(rows.map((row) => row.department), folds, r + 1));
  for (const options of grid) {
    const started = Date.now();
    const gold: string[] = [];
    const predicted: string[] = [];
    for (const fold of splits) {
      for (let f = 0; f < folds; f++) {
        const fromCsv = rows.filter((_, i) => fold[i] !== f);
        // The default model's recipe weighs the review rows within their own set; --plus-seed does the same.
        const train = seeds.length > 0 ? [...seeds, ...balancedWithinSet(fromCsv)] : fromCsv;
        const model = trainThemeModel(train, { ...productTrainOptions(), ...options });
        rows.forEach((r, i) => {
          if (fold[i] !== f || confidence[i] < minConfidence) return;
          gold.push(r.department);
          predicted.push(classifyWithRules(model, [], r.text).departments[0]?.key ?? '');
        });
      }
    }
    const report = scoreDepartments(gold, predicted);
    // Departments with fewer gold rows than --min-support (billing has 3 in the Polish train set) swing macro-F1 on one row each.
    const minSupport = Number(arg('--min-support') ?? 0);
    const kept = report.rows.filter((r) => r.support >= minSupport * repeats && r.support > 0);
    const macro = kept.reduce((sum, r) => sum + r.f1, 0) / kept.length;
    const recalls = report.rows.map((r) => `${r.department}:R${r.recall.toFixed(2)}/F${r.f1.toFixed(2)}`).join(' ');
    console.log(
      `acc ${report.accuracy.toFixed(3)} mF1 ${macro.toFixed(3)} ${recalls} ${((Date.now() - started) / 1000).toFixed(1)}s ${JSON.stringify(options)}`,
    );
  }
}

function stratifiedFolds(labels: string[], folds: number, seed: number): number[] {
  const fold = new Array<number>(labels.length);
  const random = seededRandom(seed);
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
