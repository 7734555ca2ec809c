import { parseArgs } from 'node:util';
import type { EntityClass, EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { BaseContext } from '../context';
import type { SubgraphDefinition } from '../subgraph';
import { createLogger } from '../http/logger';
import { progressLine } from '../progress';
import { copyRows } from '../orm/copy-rows';
import { withIndexesAfter } from '../orm/deferred-indexes';
import { databaseLocationFromEnv, openDatabase, type DatabaseLocation } from '../orm/orm-options';
import { onPrimary } from '../orm/read-routing';
import { isMarkedSeeded, markSeeded, removeEmbeddedDatabase, requireSeededFile, UnfinishedSeedError } from '../orm/seeded-marker';
import { generateTerritory } from './territory';
import type { DemoTerritory, Scale } from './types';

const SCALES: readonly Scale[] = ['tiny', 'demo', 'city'];
/** Rows per INSERT: well under SQLite's limit on bound variables for our widest table. */
const CHUNK = 500;
/** Rows per COPY on PostgreSQL, which has no such limit: fewer round trips, each a few hundred KB. */
const COPY_CHUNK = 5_000;
/**
 * Rows per transaction on an embedded database. libSQL keeps what an open transaction wrote in the
 * process's memory, so one transaction around a city (3.7M rows for grids) peaked at 5.9 GB; a commit
 * every 50,000 rows keeps the seed's memory flat (the same peak as every 5,000 at demo), and each
 * commit rewrites the index pages it touched, so fewer commits write less (a 5,000-row commit wrote
 * 72 GB for grids' 2.6 GB city file; 50,000 writes 63 % less at demo). The `.seeded` marker written
 * at the end tells a finished seed from one that stopped part-way.
 */
export const EMBEDDED_COMMIT_ROWS = 50_000;

type Progress = ReturnType<typeof progressLine>;

/** What a seed running on an entity manager shares with the BulkInserter its subgraph makes from it. */
interface SeedRun {
  readonly progress: Progress;
  /** commit (and begin anew) after this many rows; undefined: one transaction around the whole seed */
  readonly commitEvery?: number;
  rows: number;
}

/**
 * The seed running on an entity manager, found by that manager: each subgraph's seed makes its own
 * BulkInserter from the manager it is handed, and needs to know nothing.
 */
const seedRuns = new WeakMap<EntityManager, SeedRun>();

/** Buffers rows per entity and writes them in bulk (COPY, or multi-row INSERTs): seeding a city is millions of rows. */
export class BulkInserter {
  private readonly pending = new Map<EntityClass<object>, object[]>();
  private readonly run: SeedRun | undefined;
  /** PostgreSQL: rows go in with COPY (kit/orm/copy-rows.ts); libSQL: multi-row INSERTs. */
  private readonly copies: boolean;
  private readonly chunk: number;
  private uncommitted = 0;

  constructor(private readonly em: EntityManager) {
    this.run = seedRuns.get(em);
    this.copies = em.getPlatform() instanceof PostgreSqlPlatform;
    this.chunk = this.copies ? COPY_CHUNK : CHUNK;
  }

  async add<T extends object>(entity: EntityClass<T>, row: EntityData<T>): Promise<void> {
    const rows = this.pending.get(entity) ?? [];
    rows.push(row);
    this.pending.set(entity, rows);
    // Everything buffered goes together, parents first, so foreign keys always find their row.
    if (rows.length >= this.chunk) await this.flush();
  }

  /**
   * Writes what is buffered, in the order the entity types were first added (parents first), and
   * commits when enough rows are waiting — only here, between whole flushes, so every commit leaves
   * each row's parents written.
   */
  async flush(): Promise<void> {
    for (const entity of this.pending.keys()) await this.flushEntity(entity);
    const every = this.run?.commitEvery;
    if (every === undefined || this.uncommitted < every) return;
    await this.em.commit();
    await this.em.begin();
    this.uncommitted = 0;
  }

  /**
   * Walks `items` (a pass of the seed: buildings, communities…), each `weight` of the work
   * (households, known before any row is made), and shows the pass's share done and time left on the
   * seed's progress line, as `of`. The rows each item gives are not known in advance; the households are.
   */
  *through<T>(items: readonly T[], weight: (item: T) => number, of: string): Generator<T> {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let done = 0;
    this.run?.progress.reached(0, of);
    for (const item of items) {
      yield item;
      done += weight(item);
      this.run?.progress.reached(total > 0 ? done / total : 1, of);
    }
  }

  private async flushEntity(entity: EntityClass<object>): Promise<void> {
    const rows = this.pending.get(entity);
    if (!rows?.length) return;
    this.pending.set(entity, []);
    if (!(this.copies && (await copyRows(this.em, entity, rows)))) await this.em.insertMany(entity, rows);
    this.uncommitted += rows.length;
    if (this.run) this.run.rows += rows.length;
    this.run?.progress.tick(rows.length);
  }
}

type SeedSubgraph = Pick<SubgraphDefinition<BaseContext>, 'name' | 'entities' | 'migrations'>;
type IsEmpty = (em: EntityManager) => Promise<boolean>;
type Seed = (em: EntityManager, territory: DemoTerritory) => Promise<void>;

export interface SeedOptions {
  readonly scale: Scale;
  /** `if-empty`: leave a seeded database alone; `reseed`: delete an embedded database and seed it anew; neither: seed */
  readonly mode?: 'if-empty' | 'reseed';
  readonly location: DatabaseLocation;
  /** rows per transaction on an embedded database (tests make it small to stop a seed between commits) */
  readonly commitEvery?: number;
}

/**
 * Command-line entry of a subgraph's seed script: `--scale tiny|demo|city` (default demo, or
 * `SCALE`), `--if-empty` to leave a seeded database alone (what `npm start` passes), `--reseed` to
 * delete an embedded database and seed it anew (`npm start -- --reseed <subgraph>`).
 */
export async function runSeed(subgraph: SeedSubgraph, isEmpty: IsEmpty, seed: Seed): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' }, 'if-empty': { type: 'boolean' }, reseed: { type: 'boolean' } } });
  const scale = (values.scale ?? process.env.SCALE ?? 'demo') as Scale;
  if (!SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}`);
  const mode = values.reseed ? 'reseed' : values['if-empty'] ? 'if-empty' : undefined;
  await seedDatabase(subgraph, isEmpty, seed, { scale, mode, location: databaseLocationFromEnv(subgraph.name) });
}

/**
 * Seeds a subgraph's database. On PostgreSQL the whole seed is one transaction: a seed that fails
 * leaves the database empty; its foreign keys and secondary indexes are made again after the rows
 * are in (kit/orm/deferred-indexes.ts). On an embedded database it commits every `commitEvery` rows and writes
 * the `.seeded` marker last, so a seed that failed or was stopped leaves rows without a marker:
 * `if-empty` refuses such a file (it is not seeded, and not empty) until it is reseeded on purpose,
 * and a seeded database whose file is missing is refused likewise (kit/orm/seeded-marker.ts).
 */
export async function seedDatabase(subgraph: SeedSubgraph, isEmpty: IsEmpty, seed: Seed, options: SeedOptions): Promise<void> {
  const { scale, mode, location } = options;
  const log = createLogger(`${subgraph.name}-seed`);
  if (mode === 'reseed') {
    if (location.kind !== 'embedded') {
      throw new Error(`${subgraph.name}: --reseed deletes an embedded database file; on PostgreSQL drop and recreate the database yourself, then seed it`);
    }
    removeEmbeddedDatabase(location.file);
    log.warn({ file: location.file }, 'reseeding: the database file was deleted');
  } else requireSeededFile(subgraph.name, location);
  const orm = await openDatabase({ entities: subgraph.entities, migrations: subgraph.migrations, location });
  try {
    const em = orm.em.fork() as EntityManager;
    // Primary: a replica behind it could call a seeded database empty.
    if (mode === 'if-empty' && !(await onPrimary(() => isEmpty(em)))) {
      if (location.kind === 'embedded' && !isMarkedSeeded(location.file)) throw new UnfinishedSeedError(subgraph.name, location.file);
      log.info('already seeded');
      return;
    }
    const started = Date.now();
    // A city takes minutes: a line on a terminal shows how far it is (nothing in logs and CI).
    const progress = progressLine(undefined, `${subgraph.name} rows`, undefined, process.stderr);
    const territory = generateTerritory(scale);
    let rows = 0;
    if (location.kind === 'embedded') {
      const run: SeedRun = { progress, commitEvery: options.commitEvery ?? EMBEDDED_COMMIT_ROWS, rows: 0 };
      seedRuns.set(em, run);
      await em.begin();
      try {
        await seed(em, territory);
        await em.commit();
      } catch (error) {
        // The seed's own error is the one to report, not a rollback failing after it.
        if (em.isInTransaction()) await em.rollback().catch(() => undefined);
        progress.done();
        log.error(
          { file: location.file, rows: run.rows },
          `the seed stopped part-way; the file is refused until it is reseeded: npm start -- --reseed ${subgraph.name}`,
        );
        throw error;
      }
      rows = run.rows;
      markSeeded(location.file, scale);
    } else {
      await em.transactional(async tx => {
        const run: SeedRun = { progress, rows: 0 };
        seedRuns.set(tx as EntityManager, run);
        await withIndexesAfter(tx as EntityManager, () => seed(tx as EntityManager, territory));
        rows = run.rows;
      });
    }
    progress.done();
    log.info({ scale, rows, ms: Date.now() - started }, 'seeded');
  } finally {
    await orm.close();
  }
}
