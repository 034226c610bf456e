import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { foldText } from './classifier/text-folding';
import { ClassificationDto, CreateThemeDto, ThemeDto, UpdateThemeDto } from './dto/theme.dto';
import { THEME_CATALOGUE } from './seed/theme-catalogue';
import { ThemeModelService } from './theme-model.service';
import { ThemeKeywordRuleEntity } from './theme-keyword-rule.entity';
import { TrainingExampleSource } from './theme-training-example.entity';
import { ThemeEntity, ThemeKind } from './theme.entity';
import { KeywordRuleNotFoundError, ThemeKeyTakenError, ThemeNotFoundError } from './themes.errors';
import { ThemesRepository } from './themes.repository';

/** A classifier department answer below this is no answer: the text says too little. */
const DEPARTMENT_MIN_CONFIDENCE = 0.6;
/** How long this process reuses the catalogue's labels; edits here clear it at once, other processes' within this. */
const SUMMARIES_TTL_MS = 10_000;

export interface ThemeSummary {
  key: string;
  kind: ThemeKind;
  departmentId: string;
  departmentKey: string;
  name: { pl?: string; en?: string };
  active: boolean;
}

export interface CorrectionInput {
  text: string;
  locale: 'pl' | 'en' | null;
  themeKeys: string[];
  departmentKey: string | null;
  source: TrainingExampleSource;
  feedbackItemId?: string;
  customerId?: string;
  createdBy?: string | null;
}

/** The theme catalogue (admin-edited), keyword rules, classification and the corrections that retrain it. */
@Injectable()
export class ThemesService implements OnModuleInit {
  private readonly logger = new Logger(ThemesService.name);
  private cached: { at: number; summaries: Promise<Map<string, ThemeSummary>> } | null = null;

  constructor(
    private readonly repo: ThemesRepository,
    private readonly departments: DepartmentsService,
    private readonly models: ThemeModelService,
    private readonly personalData: PersonalDataRegistry,
    private readonly audit: AuditLog,
  ) {}

  async onModuleInit(): Promise<void> {
    this.personalData.register({
      section: 'themeCorrections',
      export: (customerId, manager) => this.repo.exportCorrections(customerId, manager),
      erase: (customerId, manager) => this.repo.eraseCorrections(customerId, manager),
    });
    await this.seedCatalogue();
  }

  /** Adds the seeded themes that are missing (first start, or a new release's new themes); never overwrites an admin's edits. */
  async seedCatalogue(): Promise<void> {
    const departments = new Map((await this.departments.list()).map((d) => [d.key, d.id]));
    const rows = THEME_CATALOGUE.filter((t) => departments.has(t.department)).map((t) => ({
      key: t.key,
      kind: t.kind,
      departmentId: departments.get(t.department)!,
      name: t.name,
      description: t.description,
      examples: t.examples,
      active: true,
    }));
    const inserted = await this.repo.insertMissing(rows);
    if (inserted) this.logger.log(`seeded ${inserted} themes`);
  }

  async list(): Promise<ThemeDto[]> {
    const [themes, rules, departments] = await Promise.all([this.repo.list(), this.repo.listRules(), this.departmentMap()]);
    return themes.map((t) => toDto(t, departments, rules.filter((r) => r.themeId === t.id)));
  }

  /**
   * Key, kind, department and name of every theme: what routing and pages
   * need to label themes. Routing asks for it several times per answer, so
   * it is read at most every few seconds.
   */
  summaries(): Promise<Map<string, ThemeSummary>> {
    if (!this.cached || Date.now() - this.cached.at > SUMMARIES_TTL_MS) {
      const summaries = this.readSummaries();
      this.cached = { at: Date.now(), summaries };
      summaries.catch(() => (this.cached = null));
    }
    return this.cached.summaries;
  }

  private async readSummaries(): Promise<Map<string, ThemeSummary>> {
    const [themes, departments] = await Promise.all([this.repo.list(), this.departmentMap()]);
    return new Map(
      themes.map((t) => [
        t.key,
        { key: t.key, kind: t.kind, departmentId: t.departmentId, departmentKey: departments.get(t.departmentId)?.key ?? '', name: t.name, active: t.active },
      ]),
    );
  }

