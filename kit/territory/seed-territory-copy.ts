import { householdsIn } from '../demo/household-counts';
import type { BulkInserter } from '../demo/seed-runner';
import type { DemoTerritory } from '../demo/types';
import { TerritoryLevel, TerritoryPlace, type PlaceData } from './territory-copy';

type Ancestry = {
  id: string; subdistrictId: string; communityId?: string; compoundId?: string; buildingId?: string; householdId?: string; gridId?: string;
  latitude?: number; longitude?: number;
};

/** A territory row: the ancestry columns of a generator object, and its location where it has one (compounds, buildings). */
function place(level: TerritoryLevel, fields: Ancestry): PlaceData {
  const { id, subdistrictId, communityId = null, compoundId = null, buildingId = null, householdId = null, gridId = null, latitude = null, longitude = null } = fields;
  return { id, level, subdistrictId, communityId, compoundId, buildingId, householdId, gridId, latitude, longitude };
}

/**
 * Writes a service subgraph's territory copy of a demo territory, every level parents first: what
 * the grids subgraph holds for the same territory, so ids line up without cross-database access.
 */
export async function seedTerritoryCopy(rows: BulkInserter, territory: DemoTerritory): Promise<void> {
  for (const subdistrict of territory.subdistricts) {
    await rows.add(TerritoryPlace, place(TerritoryLevel.SUBDISTRICT, { id: subdistrict.id, subdistrictId: subdistrict.id }));
  }
  for (const community of territory.communities) {
    await rows.add(TerritoryPlace, place(TerritoryLevel.COMMUNITY, { id: community.id, subdistrictId: community.subdistrictId, communityId: community.id }));
  }
  for (const compound of territory.compounds) {
    await rows.add(TerritoryPlace, place(TerritoryLevel.COMPOUND, {
      id: compound.id, subdistrictId: compound.subdistrictId, communityId: compound.communityId, compoundId: compound.id,
      latitude: compound.latitude, longitude: compound.longitude,
    }));
  }
  for (const building of rows.through(territory.buildings, householdsIn, 'territory copy')) {
    await rows.add(TerritoryPlace, place(TerritoryLevel.BUILDING, { ...building, buildingId: building.id }));
    for (const household of territory.households(building)) {
      await rows.add(TerritoryPlace, place(TerritoryLevel.HOUSEHOLD, { ...household, householdId: household.id }));
      for (const resident of territory.residents(household)) {
        await rows.add(TerritoryPlace, place(TerritoryLevel.RESIDENT, { ...resident }));
      }
    }
  }
}
