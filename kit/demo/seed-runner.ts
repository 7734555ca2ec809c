import { parseArgs } from 'node:util';
import type { EntityClass, EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext } from '../context';
import type { SubgraphDefinition } from '../subgraph';
import { createLogger } from '../http/logger';
import { progressLine } from '../progress';
import { databaseLocationFromEnv, openDatabase } from '../orm/orm-options';
import { onPrimary } from '../orm/read-routing';
import { markSeeded, removeEmbeddedDatabase, requireSeededFile } from '../orm/seeded-marker';
import { generateTerritory } from './territory';
import type { DemoTerritory, Scale } from './types';

const SCALES: readonly Scale[] = ['tiny', 'demo', 'city'];
/** Rows per INSERT: well under SQLite's limit on bound variables for our widest table. */
const CHUNK = 500;

type Progress = ReturnType<typeof progressLine>;

/**
 * The progress line of the seed running in a transaction, found by its entity manager: each
 * subgraph's seed makes its own BulkInserter from the manager it is handed, and needs to know nothing.
 */
const seedProgress = new WeakMap<EntityManager, Progress>();

/** Buffers rows per entity and writes them in multi-row INSERTs: seeding a city is millions of rows. */
export class BulkInserter {
  private readonly pending = new Map<EntityClass<object>, object[]>();
  private readonly progress: Progress | undefined;

  constructor(private readonly em: EntityManager) {
    this.progress = seedProgress.get(em);
  }

  async add<T extends object>(entity: EntityClass<T>, row: EntityData<T>): Promise<void> {
    const rows = this.pending.get(entity) ?? [];
    rows.push(row);
    this.pending.set(entity, rows);
    // Everything buffered goes together, parents first, so foreign keys always find their row.
    if (rows.length >= CHUNK) await this.flush();
  }

  /** Writes what is buffered, in the order the entity types were first added (parents first). */
  async flush(): Promise<void> {
    for (const entity of this.pending.keys()) await this.flushEntity(entity);
  }

  private async flushEntity(entity: EntityClass<object>): Promise<void> {
    const rows = this.pending.get(entity);
    if (!rows?.length) return;
    this.pending.set(entity, []);
    await this.em.insertMany(entity, rows);
    this.progress?.tick(rows.length);
  }
}

/**
 * Command-line entry of a subgraph's seed script: `--scale tiny|demo|city` (default demo, or
 * `SCALE`), `--if-empty` to leave a seeded database alone (what `npm start` passes), `--reseed` to
 * delete an embedded database and seed it anew (`npm start -- --reseed <subgraph>`). A seeded
 * embedded database whose file is missing is refused unless `--reseed` (kit/orm/seeded-marker.ts).
 */
export async function runSeed(
  subgraph: Pick<SubgraphDefinition<BaseContext>, 'name' | 'entities' | 'migrations'>,
  isEmpty: (em: EntityManager) => Promise<boolean>,
  seed: (em: EntityManager, territory: DemoTerritory) => Promise<void>,
): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' }, 'if-empty': { type: 'boolean' }, reseed: { type: 'boolean' } } });
  const scale = (values.scale ?? process.env.SCALE ?? 'demo') as Scale;
  if (!SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}`);
  const log = createLogger(`${subgraph.name}-seed`);
  const location = databaseLocationFromEnv(subgraph.name);
  if (values.reseed) {
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
    if (values['if-empty'] && !(await onPrimary(() => isEmpty(em)))) {
      // Databases seeded before the marker existed get theirs here.
      if (location.kind === 'embedded') markSeeded(location.file, scale);
      log.info('already seeded');
      return;
    }
    const started = Date.now();
    // A city takes minutes: a line on a terminal shows how far it is (nothing in logs and CI).
    const progress = progressLine(undefined, `${subgraph.name} rows`, undefined, process.stderr);
    await em.transactional(async (tx) => {
      seedProgress.set(tx as EntityManager, progress);
      await seed(tx as EntityManager, generateTerritory(scale));
    });
    progress.done();
    if (location.kind === 'embedded') markSeeded(location.file, scale);
    log.info({ scale, ms: Date.now() - started }, 'seeded');
  } finally {
    await orm.close();
  }
}
