import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MikroORM, type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { createOrmOptions, type DatabaseLocation } from '../kit/orm/orm-options';
import { migrationFiles, migrationsFolder, renderMigrationsIndex } from '../kit/orm/migrations-folder';
import { subgraphs } from '../schema/subgraphs';

const USAGE = `Writes a PostgreSQL migration for one subgraph: the difference between its entities and what its
committed migrations already create, as subgraphs/<subgraph>/migrations/Migration<timestamp>.ts, and
adds it to that folder's index.ts. Does nothing when there is no difference.

usage: npm run migration:create -- <subgraph> [--squash]     (one of: ${subgraphs.map(({ name }) => name).join(', ')})

  --squash   replace all of the subgraph's migrations by one initial migration. Only while no
             database that must be kept has run them: such a database then refuses to start.

Needs a PostgreSQL server in TEST_DATABASE_URL (else DATABASE_URL), e.g.
  TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run migration:create -- grids
It creates a scratch database there, runs the existing migrations, diffs, and drops it.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** A scratch database on the server, with the given migrations applied. */
async function scratchOrm(serverUrl: string, entities: EntityClass<object>[], migrations: readonly MigrationObject[]) {
  const name = `migration_scratch_${randomUUID().slice(0, 8)}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const location: DatabaseLocation = { kind: 'postgresql', url: url.toString() };
  const orm = await MikroORM.init(createOrmOptions({ entities, location, migrations }));
  const drop = async () => {
    await orm.schema.dropDatabase(name);
    await orm.close(true);
  };
  try {
    await orm.schema.ensureDatabase();
    await orm.migrator.up();
  } catch (error) {
    await drop();
    throw error;
  }
  return { orm, drop };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { squash: { type: 'boolean' } } });
  } catch (error) {
    fail((error as Error).message);
  }
  const [name, ...rest] = parsed.positionals;
  const squash = parsed.values.squash ?? false;
  if (!name || rest.length > 0) fail('Give exactly one subgraph.');
  const entry = subgraphs.find((candidate) => candidate.name === name);
  if (!entry) fail(`No subgraph "${name}".`);
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) fail('Set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server.');

  const folder = migrationsFolder(name);
  const { entities } = entry.definition;
  const committed = migrationFiles(folder);
  if (committed.join() !== entry.definition.migrations.map((migration) => migration.name).join()) {
    fail(`${folder}/index.ts does not list exactly the migration files in that folder; fix it first.`);
  }
  const migrations = squash ? [] : entry.definition.migrations;
  const kept = squash ? [] : committed;

  // 1. The new migration: entities against a database that ran every committed migration.
  const { orm, drop } = await scratchOrm(serverUrl, entities, migrations);
  let fileName: string;
  try {
    // The first migration is MikroORM's "initial" one: the whole create script.
    ({ fileName } = await orm.migrator.createMigration(folder, false, migrations.length === 0));
  } finally {
    await drop();
  }
  if (!fileName) {
    console.log(`${name}: the migrations already match the entities; nothing written.`);
    return;
  }
  const className = fileName.replace(/\.ts$/, '');
  writeFileSync(join(folder, 'index.ts'), renderMigrationsIndex(name, [...kept, className]));
  if (squash) for (const old of committed) rmSync(join(folder, `${old}.ts`));

  // 2. Check it: after every migration, the schema generator must find nothing left to do.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the migration was written a moment ago: loaded at run time by its path
  const written = require(join(folder, className)) as Record<string, MigrationObject['class']>;
  const check = await scratchOrm(serverUrl, entities, [...migrations, { name: className, class: written[className] }]);
  try {
    const drift = (await check.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
    if (drift) {
      console.error(`${name}: wrote ${fileName}, but after it the schema still differs from the entities:\n${drift}`);
      process.exitCode = 1;
      return;
    }
  } finally {
    await check.drop();
  }
  const removed = squash && committed.length > 0 ? ` (replacing ${committed.join(', ')})` : '';
  console.log(`${name}: wrote subgraphs/${name}/migrations/${fileName}${removed} and updated its index.ts; review and commit.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
