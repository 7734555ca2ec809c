import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { seedDatabase } from '../kit/demo/seed-runner';
import { generateTerritory } from '../kit/demo/territory';
import type { DemoTerritory } from '../kit/demo/types';
import { openDatabase, type DatabaseLocation } from '../kit/orm/orm-options';
import { seededMarkerOf } from '../kit/orm/seeded-marker';
import { Building } from '../subgraphs/grids/building/building.entity';
import { District } from '../subgraphs/grids/district/district.entity';
import { GridWorker } from '../subgraphs/grids/grid-worker/grid-worker.entity';
import { gridsEntities } from '../subgraphs/grids/entities';
import { Household } from '../subgraphs/grids/household/household.entity';
import { gridsMigrations } from '../subgraphs/grids/migrations';
import { Resident } from '../subgraphs/grids/resident/resident.entity';
import { seedGrids } from '../subgraphs/grids/seed';

/**
 * A seed commits as it goes on an embedded database (one transaction around a city held gigabytes
 * in libSQL), so a seed that stops part-way leaves rows behind. It must never count as seeded: the
 * next `--if-empty` start refuses the file until it is reseeded on purpose. On PostgreSQL the seed
 * is one transaction and a failed one leaves the database empty.
 */
const grids = { name: 'grids', entities: gridsEntities, migrations: gridsMigrations };
const isEmpty = async (em: EntityManager) => (await em.count(District)) === 0;
const territory = generateTerritory('tiny');

/**
 * The tiny territory, with the seed stopped (as a crash or Ctrl-C would) at its third grid's workers:
 * after the buildings, households and residents were written, before the seed's end.
 */
function stoppingPartWay(em: EntityManager, whole: DemoTerritory): Promise<void> {
  let staffed = 0;
  return seedGrids(em, {
    ...whole,
    gridWorkers: grid => {
      if (++staffed > 2) throw new Error('the seed was stopped');
      return whole.gridWorkers(grid);
    },
  });
}

/** Counted from the generator: every building, each room a household, each household its residents, each grid its workers. */
function generated() {
  const households = territory.buildings.flatMap(building => [...territory.households(building)]);
  const residents = households.reduce((sum, household) => sum + [...territory.residents(household)].length, 0);
  const workers = territory.grids.reduce((sum, grid) => sum + territory.gridWorkers(grid).length, 0);
  return { buildings: territory.buildings.length, households: households.length, residents, workers };
}

async function counts(location: DatabaseLocation) {
  const orm = await openDatabase({ entities: gridsEntities, migrations: gridsMigrations, location });
  try {
    const em = orm.em.fork() as EntityManager;
    return {
      buildings: await em.count(Building),
      households: await em.count(Household),
      residents: await em.count(Resident),
      workers: await em.count(GridWorker),
    };
  } finally {
    await orm.close(true);
  }
}

const serverUrl = process.env.TEST_DATABASE_URL;

(serverUrl ? describe.skip : describe)('a seed stopped part-way on an embedded database', () => {
  // Made when the test runs: a skipped block (on PostgreSQL) leaves no folder behind.
  let dataDir = '';
  afterAll(() => dataDir && rmSync(dataDir, { recursive: true, force: true }));

  it('leaves no marker, is refused by the next --if-empty start, and a reseed writes every generated row', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'unfinished-seed-'));
    const file = join(dataDir, 'grids.db');
    const location: DatabaseLocation = { kind: 'embedded', file };
    const all = generated();
    // Commits every 50 rows: the stop comes after several commits, as at city scale after minutes.
    await expect(seedDatabase(grids, isEmpty, stoppingPartWay, { scale: 'tiny', mode: 'if-empty', location, commitEvery: 50 })).rejects.toThrow(
      'the seed was stopped',
    );
    expect(existsSync(seededMarkerOf(file))).toBe(false);
    // Committed before the stop: every household, and not every worker (only the marker tells this file from a seeded one).
    const partial = await counts(location);
    expect(partial).toMatchObject({ buildings: all.buildings, households: all.households, residents: all.residents });
    expect(partial.workers).toBeLessThan(all.workers);

    // What `npm start` runs next: the file is neither empty nor seeded.
    await expect(seedDatabase(grids, isEmpty, seedGrids, { scale: 'tiny', mode: 'if-empty', location })).rejects.toThrow(
      `grids: the database file ${file} holds rows but no ${seededMarkerOf(file)}: its seed did not finish`,
    );
    await expect(seedDatabase(grids, isEmpty, seedGrids, { scale: 'tiny', mode: 'if-empty', location })).rejects.toThrow('npm start -- --reseed grids');
    expect(existsSync(seededMarkerOf(file))).toBe(false);
    expect(await counts(location)).toEqual(partial);

    // The explicit choice: reseed; then --if-empty leaves it alone.
    await seedDatabase(grids, isEmpty, seedGrids, { scale: 'tiny', mode: 'reseed', location, commitEvery: 50 });
    expect(existsSync(seededMarkerOf(file))).toBe(true);
    expect(await counts(location)).toEqual(all);
    await seedDatabase(grids, isEmpty, seedGrids, { scale: 'tiny', mode: 'if-empty', location });
    expect(await counts(location)).toEqual(all);
  }, 120_000);
});

(serverUrl ? describe : describe.skip)('a seed stopped part-way on PostgreSQL', () => {
  const name = `test_unfinished_seed_${randomUUID().slice(0, 8)}`;
  const url = new URL(serverUrl ?? 'postgres://unused');
  url.pathname = `/${name}`;
  const location: DatabaseLocation = { kind: 'postgresql', url: url.toString() };
  afterAll(async () => {
    const orm = await openDatabase({ entities: gridsEntities, migrations: gridsMigrations, location });
    await orm.schema.dropDatabase(name);
    await orm.close(true);
  });

  it('leaves the database empty (one transaction), so the next --if-empty start seeds every generated row', async () => {
    await expect(seedDatabase(grids, isEmpty, stoppingPartWay, { scale: 'tiny', mode: 'if-empty', location })).rejects.toThrow('the seed was stopped');
    expect(await counts(location)).toEqual({ buildings: 0, households: 0, residents: 0, workers: 0 });
    await seedDatabase(grids, isEmpty, seedGrids, { scale: 'tiny', mode: 'if-empty', location });
    expect(await counts(location)).toEqual(generated());
  }, 120_000);
});
