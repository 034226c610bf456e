import '../scripts/register-paths';
import { classifyWithRules } from '@feedloop/themes/classifier/classify';
import { productTrainOptions, trainDefaultModel } from '@feedloop/themes/classifier/default-model';
import { LinearThemeModel } from '@feedloop/themes/classifier/linear-model';
import { trainThemeModel } from '@feedloop/themes/classifier/train-theme-model';
import { readDepartmentCsv } from './department-csv';
import { formatReport, scoreDepartments } from './department-scores';

/**
 * bench:themes — department routing quality and speed of the theme classifier,
 * through classifyWithRules (the product's code path) with no keyword rules.
 * npm run bench:themes -- [--train <csv>] --eval <csv>
 * With --train the product's trainer learns that CSV's departments (product
 * settings, only the data differ); without it the shipped default model runs.
 */
const MIN_TIMING_SECONDS = 2;

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const evalPath = arg('--eval');
  if (!evalPath) throw new Error('usage: npm run bench:themes -- [--train <csv>] --eval <csv>');
  const trainPath = arg('--train');

  const trainStarted = process.hrtime.bigint();
  const trainCpu = process.cpuUsage();
  let model: LinearThemeModel;
  if (trainPath) {
    const rows = readDepartmentCsv(trainPath);
    model = trainThemeModel(
      rows.map((r) => ({ text: r.text, department: r.department, weight: r.weight })),
      productTrainOptions(),
    );
    const weighted = rows.some((r) => r.weight !== undefined) ? ', each weighted by its confidence squared' : '';
    console.log(`trained on ${rows.length} rows of ${trainPath}${weighted}`);
  } else {
    model = trainDefaultModel();
    console.log('default model (seed examples, catalogue, Allegro Reviews train)');
  }
  const trainSeconds = Number(process.hrtime.bigint() - trainStarted) / 1e9;
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage(trainCpu);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `model ${model.version}, trained in ${trainSeconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU), ${(model.toBuffer().length / 1e6).toFixed(2)} MB`,
  );

  const rows = readDepartmentCsv(evalPath);
  const texts = rows.map((r) => r.text);
  const predicted = texts.map((text) => classifyWithRules(model, [], text).departments[0]?.key ?? '');
  const report = scoreDepartments(rows.map((r) => r.department), predicted);
  console.log(`\n${rows.length} rows of ${evalPath}\n${formatReport(report)}`);

  const { perSecond, perCpuSecond } = classificationsPerSecond(model, texts);
  console.log(`\n${Math.round(perSecond)} classifications/s on one core (${Math.round(perCpuSecond)} per CPU second)`);
  console.log(
    JSON.stringify({ bench: 'themes', accuracy: round(report.accuracy), macroF1: round(report.macroF1), perSecond: Math.round(perSecond) }),
  );
}

/** Runs over all texts again and again until MIN_TIMING_SECONDS have passed, so JIT warm-up is a small share. */
function classificationsPerSecond(model: LinearThemeModel, texts: string[]): { perSecond: number; perCpuSecond: number } {
  let done = 0;
  let sink = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < MIN_TIMING_SECONDS) {
    for (const text of texts) sink += classifyWithRules(model, [], text).departments.length;
    done += texts.length;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  if (sink < 0) console.log(sink);
  const cpu = process.cpuUsage(cpuStarted);
  return { perSecond: done / elapsed, perCpuSecond: done / ((cpu.user + cpu.system) / 1e6) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main();
