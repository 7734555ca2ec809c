import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM, type EntityClass, type MigrationObject, type Options } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { BoundLibSqlDriver } from './libsql-driver';
import { OffLoopLibSqlDialect } from './off-loop-libsql-dialect';
import type { QueryLog } from './query-log';
import { onPrimary, ReadRoutingPostgreSqlDriver } from './read-routing';

/** Where a subgraph's database lives. */
export type DatabaseLocation =
  | { readonly kind: 'embedded'; readonly file: string }
  | {
      readonly kind: 'postgresql';
      readonly url: string;
      /** Hot standbys that answer reads outside transactions (kit/orm/read-routing.ts). */
      readonly replicaUrls?: readonly string[];
      readonly pool?: PoolSettings;
    };

/** Connections one process keeps to each PostgreSQL server (primary, and each replica). */
export interface PoolSettings {
  readonly min: number;
  readonly max: number;
  /** how long an unused connection above `min` stays open */
  readonly idleTimeoutMs: number;
}

/** knex's own defaults: two connections kept, ten at most. */
const DEFAULT_POOL: PoolSettings = { min: 2, max: 10, idleTimeoutMs: 30_000 };

/**
 * `<SUBGRAPH>_DATABASE_URL` (a full PostgreSQL URL), else `DATABASE_URL` (a server URL, the
 * database named `grassroots_<subgraph>`), else an embedded libSQL file `<DATA_DIR>/<subgraph>.db`.
 * On PostgreSQL, read replicas come from `<SUBGRAPH>_DATABASE_REPLICA_URLS` (full URLs) else
 * `DATABASE_REPLICA_URLS` (server URLs, the same database name), comma-separated, and the pool
 * from `DATABASE_POOL_MIN`, `DATABASE_POOL_MAX` and `DATABASE_POOL_IDLE_MS`.
 */
export function databaseLocationFromEnv(subgraph: string, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const own = env[`${subgraph.toUpperCase()}_DATABASE_URL`];
  if (own) return { kind: 'postgresql', url: own, replicaUrls: replicaUrlsFromEnv(subgraph, env), pool: poolFromEnv(env) };
  if (env.DATABASE_URL) {
    return { kind: 'postgresql', url: subgraphDatabase(env.DATABASE_URL, subgraph), replicaUrls: replicaUrlsFromEnv(subgraph, env), pool: poolFromEnv(env) };
  }
  const dataDir = env.DATA_DIR ?? 'data';
  return { kind: 'embedded', file: join(dataDir, `${subgraph}.db`) };
}

