import './register-paths';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@feedloop/core/config/load-config';
import { dataSourceOptions } from '@feedloop/core/database/data-source-options';
import { prepareDatabase } from '@feedloop/core/database/prepare-database';

/**
 * `npm run migration:generate -- <name>`: compares the entities with the
 * database (after applying pending migrations) and writes the difference as a
 * new migration in migrations/, for review before it is committed.
 */
async function main(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9-]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- <kebab-case-name>');
    process.exit(2);
  }
  const config = loadConfig();
  const db = await prepareDatabase(config.database);
  const libs = resolve(__dirname, '../libs');
  const entities = findFiles(libs, /\.entity\.js$/).flatMap((f) => Object.values(require(f) as object));
  const dataSource = new DataSource({ ...dataSourceOptions({ ...config.database, url: db.url }), entities: entities as Function[] });
  await dataSource.initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    // Our migrations are SQL, with CHECKs, partial and expression indexes, foreign keys and defaults the
    // entities do not repeat. TypeORM would drop all of those; keep only what the entities add or change.
    const keep = log.upQueries.map((u) => !MODELLED_ONLY_IN_SQL.test(u.query));
    const sql = { upQueries: log.upQueries.filter((_, i) => keep[i]), downQueries: log.downQueries.filter((_, i) => keep[i]) };
    if (sql.upQueries.length === 0) {
      console.log('The entities match the database: no migration needed.');
      return;
    }
    const ts = Date.now();
    const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + ts;
    const q = (list: { query: string; parameters?: unknown[] }[]) =>
      list.map((x) => `    await q.query(${JSON.stringify(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`).join('\n');
    const file = resolve(__dirname, '../../migrations', `${ts}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  async up(q: QueryRunner): Promise<void> {\n${q(sql.upQueries)}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${q(sql.downQueries.reverse())}\n  }\n}\n`,
    );
    console.log(`Wrote ${relative(process.cwd(), file)}: review it, then npm run migrate.`);
  } finally {
    await dataSource.destroy();
    await db.stop();
  }
}

const MODELLED_ONLY_IN_SQL = /DROP CONSTRAINT|DROP INDEX|ALTER COLUMN "[^"]+" (DROP|SET) DEFAULT/;

function findFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? findFiles(p, pattern) : pattern.test(f) ? [p] : [];
  });
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
