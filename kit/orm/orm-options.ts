import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { QueryLog } from './query-log';

/** Where a subgraph's database lives. */
export type DatabaseLocation =
  | { readonly kind: 'embedded'; readonly file: string }
  | { readonly kind: 'postgresql'; readonly url: string };

/**
 * `<SUBGRAPH>_DATABASE_URL` (a full PostgreSQL URL), else `DATABASE_URL` (a server URL, the
 * database named `grassroots_<subgraph>`), else an embedded libSQL file `<DATA_DIR>/<subgraph>.db`.
 */
export function databaseLocationFromEnv(subgraph: string, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const own = env[`${subgraph.toUpperCase()}_DATABASE_URL`];
  if (own) return { kind: 'postgresql', url: own };
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    url.pathname = `/grassroots_${subgraph}`;
    return { kind: 'postgresql', url: url.toString() };
  }
  const dataDir = env.DATA_DIR ?? 'data';
  return { kind: 'embedded', file: join(dataDir, `${subgraph}.db`) };
}

export interface OrmSettings {
  readonly entities: Function[];
  readonly location: DatabaseLocation;
  readonly queryLog?: QueryLog;
}

/** MikroORM options for one subgraph, on libSQL or PostgreSQL. */
export function createOrmOptions(settings: OrmSettings): Options {
  const common: Options = {
    entities: settings.entities,
    discovery: { disableDynamicFileAccess: true },
    forceUtcTimezone: true,
    // Optimistic locking is skipped by batched updates of several rows (DESIGN: notes).
    useBatchUpdates: false,
    // A request must use its own fork; the global context is a bug waiting to leak data.
    allowGlobalContext: false,
    debug: settings.queryLog ? ['query'] : false,
    logger: settings.queryLog ? (message: string) => settings.queryLog!.record(message) : undefined,
  };
  if (settings.location.kind === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: settings.location.url };
  }
  if (settings.location.file !== ':memory:') mkdirSync(join(settings.location.file, '..'), { recursive: true });
  return { ...common, driver: LibSqlDriver, dbName: settings.location.file };
}

/** Connects, creating the database and bringing its tables up to the entities. */
export async function openDatabase(settings: OrmSettings): Promise<MikroORM> {
  const orm = await MikroORM.init(createOrmOptions(settings));
  await orm.schema.ensureDatabase();
  await orm.schema.updateSchema({ safe: true });
  return orm;
}