  async get(key: string): Promise<ThemeDto> {
    const theme = await this.find(key);
    return toDto(theme, await this.departmentMap(), await this.repo.rulesOf(theme.id));
  }

  async create(input: CreateThemeDto, actor: AuditActor = SYSTEM_ACTOR): Promise<ThemeDto> {
    const department = await this.departmentByKey(input.departmentKey);
    const created = await this.repo.transaction(async (m) => {
      const theme = await this.repo.insert(
        {
          key: input.key,
          kind: input.kind ?? 'complaint',
          departmentId: department.id,
          name: requireName(input.name),
          description: input.description ?? {},
          examples: input.examples ?? {},
          active: input.active ?? true,
        },
        m,
      );
      if (!theme) throw new ThemeKeyTakenError(input.key);
      await this.audit.record(m, actor, { action: 'theme.created', entityType: 'theme', entityId: theme.key, after: auditSnapshot(theme) });
      return theme;
    });
    this.cached = null;
    await this.models.reloadRules();
    return this.get(created.key);
  }

  async update(key: string, input: UpdateThemeDto, actor: AuditActor = SYSTEM_ACTOR): Promise<ThemeDto> {
    await this.find(key);
    const departmentId = input.departmentKey !== undefined ? (await this.departmentByKey(input.departmentKey)).id : undefined;
    await this.repo.transaction(async (m) => {
      const theme = await this.repo.lockByKey(key, m);
      if (!theme) throw new ThemeNotFoundError(key);
      const patch: Partial<ThemeEntity> = {};
      if (departmentId !== undefined) patch.departmentId = departmentId;
      if (input.kind !== undefined) patch.kind = input.kind;
      if (input.name !== undefined) patch.name = requireName({ ...theme.name, ...input.name });
      if (input.description !== undefined) patch.description = { ...theme.description, ...input.description };
      if (input.examples !== undefined) patch.examples = { ...theme.examples, ...input.examples };
      if (input.active !== undefined) patch.active = input.active;
      await this.repo.update(theme.id, patch, m);
      await this.audit.record(m, actor, { action: 'theme.updated', entityType: 'theme', entityId: key, before: auditSnapshot(theme), after: auditSnapshot({ ...theme, ...patch }) });
    });
    this.cached = null;
    // New example phrases or a new owner change what the model should learn.
    if (input.examples !== undefined || input.departmentKey !== undefined || input.kind !== undefined) await this.models.scheduleRetrain();
    await this.models.reloadRules();
    return this.get(key);
  }

  async addRule(key: string, phrase: string, createdBy: string | null = null, actor: AuditActor = SYSTEM_ACTOR): Promise<ThemeDto> {
    const theme = await this.find(key);
    const folded = foldText(phrase).trim();
    if (folded.length < 2) throw new InvalidInputError('phrase must contain at least 2 letters or digits', 'phrase');
    await this.repo.transaction(async (m) => {
      const rule = await this.repo.insertRule(theme.id, folded, createdBy ?? actor.userId, m);
      if (rule) await this.audit.record(m, actor, { action: 'keyword_rule.created', entityType: 'keyword_rule', entityId: rule.id, after: { theme: key, phrase: rule.phrase } });
    });
    await this.models.reloadRules();
    return this.get(key);
  }

  async removeRule(key: string, ruleId: string, actor: AuditActor = SYSTEM_ACTOR): Promise<ThemeDto> {
    const theme = await this.find(key);
    if (!isUUID(ruleId)) throw new KeywordRuleNotFoundError(ruleId);
    await this.repo.transaction(async (m) => {
      const rule = await this.repo.deleteRule(theme.id, ruleId, m);
      if (!rule) throw new KeywordRuleNotFoundError(ruleId);
      await this.audit.record(m, actor, { action: 'keyword_rule.deleted', entityType: 'keyword_rule', entityId: ruleId, before: { theme: key, phrase: rule.phrase } });
    });
    await this.models.reloadRules();
    return this.get(key);
  }

