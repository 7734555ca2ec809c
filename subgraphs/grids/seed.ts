import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { placeOf } from '../../kit/auth/viewer';
import { householdsIn } from '../../kit/demo/household-counts';
import { demoId } from '../../kit/demo/ids';
import { BulkInserter, runSeed } from '../../kit/demo/seed-runner';
import type { DemoTerritory } from '../../kit/demo/types';
import { Building } from './building/building.entity';
import { BuildingStewardAppointment, BuildingStewardRole } from './building/building-steward-appointment.entity';
import { demoStewards } from './building/seed-stewards';
import { Community, CommunityKind } from './community/community.entity';
import { Compound } from './compound/compound.entity';
import { District } from './district/district.entity';
import { gridsEntities } from './entities';
import { gridsMigrations } from './migrations';
import { Grid, GridKind } from './grid/grid.entity';
import { GridWorker, GridWorkerAssignment, GridWorkerRole } from './grid-worker/grid-worker.entity';
import { LinkedHousehold } from './grid-worker/linked-household.entity';
import { Household } from './household/household.entity';
import { Gender, Resident } from './resident/resident.entity';
import { Subdistrict, SubdistrictKind } from './subdistrict/subdistrict.entity';
import { seedGridEvents } from './grid-event/seed-events';

/** The same instant for every seeded row, so repeated seeds are identical. */
const SEEDED_AT = new Date('2026-01-01T00:00:00Z');

/** Writes the demo territory: the tree, every household and resident, grids and grid workers. */
export async function seedGrids(em: EntityManager, territory: DemoTerritory): Promise<void> {
  const rows = new BulkInserter(em);
  await rows.add(District, { ...territory.district });
  for (const subdistrict of territory.subdistricts) {
    await rows.add(Subdistrict, { ...subdistrict, kind: subdistrict.kind as SubdistrictKind });
  }
  for (const community of territory.communities) {
    const { districtId: _district, ...fields } = community;
    await rows.add(Community, { ...fields, kind: community.kind as CommunityKind });
  }
  for (const compound of territory.compounds) await rows.add(Compound, { ...compound });
  for (const grid of territory.grids) {
    const { compoundIds: _compounds, buildingIds: _buildings, ...fields } = grid;
    await rows.add(Grid, { ...fields, kind: grid.kind as GridKind });
  }
  await rows.flush();
  for (const building of rows.through(territory.buildings, householdsIn, 'buildings')) {
    // One building's people at a time: its steward and head are chosen among them before it is written.
    const households = [...territory.households(building)].map((household) => ({ household, residents: [...territory.residents(household)] }));
    const posts = demoStewards(building, households.flatMap((entry) => entry.residents));
    const { roomsPerFloor: _rooms, ...fields } = building;
    await rows.add(Building, { ...fields, ...posts });
    for (const { household, residents } of households) {
      await rows.add(Household, { ...household, floor: Math.floor(Number(household.room) / 100), registeredAt: SEEDED_AT });
      for (const resident of residents) {
        await rows.add(Resident, { ...resident, gender: resident.gender as Gender, registeredAt: SEEDED_AT });
      }
    }
    for (const [role, residentId] of [[BuildingStewardRole.STEWARD, posts.stewardId], [BuildingStewardRole.HEAD, posts.headId]] as const) {
      if (residentId === null) continue;
      await rows.add(BuildingStewardAppointment, {
        ...placeOf(building), id: demoId([building.id, role]), buildingId: building.id, role, residentId, appointedBy: 'seed', appointedAt: SEEDED_AT,
      });
    }
  }
  await rows.flush();
  for (const grid of territory.grids) {
    for (const worker of territory.gridWorkers(grid)) {
      const { linkedHouseholdIds, ...fields } = worker;
      await rows.add(GridWorker, {
        ...fields,
        role: worker.role as GridWorkerRole,
        assignment: worker.assignment as GridWorkerAssignment,
      });
      for (const householdId of linkedHouseholdIds) {
        await rows.add(LinkedHousehold, { id: demoId([worker.id, householdId]), gridWorkerId: worker.id, householdId, linkedAt: SEEDED_AT });
      }
    }
  }
  await rows.flush();
  await seedGridEvents(rows, territory);
}

if (require.main === module) {
  runSeed({ name: 'grids', entities: gridsEntities, migrations: gridsMigrations }, async (em) => (await em.count(District)) === 0, seedGrids).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
