import './register-paths';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CLI_ACTOR } from '@feedloop/audit/audit-actor';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { AuthModule } from '@feedloop/auth/auth.module';
import { UsersService } from '@feedloop/auth/users.service';
import { AppConfig } from '@feedloop/core/config/app-config';
import { ConfigError, loadConfig } from '@feedloop/core/config/load-config';
import { CoreModule } from '@feedloop/core/core.module';
import { backupEmbedded, backupKindOf, pgDump, pgRestore, restoreEmbedded } from '@feedloop/core/database/backup';
import { canConnect, embeddedUrl, prepareDatabase } from '@feedloop/core/database/prepare-database';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { DepartmentsService } from '@feedloop/departments/departments.service';

const USAGE = `Usage: npm run cli -- <command> [options]

  api-key create --name <name> [--department <key>]  create an API key (printed once); --department binds it to one department's feedback items
  api-key list                           list API keys (never their secrets)
  api-key revoke --id <id>               revoke an API key
  user create --email <e> --name <n> --role <admin|analyst|department_head|retention_agent>
              [--department <key>] [--locale pl|en] [--password <p>]
                                         create a staff user (a password is generated if omitted)
  user reset-password --email <e> [--password <p>]
                                         set a new password (generated if omitted) and unlock the account
  department create --key <key> --name <name>
  department list
  migrate                                apply pending database migrations
  backup --out <file>                    back the database up into one file, also while Feedloop runs: pg_dump
                                         (custom format) with DATABASE_URL, else a hot copy of the embedded PostgreSQL
  restore --in <file>                    replace the database with a backup, then migrate; stop Feedloop first
`;

@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [CoreModule.forRoot(config), AuthModule, DepartmentsModule] };
  }
}

type Options = Record<string, string | undefined>;

function required(opts: Options, name: string): string {
  const v = opts[name];
  if (!v) throw new UsageError(`--${name} is required`);
  return v;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: Object.fromEntries(
      ['name', 'id', 'email', 'role', 'department', 'locale', 'password', 'key', 'out', 'in'].map((o) => [o, { type: 'string' as const }]),
    ),
  });
  const [group, action] = positionals;
  const opts = values as Options;
  if (!group || group === 'help') {
    process.stdout.write(USAGE);
    return;
  }

  const config = loadConfig();
  if (group === 'backup' || group === 'restore') {
    await (group === 'backup' ? backup(config, required(opts, 'out')) : restore(config, required(opts, 'in')));
    return;
  }
  const db = await prepareDatabase(config.database);
  if (group === 'migrate') {
    console.log(db.migrationsApplied.length ? `Applied: ${db.migrationsApplied.join(', ')}` : 'No pending migrations.');
    await db.stop();
    return;
  }
  const app = await NestFactory.createApplicationContext(
    CliModule.forRoot({ ...config, database: { ...config.database, url: db.url }, jobs: { workers: false } }),
    { logger: ['error', 'warn'] },
  );
  try {
    await run(app.get.bind(app), `${group} ${action ?? ''}`.trim(), opts);
  } finally {
    await app.close();
    await db.stop();
  }
}

async function backup(config: AppConfig, out: string): Promise<void> {
  if (config.database.url) {
    await pgDump(config.database.url, out);
  } else {
    // Started here if Feedloop is not running; the copy is taken hot either way.
    const db = await prepareDatabase(config.database, { migrate: false });
    try {
      await backupEmbedded(db.url, join(config.database.dataDir, 'postgres'), out);
    } finally {
      await db.stop();
    }
  }
  console.log(`Backup written to ${resolve(out)} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB). Restore it with the CLI's restore --in ${out}`);
}

async function restore(config: AppConfig, file: string): Promise<void> {
  const kind = backupKindOf(file);
  if (config.database.url) {
    if (kind !== 'pg_dump') throw new UsageError(`${file} is a backup of an embedded database: restore it without DATABASE_URL`);
    await pgRestore(config.database.url, file);
  } else {
    if (kind !== 'embedded') throw new UsageError(`${file} is a pg_dump archive: restore it with pg_restore into a PostgreSQL of yours and set DATABASE_URL`);
    if (await canConnect(embeddedUrl(config.database))) throw new UsageError('The embedded PostgreSQL is running: stop Feedloop first (Ctrl-C where npm start runs), then restore.');
    const kept = await restoreEmbedded(file, join(config.database.dataDir, 'postgres'));
    if (kept) console.log(`The database that was there is kept in ${kept} (delete it once the restore is checked).`);
  }
  // A backup of an older version is brought up to this one.
  const db = await prepareDatabase(config.database);
  await db.stop();
  console.log(`Restored from ${file}.${db.migrationsApplied.length ? ` Applied migrations: ${db.migrationsApplied.join(', ')}` : ''}`);
}

async function run(get: <T>(cls: new (...args: never[]) => T) => T, command: string, opts: Options): Promise<void> {
  switch (command) {
    case 'api-key create': {
      const departmentKey = opts.department;
      const departmentId = departmentKey ? (await get(DepartmentsService).getByKey(departmentKey)).id : null;
      const { key, apiKey } = await get(ApiKeysService).create(required(opts, 'name'), null, departmentId, CLI_ACTOR);
      console.log(`API key "${apiKey.name}" (${apiKey.id}):\n\n  ${key}\n\nIt is shown only now; send it as "Authorization: Bearer <key>".`);
      return;
    }
    case 'api-key list': {
      const keys = await get(ApiKeysService).list();
      console.table(keys.map((k) => ({ id: k.id, name: k.name, prefix: `fl_${k.keyPrefix}_…`, created: k.createdAt.toISOString(), lastUsed: k.lastUsedAt?.toISOString() ?? '', revoked: k.revokedAt?.toISOString() ?? '' })));
      return;
    }
    case 'api-key revoke': {
      const ok = await get(ApiKeysService).revoke(required(opts, 'id'), CLI_ACTOR);
      console.log(ok ? 'Revoked.' : 'No active API key with that id.');
      return;
    }
    case 'user create': {
      let departmentId: string | undefined;
      if (opts.department) departmentId = (await get(DepartmentsService).getByKey(opts.department)).id;
      const password = opts.password ?? randomBytes(12).toString('base64url');
      const user = await get(UsersService).createUser({
        email: required(opts, 'email'),
        name: required(opts, 'name'),
        role: required(opts, 'role') as never,
        departmentId,
        locale: opts.locale as never,
        password,
      }, CLI_ACTOR);
      console.log(`Created ${user.role} ${user.email}${opts.password ? '' : ` with password: ${password}`}`);
      return;
    }
    case 'user reset-password': {
      const users = get(UsersService);
      const user = await users.findByEmail(required(opts, 'email'));
      if (!user) throw new UsageError(`No user with e-mail ${opts.email}`);
      const password = opts.password ?? randomBytes(12).toString('base64url');
      await users.setPassword(user.id, password, CLI_ACTOR);
      console.log(`Password of ${user.email} set${opts.password ? '' : ` to: ${password}`}; the account is unlocked.`);
      return;
    }
    case 'department create': {
      const d = await get(DepartmentsService).create({ key: required(opts, 'key'), name: required(opts, 'name') }, CLI_ACTOR);
      console.log(`Created department ${d.key} (${d.id})`);
      return;
    }
    case 'department list': {
      const list = await get(DepartmentsService).list();
      console.table(list.map((d) => ({ id: d.id, key: d.key, name: d.name })));
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof DomainError || err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
