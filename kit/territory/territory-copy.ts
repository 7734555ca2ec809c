import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { validate as isUuid } from 'uuid';
import type { Place } from '../auth/viewer';
import { BadUserInputError } from '../errors';
import { byKeys } from '../loaders';
import { TerritoryLevel } from './territory-level';

/**
 * Where a territorial id sits, as a service subgraph (party, property, elderly, mediation) knows it without calling `grids` (DESIGN:
 * territory ancestry). This module is the only one that reads the `territory` table, so its source
 * (the seed through `seed-territory-copy.ts`; grids' events through `territory-copy-consumer.ts` and
 * the full-pass `territory-sync.ts`, both through `storePlaces`) can change without touching the
 * rest of the subgraph.
 */

// Re-exported: the territory copy's contract is one import for a service subgraph.
export { TerritoryLevel };

/**
 * A read-only copy of one node of the grids tree: its id and the ids of its ancestors. A community's
 * copy holds its households and residents too (thousands of rows), so its compounds, buildings or
 * grids are counted through an index by place and level, never by walking every row of the place.
 */
@Entity({ tableName: 'territory' })
@Index({ properties: ['subdistrictId', 'level'] })
@Index({ properties: ['communityId', 'level'] })
export class TerritoryPlace implements Place {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => TerritoryLevel })
  level!: TerritoryLevel;

  @Property({ type: 'uuid' })
  subdistrictId!: string;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  buildingId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  householdId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  gridId: string | null = null;

  /** WGS-84 latitude of a compound or building (what walking distances are measured from); null elsewhere. */
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;
}

/** The columns of a place, as a source (seed, sync, change feed) delivers it. */
export type PlaceData = Pick<TerritoryPlace, 'id' | 'level' | 'subdistrictId' | 'communityId' | 'compoundId' | 'buildingId' | 'householdId' | 'gridId'>
  & Partial<Pick<TerritoryPlace, 'latitude' | 'longitude'>>;

const PLACE_COLUMNS = ['level', 'subdistrictId', 'communityId', 'compoundId', 'buildingId', 'householdId', 'gridId', 'latitude', 'longitude'] as const;
/** Rows per INSERT: 10 columns × 500 stays far under SQLite's limit on bound variables. */
const WRITE_CHUNK = 500;

export interface StoreCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * Brings the given places up to date in the territory table — the only way anything but the seed
 * writes it. Reads the stored copies of the batch in one statement and writes only new or changed
 * rows (insert … on conflict (id) do update), so a repeated batch writes nothing.
 */
export async function storePlaces(em: EntityManager, places: readonly PlaceData[]): Promise<StoreCounts> {
  if (places.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const stored: PlaceData[] = await em
    .createQueryBuilder(TerritoryPlace)
    .select(['id', ...PLACE_COLUMNS])
    .where({ id: { $in: places.map((place) => place.id) } })
    .execute('all');
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const changed: PlaceData[] = [];
  let inserted = 0;
  for (const place of places) {
    const current = storedById.get(place.id);
    if (!current) inserted += 1;
    else if (PLACE_COLUMNS.every((column) => (current[column] ?? null) === (place[column] ?? null))) continue;
    changed.push(place);
  }
  for (let start = 0; start < changed.length; start += WRITE_CHUNK) {
    const rows = changed.slice(start, start + WRITE_CHUNK).map(({ id, level, subdistrictId, communityId, compoundId, buildingId, householdId, gridId, latitude, longitude }) => ({
      id, level, subdistrictId,
      communityId: communityId ?? null, compoundId: compoundId ?? null, buildingId: buildingId ?? null, householdId: householdId ?? null, gridId: gridId ?? null,
      latitude: latitude ?? null, longitude: longitude ?? null,
    }));
    await em.createQueryBuilder(TerritoryPlace).insert(rows).onConflict('id').merge([...PLACE_COLUMNS]).execute();
  }
  return { inserted, updated: changed.length - inserted, unchanged: places.length - changed.length };
}

/** A territorial node that has at least a community (everything below subdistrict). */
export type CommunityPlace = TerritoryPlace & { communityId: string };

/** Per-request loader of places by id; unknown or malformed ids load as `null`. */
export function placeLoader(em: EntityManager): DataLoader<string, TerritoryPlace | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length ? await em.find(TerritoryPlace, { id: { $in: wellFormed } }) : [];
    return byKeys(ids, rows, (row) => row.id);
  });
}

/**
 * The place of `id`, which must be a known node of one of `levels`; otherwise BAD_USER_INPUT on
 * `field` (an id the territory table does not know is refused, never guessed).
 */
export async function requirePlace(
  loader: DataLoader<string, TerritoryPlace | null>,
  id: string,
  field: string,
  levels: readonly TerritoryLevel[],
): Promise<TerritoryPlace> {
  const place = await loader.load(id);
  if (!place || !levels.includes(place.level)) {
    const what = levels.map((level) => level.toLowerCase()).join(' or ');
    throw new BadUserInputError(field, 'exists', `${field} is not a known ${what}`);
  }
  return place;
}