  /** Themes (complaints and praise) and the department that should act, for any text. */
  async classify(text: string, locale?: 'pl' | 'en'): Promise<ClassificationDto> {
    const [result, summaries, departments] = await Promise.all([this.models.classify(text, locale), this.summaries(), this.departmentMap()]);
    const themes = result.themes
      .map((t) => ({ t, s: summaries.get(t.key) }))
      .filter(({ s }) => s?.active)
      .map(({ t, s }) => ({ key: t.key, confidence: round(t.confidence), kind: s!.kind, department: s!.departmentKey }));
    const byKey = new Map([...departments.values()].map((d) => [d.key, d]));
    const complaint = themes.find((t) => t.kind === 'complaint');
    // The department head decides when it is sure: it reads the whole text, so in "the coffee
    // machine leaks, and my complaint has gone unanswered for three weeks" it names customer
    // service, where the strongest single theme is product_defect. It is also what bench:themes
    // measures. A praise-only text names no department.
    const top = result.departments[0];
    const headIsSure = !!top && top.confidence >= DEPARTMENT_MIN_CONFIDENCE && byKey.has(top.key);
    let department: ClassificationDto['department'] = null;
    if ((complaint || !themes.length) && headIsSure) {
      department = { key: top.key, name: byKey.get(top.key)!.name, confidence: round(top.confidence) };
    } else if (complaint) {
      department = { key: complaint.department, name: byKey.get(complaint.department)?.name ?? complaint.department, confidence: complaint.confidence };
    }
    return {
      department,
      themes,
      departments: result.departments.filter((d) => byKey.has(d.key)).map((d) => ({ key: d.key, confidence: round(d.confidence) })),
      modelVersion: result.modelVersion,
    };
  }

  /** A correction staff made is a training example; the model retrains shortly after. */
  async recordCorrection(input: CorrectionInput, manager?: EntityManager): Promise<void> {
    const text = input.text.trim();
    if (!text) return;
    await this.repo.insertCorrection(
      {
        text: text.slice(0, 4000),
        locale: input.locale,
        themeKeys: input.themeKeys,
        departmentKey: input.departmentKey,
        source: input.source,
        feedbackItemId: input.feedbackItemId ?? null,
        customerId: input.customerId ?? null,
        createdBy: input.createdBy ?? null,
      },
      manager,
    );
    await this.models.scheduleRetrain();
  }

  private async find(key: string): Promise<ThemeEntity> {
    const theme = await this.repo.findByKey(key);
    if (!theme) throw new ThemeNotFoundError(key);
    return theme;
  }

  private async departmentByKey(key: string) {
    const found = (await this.departments.list()).find((d) => d.key === key);
    if (!found) throw new InvalidInputError(`departmentKey must be the key of a department (${key} is not one)`, 'departmentKey');
    return found;
  }

  private async departmentMap() {
    return new Map((await this.departments.list()).map((d) => [d.id, d]));
  }
}

function auditSnapshot(t: ThemeEntity) {
  return { key: t.key, kind: t.kind, departmentId: t.departmentId, name: t.name, description: t.description, examples: t.examples, active: t.active };
}

function requireName(name: { pl?: string; en?: string }): { pl?: string; en?: string } {
  if (!name.pl && !name.en) throw new InvalidInputError('name must have a Polish (pl) or English (en) text', 'name');
  return name;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function toDto(t: ThemeEntity, departments: Map<string, { key: string; name: string }>, rules: ThemeKeywordRuleEntity[]): ThemeDto {
  const d = departments.get(t.departmentId);
  return {
    id: t.id,
    key: t.key,
    kind: t.kind,
    department: { key: d?.key ?? '', name: d?.name ?? '' },
    name: t.name,
    description: t.description,
    examples: t.examples,
    active: t.active,
    keywordRules: rules.map((r) => ({ id: r.id, phrase: r.phrase, createdAt: new Date(r.createdAt).toISOString() })),
    createdAt: new Date(t.createdAt).toISOString(),
    updatedAt: new Date(t.updatedAt).toISOString(),
  };
}
