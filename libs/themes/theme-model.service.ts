import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { classifyWithRules, KeywordRule } from './classifier/classify';
import { defaultTrainingExamples } from './classifier/default-model';
import { LinearThemeModel } from './classifier/linear-model';
import type { Classification, TrainingExample } from './classifier/theme-classifier';
import { TrainOptions, trainThemeModel } from './classifier/train-theme-model';
import { ThemesRepository } from './themes.repository';
import { RETRAIN_MODEL, retrainModelJob } from './themes.jobs';

/** How stale this process's copy of the active model and the keyword rules may be (another process retrained or an admin edited). */
const REFRESH_MS = 10_000;
/** Corrections are gathered this long before a retrain starts, so a burst of re-routes trains once. */
const RETRAIN_DELAY_SECONDS = 60;

export interface ModelInfo {
  version: string;
  trainedAt: string | null;
  exampleCount: number;
  correctionCount: number;
  pendingCorrections: number;
}

/**
 * The classifier every process uses: the active row of theme_models, loaded
 * at start (the first process to find none trains the default model from the
 * seeded examples), checked for a newer version every few seconds and
 * swapped in place, so a retrain reaches every API and worker process
 * without a restart. The model sits behind ThemeClassifier, so a heavier
 * one (a local ONNX model) could replace the linear one here.
 */
@Injectable()
export class ThemeModelService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(ThemeModelService.name);
  private model: LinearThemeModel | null = null;
  private modelId: string | null = null;
  private rules: KeywordRule[] = [];
  private checkedAt = 0;
  private refreshing: Promise<void> | null = null;
  private options: TrainOptions = {};

  constructor(
    private readonly repo: ThemesRepository,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(retrainModelJob(this));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh(true);
  }

  /** Themes and department of a text, with the keyword rules of admins applied. */
  async classify(text: string, locale?: 'pl' | 'en'): Promise<Classification & { modelVersion: string }> {
    await this.current();
    return { ...classifyWithRules(this.model!, this.rules, text, locale), modelVersion: this.model!.version };
  }

  async info(): Promise<ModelInfo> {
    await this.current();
    const active = await this.repo.activeModelInfo();
    return {
      version: active?.version ?? this.model!.version,
      trainedAt: active?.trainedAt ? new Date(active.trainedAt).toISOString() : null,
      exampleCount: active?.exampleCount ?? 0,
      correctionCount: active?.correctionCount ?? 0,
      pendingCorrections: await this.repo.countCorrectionsSince(active?.id ?? null),
    };
  }

  /** Keyword rules changed here: use them at once in this process (others pick them up within REFRESH_MS). */
  async reloadRules(): Promise<void> {
    this.rules = (await this.repo.listRules()).map((r) => ({ themeKey: r.themeKey, phrase: r.phrase, department: r.departmentKey }));
  }

  /** A correction was stored: retrain soon, once for a burst of them, in whichever worker takes the job. */
  async scheduleRetrain(): Promise<void> {
    await this.jobs.send(RETRAIN_MODEL, {}, { singletonKey: 'retrain', startAfter: RETRAIN_DELAY_SECONDS });
  }

  /**
   * Trains on the seeded examples, the catalogue's example phrases (as
   * admins edited them) and every staff correction, stores the result as the
   * active model and swaps it in. Deterministic for the same examples.
   */
  async retrain(): Promise<ModelInfo> {
    const themes = await this.repo.list();
    const options = await this.trainOptions();
    const examples: TrainingExample[] = [...defaultTrainingExamples()];
    for (const t of themes) {
      for (const locale of ['pl', 'en'] as const) {
        for (const text of t.examples[locale] ?? []) examples.push({ text, locale, themes: [t.key] });
      }
    }
    const corrections = await this.repo.corrections();
    for (const c of corrections) {
      examples.push({ text: c.text, locale: c.locale ?? undefined, themes: c.themeKeys, department: c.departmentKey ?? undefined });
    }
    const started = Date.now();
    const model = trainThemeModel(examples, options);
    const id = await this.repo.transaction((m) =>
      this.repo.activateModel({ version: model.version, weights: model.toBuffer(), exampleCount: examples.length, correctionCount: corrections.length }, m),
    );
    this.install(id, model);
    this.logger.log(`theme model ${model.version} trained on ${examples.length} examples (${corrections.length} corrections) in ${Date.now() - started} ms`);
    return this.info();
  }

  private async current(): Promise<void> {
    if (this.model && Date.now() - this.checkedAt < REFRESH_MS) return;
    await this.refresh(false);
  }

  private refresh(atStart: boolean): Promise<void> {
    this.refreshing ??= this.load(atStart).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async load(atStart: boolean): Promise<void> {
    this.options = await this.trainOptions();
    await this.reloadRules();
    const info = await this.repo.activeModelInfo();
    this.checkedAt = Date.now();
    if (info && info.id === this.modelId) return;
    if (!info) {
      if (!atStart && this.model) return;
      await this.trainFirstModel();
      return;
    }
    const active = await this.repo.activeModel();
    if (active) this.install(active.id, LinearThemeModel.fromBuffer(active.weights));
  }

  /** Only one process trains the default model; the others wait for its row. */
  private async trainFirstModel(): Promise<void> {
    await this.repo.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('feedloop.themes.first-model'))`);
      const [existing] = await m.query(`SELECT id::text, weights FROM theme_models WHERE active`);
      if (existing) {
        this.install(existing.id, LinearThemeModel.fromBuffer(existing.weights));
        return;
      }
      const examples = defaultTrainingExamples();
      const model = trainThemeModel(examples, this.options);
      const id = await this.repo.activateModel({ version: model.version, weights: model.toBuffer(), exampleCount: examples.length, correctionCount: 0 }, m);
      this.install(id, model);
      this.logger.log(`default theme model ${model.version} trained on ${examples.length} seeded examples`);
    });
  }

  private install(id: string, model: LinearThemeModel): void {
    this.model = model;
    this.modelId = id;
    this.checkedAt = Date.now();
  }

  /** Theme ownership and kinds as the catalogue says now (admins may have moved a theme or added one). */
  private async trainOptions(): Promise<TrainOptions> {
    const rows = await this.repo.themeDepartmentKeys();
    return {
      themeDepartments: Object.fromEntries(rows.map((r) => [r.key, r.department])),
      praiseThemes: rows.filter((r) => r.kind === 'praise').map((r) => r.key),
    };
  }
}
