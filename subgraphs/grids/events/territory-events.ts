import type { NewEvent } from '../../../kit/events/domain-event';
import { TerritoryLevel } from '../../../kit/territory/territory-copy';
import { placeUpserted } from '../../../kit/territory/territory-events';
import type { Household } from '../household/household.entity';
import type { Resident } from '../resident/resident.entity';

/** `territory.place.upserted` for a household: where it sits, as each service subgraph's territory copy holds it. */
export function householdUpserted(household: Household): NewEvent {
  const { id, subdistrictId, communityId, compoundId, buildingId, gridId } = household;
  return placeUpserted({ id, level: TerritoryLevel.HOUSEHOLD, subdistrictId, communityId, compoundId, buildingId, householdId: id, gridId });
}

/** `territory.place.upserted` for a resident (registered or moved). */
export function residentUpserted(resident: Resident): NewEvent {
  const { id, subdistrictId, communityId, compoundId, buildingId, householdId, gridId } = resident;
  return placeUpserted({ id, level: TerritoryLevel.RESIDENT, subdistrictId, communityId, compoundId, buildingId, householdId, gridId });
}
