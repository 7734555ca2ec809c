import { validate as isUuid } from 'uuid';
import type { NewEvent } from '../events/domain-event';
import { TerritoryLevel, type PlaceData } from './territory-copy';

/** The grids subgraph's stream, which the territory events travel in. */
export const TERRITORY_STREAM = 'grids';

/** A place of the tree was added or its ancestry changed (household registered, resident moved …); payload: `PlaceData`. */
export const PLACE_UPSERTED = 'territory.place.upserted';
/** A place left the tree; payload: `{ id, level }`. */
export const PLACE_REMOVED = 'territory.place.removed';

export type PlaceRemoved = Pick<PlaceData, 'id' | 'level'>;

const ANCESTORS = ['subdistrictId', 'communityId', 'compoundId', 'buildingId', 'householdId', 'gridId'] as const;

/** The event grids records when a place is added or moves: the place with its ancestors' ids. */
export function placeUpserted(place: PlaceData): NewEvent<PlaceData> {
  const { id, level, subdistrictId, communityId, compoundId, buildingId, householdId, gridId } = place;
  return {
    type: PLACE_UPSERTED,
    aggregateId: id,
    payload: {
      id, level, subdistrictId,
      communityId: communityId ?? null, compoundId: compoundId ?? null, buildingId: buildingId ?? null, householdId: householdId ?? null, gridId: gridId ?? null,
    },
  };
}

export function placeRemoved(place: PlaceRemoved): NewEvent<PlaceRemoved> {
  return { type: PLACE_REMOVED, aggregateId: place.id, payload: { id: place.id, level: place.level } };
}

/** Checks a received removal: a known level and a UUID. */
export function checkRemoved(payload: unknown): PlaceRemoved {
  const place = payload as Partial<Record<keyof PlaceData, unknown>> | null;
  if (!place || typeof place !== 'object' || typeof place.id !== 'string' || !isUuid(place.id)) throw new Error('territory event: id is not a UUID');
  if (!Object.values(TerritoryLevel).includes(place.level as TerritoryLevel)) throw new Error(`territory event ${place.id}: unknown level ${String(place.level)}`);
  return place as PlaceRemoved;
}

/** Checks a received place before it is written: a malformed one fails (and is parked), never stored. */
export function checkPlace(payload: unknown): PlaceData {
  const place = checkRemoved(payload) as Partial<Record<keyof PlaceData, unknown>> & PlaceRemoved;
  if (typeof place.subdistrictId !== 'string' || !isUuid(place.subdistrictId)) throw new Error(`territory event ${place.id}: subdistrictId is not a UUID`);
  for (const key of ANCESTORS) {
    const value = place[key];
    if (value !== null && value !== undefined && (typeof value !== 'string' || !isUuid(value))) throw new Error(`territory event ${place.id}: ${key} is not a UUID`);
  }
  return place as PlaceData;
}
