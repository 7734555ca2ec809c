/**
 * Windowed pagination (kit's PageLoaders: one statement for every parent's page) against its
 * peer, the per-parent query a resolver would run without it (a page query and a count per
 * parent). Both read the same pages from the same seeded database in the same run; the figure
 * that matters is the ratio. Run: `npm run bench`.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/knex';
import { SortDirection } from '../kit/connection/connection';
import { loadPages, type PageQuery } from '../kit/connection/page-loader';
import { generateTerritory } from '../kit/demo/territory';
import type { Scale } from '../kit/demo/types';
import { createTestDatabase } from '../kit/testing/test-database';
import { gridsEntities } from '../subgraphs/grids/entities';
import { Household } from '../subgraphs/grids/household/household.entity';
import { seedGrids } from '../subgraphs/grids/seed';

const ROUNDS = 5;
const query: PageQuery<Household> = {
  where: {},
  orderBy: [['unit', SortDirection.ASC], ['floor', SortDirection.ASC], ['room', SortDirection.ASC]],
  first: 20,
  offset: 0,
};

async function perParent(em: EntityManager, buildingIds: readonly string[]) {
  return Promise.all(
    buildingIds.map(async (buildingId) => ({
      items: await em.find(Household, { buildingId }, { orderBy: { unit: 'asc', floor: 'asc', room: 'asc', id: 'asc' }, limit: query.first + 1 }),
      totalCount: await em.count(Household, { buildingId }),
    })),
  );
}

async function time(label: string, work: () => Promise<unknown>, statements: () => number): Promise<number> {
  const samples: number[] = [];
  let count = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const before = statements();
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
    count = statements() - before;
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(28)} median ${median.toFixed(1).padStart(8)} ms   ${String(count).padStart(5)} statements`);
  return median;
}

async function main(): Promise<void> {
  const scale = (process.argv[2] ?? 'demo') as Scale;
  const territory = generateTerritory(scale);
  const database = await createTestDatabase('bench', gridsEntities);
  try {
    const seeding = performance.now();
    await database.orm.em.fork().transactional((em) => seedGrids(em as EntityManager, territory));
    console.log(`seeded ${scale} (${territory.buildings.length} buildings) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    const buildingIds = territory.buildings.map((building) => building.id);
    const statements = () => database.queryLog.count;
    const windowed = await time('windowed (PageLoaders)', () => loadPages(database.orm.em.fork() as EntityManager, Household, 'buildingId', buildingIds, query), statements);
    const naive = await time('per parent (peer)', () => perParent(database.orm.em.fork() as EntityManager, buildingIds), statements);
    console.log(`first ${query.first} households of each of ${buildingIds.length} buildings: windowed is ${(naive / windowed).toFixed(1)}× the peer's speed`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
