import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM, type EntityClass } from '@mikro-orm/core';
import { createOrmOptions, type DatabaseLocation } from '../orm/orm-options';
import { QueryLog } from '../orm/query-log';

export interface TestDatabase {
  readonly orm: MikroORM;
  /** Every statement the ORM runs, for SQL budget assertions. */
  readonly queryLog: QueryLog;
  /** Closes the ORM and removes the database. */
  close(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temporary libSQL file, or a new PostgreSQL
 * database on the server in `TEST_DATABASE_URL` (how CI runs the suite a second time).
 */
export async function createTestDatabase(subgraph: string, entities: EntityClass<object>[]): Promise<TestDatabase> {
  const name = `test_${subgraph}_${randomUUID().slice(0, 8)}`;
  const serverUrl = process.env.TEST_DATABASE_URL;
  let location: DatabaseLocation;
  if (serverUrl) {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    location = { kind: 'postgresql', url: url.toString() };
  } else {
    location = { kind: 'embedded', file: join(tmpdir(), `${name}.db`) };
  }
  const queryLog = new QueryLog();
  const orm = await MikroORM.init(createOrmOptions({ entities, location, queryLog }));
  await orm.schema.ensureDatabase();
  await orm.schema.createSchema();
  return {
    orm,
    queryLog,
    async close() {
      if (location.kind === 'postgresql') {
        await orm.schema.dropDatabase(name);
      }
      await orm.close(true);
      if (location.kind === 'embedded') rmSync(location.file, { force: true });
    },
  };
}