/** The subgraph's database `grassroots_<subgraph>` on the server of `serverUrl`. */
function subgraphDatabase(serverUrl: string, subgraph: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/grassroots_${subgraph}`;
  return url.toString();
}

function replicaUrlsFromEnv(subgraph: string, env: NodeJS.ProcessEnv): string[] {
  const list = (value: string | undefined) => (value ?? '').split(',').map((url) => url.trim()).filter(Boolean);
  const own = list(env[`${subgraph.toUpperCase()}_DATABASE_REPLICA_URLS`]);
  if (own.length > 0) return own;
  return list(env.DATABASE_REPLICA_URLS).map((server) => subgraphDatabase(server, subgraph));
}

function poolFromEnv(env: NodeJS.ProcessEnv): PoolSettings {
  const read = (value: string | undefined, name: string, fallback: number, least: number): number => {
    if (value === undefined || value === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < least) throw new Error(`${name} must be an integer ≥ ${least}, got "${value}"`);
    return number;
  };
  const pool = {
    min: read(env.DATABASE_POOL_MIN, 'DATABASE_POOL_MIN', DEFAULT_POOL.min, 0),
    max: read(env.DATABASE_POOL_MAX, 'DATABASE_POOL_MAX', DEFAULT_POOL.max, 1),
    idleTimeoutMs: read(env.DATABASE_POOL_IDLE_MS, 'DATABASE_POOL_IDLE_MS', DEFAULT_POOL.idleTimeoutMs, 1),
  };
  if (pool.min > pool.max) throw new Error(`DATABASE_POOL_MIN (${pool.min}) must not exceed DATABASE_POOL_MAX (${pool.max})`);
  return pool;
}

export interface OrmSettings {
  readonly entities: EntityClass<object>[];
  readonly location: DatabaseLocation;
  readonly queryLog?: QueryLog;
  /**
   * The subgraph's committed PostgreSQL migrations, oldest first (`subgraphs/<name>/migrations/index.ts`).
   * An explicit list rather than a folder glob, so the same classes load from TypeScript (jest, swc)
   * and from the compiled `dist/`. Required to open a PostgreSQL database; unused on libSQL.
   */
  readonly migrations?: readonly MigrationObject[];
}

/** Name of the table in which the Migrator records the migrations it has run. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

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
    const pool = settings.location.pool ?? DEFAULT_POOL;
    return {
      ...common,
      driver: ReadRoutingPostgreSqlDriver,
      clientUrl: settings.location.url,
      pool: { min: pool.min, max: pool.max, idleTimeoutMillis: pool.idleTimeoutMs },
      // Each replica gets a pool of the same size. Reads outside a transaction go to one of them at
      // random, except while a mutation runs (kit/orm/read-routing.ts); transactions and writes
      // always use the primary.
      replicas: (settings.location.replicaUrls ?? []).map((url, index) => ({ name: `replica-${index + 1}`, clientUrl: url })),
      preferReadReplicas: true,
      extensions: [Migrator],
      migrations: {
        tableName: MIGRATIONS_TABLE,
        migrationsList: [...(settings.migrations ?? [])],
        // Every pending migration in one transaction: PostgreSQL has transactional DDL, so a failed
        // migration leaves the database as it was.
        transactional: true,
        allOrNothing: true,
        // New migrations are diffed against a scratch database that ran the existing ones
        // (scripts/migration-create.ts), not against a snapshot file.
        snapshot: false,
        emit: 'ts',
        silent: true,
      },
    };
  }
  if (settings.location.file !== ':memory:') mkdirSync(join(settings.location.file, '..'), { recursive: true });
  // Statements run on a worker thread, so a long one does not hold the event loop (health checks,
  // other requests); the driver, its SQL and its single connection are otherwise MikroORM's own.
  return { ...common, driver: BoundLibSqlDriver, dbName: settings.location.file, driverOptions: { client: OffLoopLibSqlDialect } };
}

/**
 * Connects, creating the database if needed, and brings its tables up to date:
 * - PostgreSQL (production): runs the subgraph's pending committed migrations, all in one transaction.
 * - embedded libSQL: the schema generator creates the tables in an empty file and leaves an existing
 *   file alone. libSQL is the zero-setup demo/dev path (`npm start` on a bare machine), so it has no
 *   migration history; after a change to the entities, delete `data/` and it is reseeded. (Diffing
 *   instead is not safe here: MikroORM 6.6.16 misreads SQLite enum checks and would rebuild
 *   tables on every open, which fails on seeded tables with foreign keys.)
 */
/** True when an embedded database has no tables of ours yet. */
async function isEmptyFile(orm: MikroORM): Promise<boolean> {
  const tables: unknown[] = await (orm.em as EntityManager)
    .getConnection()
    .execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'libsql_%'");
  return tables.length === 0;
}

export async function openDatabase(settings: OrmSettings): Promise<MikroORM> {
  const orm = await MikroORM.init(createOrmOptions(settings));
  try {
    // The migration history must be the primary's, not a replica's that is behind.
    await onPrimary(async () => {
      await orm.schema.ensureDatabase();
      if (settings.location.kind === 'postgresql') await migrate(orm, settings);
      else if (await isEmptyFile(orm)) await orm.schema.createSchema();
    });
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

async function migrate(orm: MikroORM, settings: OrmSettings): Promise<void> {
  const migrations = settings.migrations ?? [];
  if (migrations.length === 0) {
    throw new Error('PostgreSQL schema comes from committed migrations, and none were given (run: npm run migration:create -- <subgraph>)');
  }
  const connection = orm.em.getConnection();
  // Several processes may open the same database at once (replicas, a seed beside its service): one
  // migrates while the others wait on this lock (held until the transaction ends), then find nothing pending.
  await connection.transactional(async (trx) => {
    await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [MIGRATIONS_TABLE], 'all', trx);
    await checkHistory(orm, migrations);
    await orm.migrator.up({ transaction: trx });
  });
}

/** Refuses a database whose migration history does not fit the given migrations. */
async function checkHistory(orm: MikroORM, migrations: readonly MigrationObject[]): Promise<void> {
  const executed = (await orm.migrator.getExecutedMigrations()).map((migration) => migration.name);
  // Migration names start with a UTC timestamp, so they sort in order. One the database ran that is
  // newer than this build's newest is a later build's (a rollback: allowed, like Flyway's "future"
  // migrations); one older than that is missing from this build (removed or squashed): refused.
  const names = migrations.map((migration) => migration.name);
  const newest = [...names].sort().at(-1)!;
  const missing = executed.filter((name) => !names.includes(name) && name < newest);
  if (missing.length > 0) {
    throw new Error(
      `The database ran migrations that this build does not have (${missing.join(', ')}): were committed `
      + 'migrations removed or squashed after a database ran them?',
    );
  }
  if (executed.length > 0) return;
  // A database whose tables were made by the schema generator (before migrations existed) has no
  // migration history: the initial migration would fail on it with "relation already exists".
  // Say what to do instead.
  const tables = new Set(Object.values(orm.getMetadata().getAll()).map((meta) => meta.tableName));
  const existing: { table_name: string }[] = await orm.em.getConnection().execute(
    'select table_name from information_schema.tables where table_schema = current_schema()',
  );
  const clashing = existing.map((row) => row.table_name).filter((name) => tables.has(name));
  if (clashing.length > 0) {
    throw new Error(
      `The database has tables (${clashing.slice(0, 3).join(', ')}…) but no migration history in ${MIGRATIONS_TABLE}: `
      + 'it was created without migrations. Recreate it (and reseed), or, if its schema equals the first migration, '
      + `record that one as run: insert into ${MIGRATIONS_TABLE} (name) values ('${migrations[0].name}')`,
    );
  }
}
