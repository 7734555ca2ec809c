import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { migrationFiles, migrationsFolder, renderMigrationsIndex } from '../kit/orm/migrations-folder';
import { createOrmOptions, MIGRATIONS_TABLE, openDatabase, type DatabaseLocation } from '../kit/orm/orm-options';
import { subgraphs } from '../schema/subgraphs';

/**
 * PostgreSQL gets its schema from each subgraph's committed migrations, embedded libSQL from the
 * schema generator (kit/orm/orm-options.ts). The migrations must create exactly what the entities
 * describe: on PostgreSQL (TEST_DATABASE_URL, the second run in CI) every subgraph's migrations run
 * on a fresh database, after which the schema generator must find nothing to change.
 */

const serverUrl = process.env.TEST_DATABASE_URL;
const regenerate = (name: string) => `run: npm run migration:create -- ${name}`;

describe.each(subgraphs.map((entry) => [entry.name, entry] as const))('%s migrations folder', (name, entry) => {
  const folder = migrationsFolder(name);

  it('holds at least one migration, all listed in its index.ts, oldest first', () => {
    const files = migrationFiles(folder);
    expect({ name, hasMigrations: files.length > 0 }).toEqual({ name, hasMigrations: true });
    const index = join(folder, 'index.ts');
    expect(existsSync(index) && readFileSync(index, 'utf8')).toBe(renderMigrationsIndex(name, files));
  });

  it('is what the subgraph definition hands to the ORM', () => {
    expect(entry.definition.migrations.map((migration) => migration.name)).toEqual(migrationFiles(folder));
  });
});

describe('on embedded libSQL', () => {
  const file = join(tmpdir(), `test_migrations_${randomUUID().slice(0, 8)}.db`);
  afterAll(() => rmSync(file, { force: true }));

  it('openDatabase builds the schema with the schema generator, without migrations', async () => {
    const entry = subgraphs[0];
    const orm = await openDatabase({ entities: entry.definition.entities, location: { kind: 'embedded', file } });
    try {
      // Not `getUpdateSchemaSQL() === ''`: MikroORM 6's SQLite diff is not idempotent (it rebuilds
      // some tables every time), so tables are checked by name.
      const rows: { name: string }[] = await orm.em.getConnection().execute(`select name from sqlite_master where type = 'table'`);
      const tables = rows.map((row) => row.name);
      const expected = Object.values(orm.getMetadata().getAll()).map((meta) => meta.tableName);
      expect(expected.filter((table) => !tables.includes(table))).toEqual([]);
      expect(tables).not.toContain(MIGRATIONS_TABLE);
    } finally {
      await orm.close(true);
    }
  });
});

/** A new, empty database on the test server; `drop` removes it. */
function scratchLocation(prefix: string): { location: DatabaseLocation; name: string } {
  const name = `test_${prefix}_${randomUUID().slice(0, 8)}`;
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return { location: { kind: 'postgresql', url: url.toString() }, name };
}

async function dropAndClose(orm: MikroORM, name: string): Promise<void> {
  await orm.schema.dropDatabase(name);
  await orm.close(true);
}

// Only where a PostgreSQL server is given: the migrations are PostgreSQL SQL.
if (serverUrl) {
  describe('on PostgreSQL', () => {
    for (const { name, definition } of subgraphs) {
      it(`${name}: the migrations create exactly the entities' schema, and a second start runs none`, async () => {
        const scratch = scratchLocation(`migrations_${name}`);
        const settings = { entities: definition.entities, migrations: definition.migrations, location: scratch.location };
        const orm = await openDatabase(settings);
        try {
          const executed = await orm.migrator.getExecutedMigrations();
          expect(executed.map((migration) => migration.name)).toEqual(definition.migrations.map((migration) => migration.name));
          const drift = (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
          expect(drift && `${name}: the entities differ from the committed migrations (${regenerate(name)}):\n${drift}`).toBe('');
          expect(await orm.migrator.getPendingMigrations()).toEqual([]);
        } finally {
          await orm.close(true);
        }
        const again = await openDatabase(settings);
        try {
          expect((await again.migrator.getExecutedMigrations()).length).toBe(definition.migrations.length);
        } finally {
          await dropAndClose(again, scratch.name);
        }
      });
    }

    it('migrates once when several processes open a new database at the same time', async () => {
      const { definition } = subgraphs[0];
      const scratch = scratchLocation('migrations_race');
      const settings = { entities: definition.entities, migrations: definition.migrations, location: scratch.location };
      // The database exists (as in production); its tables do not.
      const creator = await MikroORM.init(createOrmOptions(settings));
      await creator.schema.ensureDatabase();
      try {
        const opened = await Promise.allSettled([openDatabase(settings), openDatabase(settings), openDatabase(settings)]);
        for (const result of opened) if (result.status === 'fulfilled') await result.value.close(true);
        expect(opened.map((result) => result.status === 'rejected' ? String(result.reason) : 'opened')).toEqual(['opened', 'opened', 'opened']);
        expect((await creator.migrator.getExecutedMigrations()).length).toBe(definition.migrations.length);
      } finally {
        await dropAndClose(creator, scratch.name);
      }
    });

    it('refuses a database whose tables were made without migrations, saying what to do', async () => {
      const { definition } = subgraphs[0];
      const scratch = scratchLocation('migrations_legacy');
      const legacy = await MikroORM.init(createOrmOptions({ entities: definition.entities, location: scratch.location }));
      try {
        await legacy.schema.ensureDatabase();
        await legacy.schema.createSchema();
        await expect(openDatabase({ entities: definition.entities, migrations: definition.migrations, location: scratch.location }))
          .rejects.toThrow(/no migration history/);
      } finally {
        await dropAndClose(legacy, scratch.name);
      }
    });
  });
}
