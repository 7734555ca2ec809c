import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { validate as isUuid } from 'uuid';
import type { Place } from '../../../kit/auth/viewer';
import { byKeys } from '../../../kit/loaders';
import { BadUserInputError } from '../../../kit/errors';

/**
 * Where a territorial id sits, as the party subgraph knows it without calling `grids` (DESIGN:
 * territory ancestry). This module is the only one that reads the `territory` table, so its source
 * (seed today, a sync or change feed later) can change without touching the rest of the subgraph.
 */
export enum TerritoryLevel {
  SUBDISTRICT = 'SUBDISTRICT',
  COMMUNITY = 'COMMUNITY',
  COMPOUND = 'COMPOUND',
  BUILDING = 'BUILDING',
  HOUSEHOLD = 'HOUSEHOLD',
  RESIDENT = 'RESIDENT',
}

/** A read-only copy of one node of the grids tree: its id and the ids of its ancestors. */
@Entity({ tableName: 'territory' })
export class TerritoryPlace implements Place {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => TerritoryLevel })
  level!: TerritoryLevel;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  communityId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  buildingId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  gridId: string | null = null;
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
