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
const WARM_UP_SECONDS = 1;
const MIN_TIMING_SECONDS = 3;
const WINDOW_SECONDS = 0.25;

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

  const speed = classificationsPerSecond(model, texts);
  const { perSecond } = speed;
  console.log(
    `\n${Math.round(perSecond)} classifications/s on one core (median of ${WINDOW_SECONDS} s windows after ${WARM_UP_SECONDS} s warm-up; ` +
      `windows ${Math.round(speed.slowest)}–${Math.round(speed.fastest)}, mean ${Math.round(speed.mean)}, ${Math.round(speed.perCpuSecond)} per CPU second)`,
  );
  console.log(
    JSON.stringify({ bench: 'themes', accuracy: round(report.accuracy), macroF1: round(report.macroF1), perSecond: Math.round(perSecond) }),
  );
}

interface Speed {
  /** The median window. */
  perSecond: number;
  mean: number;
  perCpuSecond: number;
  slowest: number;
  fastest: number;
}

/**
 * Classifications per second once V8 has compiled the hot code: a warm-up
 * second, then windows of a quarter second over all texts again and again.
 * The figure is the median window: these shared machines slow a process down
 * for seconds at a time (the same build has measured 8k and 17k/s a minute
 * apart), which a mean over one stretch would report as the classifier's own
 * speed. The mean over all windows and the CPU-time rate are printed beside it.
 */
function classificationsPerSecond(model: LinearThemeModel, texts: string[]): Speed {
  let sink = 0;
  const pass = () => {
    for (const text of texts) sink += classifyWithRules(model, [], text).departments.length;
    return texts.length;
  };
  const timed = (seconds: number) => {
    const started = process.hrtime.bigint();
    let done = 0;
    let elapsed = 0;
    while (elapsed < seconds) {
      done += pass();
      elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    }
    return { done, elapsed };
  };
  timed(WARM_UP_SECONDS);
  const windows: number[] = [];
  let done = 0;
  let elapsed = 0;
  const cpuStarted = process.cpuUsage();
  while (elapsed < MIN_TIMING_SECONDS) {
    const window = timed(WINDOW_SECONDS);
    windows.push(window.done / window.elapsed);
    done += window.done;
    elapsed += window.elapsed;
  }
  const cpu = process.cpuUsage(cpuStarted);
  if (sink < 0) console.log(sink);
  windows.sort((a, b) => a - b);
  return {
    perSecond: windows[windows.length >> 1],
    mean: done / elapsed,
    perCpuSecond: done / ((cpu.user + cpu.system) / 1e6),
    slowest: windows[0],
    fastest: windows[windows.length - 1],
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main();
