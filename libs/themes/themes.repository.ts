import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '@feedloop/core/database/transactional-repository';
import { isUniqueViolation } from '@feedloop/core/database/postgres-errors';
import { ThemeKeywordRuleEntity } from './theme-keyword-rule.entity';
import { ThemeTrainingExampleEntity, TrainingExampleSource } from './theme-training-example.entity';
import { LocalizedList, LocalizedText, ThemeEntity, ThemeKind } from './theme.entity';

export interface ThemeWrite {
  key: string;
  kind: ThemeKind;
  departmentId: string;
  name: LocalizedText;
  description: LocalizedText;
  examples: LocalizedList;
  active: boolean;
}

export interface CorrectionWrite {
  text: string;
  locale: 'pl' | 'en' | null;
  themeKeys: string[];
  departmentKey: string | null;
  source: TrainingExampleSource;
  feedbackItemId?: string | null;
  customerId?: string | null;
  createdBy?: string | null;
}

/** Every query on themes, their keyword rules, training examples and model versions. */
@Injectable()
export class ThemesRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  list(): Promise<ThemeEntity[]> {
    return this.dataSource.getRepository(ThemeEntity).createQueryBuilder('t').orderBy('t.kind', 'ASC').addOrderBy('t.key', 'ASC').getMany();
  }

  findByKey(key: string, manager: EntityManager = this.dataSource.manager): Promise<ThemeEntity | null> {
    return manager.getRepository(ThemeEntity).findOneBy({ key });
  }

  /** null when the key is taken. */
  async insert(row: ThemeWrite, manager: EntityManager = this.dataSource.manager): Promise<ThemeEntity | null> {
    try {
      return await manager.getRepository(ThemeEntity).save(manager.getRepository(ThemeEntity).create(row));
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
  }

  /** Seeds the catalogue's keys that are missing; rows an admin has edited are left as they are. */
  async insertMissing(rows: ThemeWrite[]): Promise<number> {
    let inserted = 0;
    for (const row of rows) {
      const res: unknown[] = await this.dataSource.query(
        `INSERT INTO themes (key, kind, department_id, name, description, examples, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING RETURNING id`,
        [row.key, row.kind, row.departmentId, row.name, row.description, row.examples, row.active],
      );
      inserted += res.length;
    }
    return inserted;
  }

  async update(id: string, patch: Partial<ThemeWrite>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(ThemeEntity).update({ id }, { ...patch, updatedAt: new Date() });
  }

  /** The row, locked until the transaction ends, so its audit row shows what the change overwrote. */
  lockByKey(key: string, manager: EntityManager): Promise<ThemeEntity | null> {
    return manager.getRepository(ThemeEntity).findOne({ where: { key }, lock: { mode: 'pessimistic_write' } });
  }

  /** Theme key → owning department key, praise themes included (the model learns their department too). */
  themeDepartmentKeys(): Promise<Array<{ key: string; department: string; kind: ThemeKind; active: boolean }>> {
    return this.dataSource.query(
      `SELECT t.key, d.key AS department, t.kind, t.active FROM themes t JOIN departments d ON d.id = t.department_id ORDER BY t.key`,
    );
  }

  listRules(): Promise<Array<ThemeKeywordRuleEntity & { themeKey: string; departmentKey: string }>> {
    return this.dataSource.query(
      `SELECT r.id, r.theme_id AS "themeId", r.phrase, r.created_by AS "createdBy", r.created_at AS "createdAt", t.key AS "themeKey", d.key AS "departmentKey"
       FROM theme_keyword_rules r JOIN themes t ON t.id = r.theme_id JOIN departments d ON d.id = t.department_id WHERE t.active ORDER BY t.key, r.phrase`,
    );
  }

  rulesOf(themeId: string): Promise<ThemeKeywordRuleEntity[]> {
    return this.dataSource.getRepository(ThemeKeywordRuleEntity).find({ where: { themeId }, order: { phrase: 'ASC' } });
  }

  /** The existing rule when the phrase is there already. */
  /** The new rule, or null when the phrase was there already. */
  async insertRule(themeId: string, phrase: string, createdBy: string | null, manager: EntityManager = this.dataSource.manager): Promise<ThemeKeywordRuleEntity | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO theme_keyword_rules (theme_id, phrase, created_by) VALUES ($1, $2, $3) ON CONFLICT (theme_id, phrase) DO NOTHING RETURNING id`,
      [themeId, phrase, createdBy],
    );
    return rows.length ? manager.getRepository(ThemeKeywordRuleEntity).findOneBy({ id: rows[0].id }) : null;
  }

  /** The rule removed, or null when there was none. */
  async deleteRule(themeId: string, ruleId: string, manager: EntityManager = this.dataSource.manager): Promise<ThemeKeywordRuleEntity | null> {
    const rule = await manager.getRepository(ThemeKeywordRuleEntity).findOneBy({ id: ruleId, themeId });
    if (!rule) return null;
    const res = await manager.getRepository(ThemeKeywordRuleEntity).delete({ id: ruleId, themeId });
    return (res.affected ?? 0) > 0 ? rule : null;
  }

  async insertCorrection(c: CorrectionWrite, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO theme_training_examples (text, locale, theme_keys, department_key, source, feedback_item_id, customer_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c.text, c.locale, c.themeKeys, c.departmentKey, c.source, c.feedbackItemId ?? null, c.customerId ?? null, c.createdBy ?? null],
    );
  }

  corrections(): Promise<ThemeTrainingExampleEntity[]> {
    return this.dataSource.getRepository(ThemeTrainingExampleEntity).find({ order: { id: 'ASC' } });
  }

  countCorrectionsSince(modelId: string | null): Promise<number> {
    return this.dataSource
      .query(
        `SELECT count(*)::int AS n FROM theme_training_examples
         WHERE created_at > coalesce((SELECT trained_at FROM theme_models WHERE id = $1), '-infinity')`,
        [modelId],
      )
      .then((rows: Array<{ n: number }>) => rows[0].n);
  }

  /** Corrections carry the customer's words: erasure removes them with the rest. */
  async eraseCorrections(customerId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM theme_training_examples WHERE customer_id = $1', [customerId]);
  }

  async exportCorrections(customerId: string, manager: EntityManager): Promise<Array<{ text: string; themeKeys: string[]; createdAt: Date }>> {
    return manager.query(
      `SELECT text, theme_keys AS "themeKeys", department_key AS "departmentKey", created_at AS "createdAt"
       FROM theme_training_examples WHERE customer_id = $1 ORDER BY id`,
      [customerId],
    );
  }

  /** The active model without its weights (megabytes): what checks and the admin page need. */
  activeModelInfo(): Promise<{ id: string; version: string; trainedAt: Date; exampleCount: number; correctionCount: number } | null> {
    return this.dataSource
      .query(`SELECT id::text, version, trained_at AS "trainedAt", example_count AS "exampleCount", correction_count AS "correctionCount" FROM theme_models WHERE active`)
      .then((rows: Array<{ id: string; version: string; trainedAt: Date; exampleCount: number; correctionCount: number }>) => rows[0] ?? null);
  }

  async activeModel(): Promise<{ id: string; version: string; weights: Buffer; trainedAt: Date; exampleCount: number; correctionCount: number } | null> {
    const rows = await this.dataSource.query(
      `SELECT id::text, version, weights, trained_at AS "trainedAt", example_count AS "exampleCount", correction_count AS "correctionCount"
       FROM theme_models WHERE active`,
    );
    return rows[0] ?? null;
  }

  /** Stores a model and makes it the active one in one transaction; older versions are kept for audit, weights dropped but the last few. */
  async activateModel(m: { version: string; weights: Buffer; exampleCount: number; correctionCount: number }, manager: EntityManager): Promise<string> {
    await manager.query('UPDATE theme_models SET active = false WHERE active');
    const [row] = await manager.query(
      `INSERT INTO theme_models (version, weights, example_count, correction_count, active) VALUES ($1, $2, $3, $4, true) RETURNING id::text`,
      [m.version, m.weights, m.exampleCount, m.correctionCount],
    );
    await manager.query(
      `DELETE FROM theme_models WHERE NOT active AND id NOT IN (SELECT id FROM theme_models ORDER BY id DESC LIMIT 5)`,
    );
    return row.id;
  }

}
