import type { DemoBuilding, DemoTerritory } from './types';

/** Households in a building, one to a room: known from its shape, without expanding it. */
export function householdsIn(building: Pick<DemoBuilding, 'units' | 'floors' | 'roomsPerFloor'>): number {
  return building.units * building.floors * building.roomsPerFloor;
}

/** Households in each place of one level (every community, say), by its id, without expanding a building. */
export function householdsPer(territory: DemoTerritory, level: 'subdistrictId' | 'communityId' | 'compoundId'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const building of territory.buildings) counts.set(building[level], (counts.get(building[level]) ?? 0) + householdsIn(building));
  return counts;
}
