import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { validate as isUuid } from 'uuid';
import { encodeKeysetCursor, keysetAfter } from '../../../kit/connection/keyset';
import { BadUserInputError } from '../../../kit/errors';
import { TerritoryLevel } from '../../../kit/territory/territory-level';
import { Building } from '../building/building.entity';
import { Community } from '../community/community.entity';
import { Compound } from '../compound/compound.entity';
import { Household } from '../household/household.entity';
import { Resident } from '../resident/resident.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { TerritoryPlacePage } from './territory-place-connection.type';
import { TerritoryPlacesArgs } from './territory-place.input';
import { TerritoryPlace } from './territory-place.type';

type Row = Record<string, string | number | null>;

/** Each level's table and how its row becomes a place (the ancestry columns it has). */
const LEVELS: readonly { level: TerritoryLevel; entity: EntityClass<object>; columns: readonly string[]; place(row: Row): TerritoryPlace }[] = [
  {
    level: TerritoryLevel.SUBDISTRICT, entity: Subdistrict, columns: ['id'],
    place: (row) => place(TerritoryLevel.SUBDISTRICT, { ...row, subdistrictId: row.id }),
  },
  {
    level: TerritoryLevel.COMMUNITY, entity: Community, columns: ['id', 'subdistrictId'],
    place: (row) => place(TerritoryLevel.COMMUNITY, { ...row, communityId: row.id }),
  },
  {
    level: TerritoryLevel.COMPOUND, entity: Compound, columns: ['id', 'subdistrictId', 'communityId', 'latitude', 'longitude'],
    place: (row) => place(TerritoryLevel.COMPOUND, { ...row, compoundId: row.id }),
  },
  {
    level: TerritoryLevel.BUILDING, entity: Building, columns: ['id', 'subdistrictId', 'communityId', 'compoundId', 'gridId', 'latitude', 'longitude'],
    place: (row) => place(TerritoryLevel.BUILDING, { ...row, buildingId: row.id }),
  },
  {
    level: TerritoryLevel.HOUSEHOLD, entity: Household, columns: ['id', 'subdistrictId', 'communityId', 'compoundId', 'buildingId', 'gridId'],
    place: (row) => place(TerritoryLevel.HOUSEHOLD, { ...row, householdId: row.id }),
  },
  {
    level: TerritoryLevel.RESIDENT, entity: Resident, columns: ['id', 'subdistrictId', 'communityId', 'compoundId', 'buildingId', 'householdId', 'gridId'],
    place: (row) => place(TerritoryLevel.RESIDENT, row),
  },
];

function place(level: TerritoryLevel, row: Row): TerritoryPlace {
  const id = (column: string) => (row[column] ?? null) as string | null;
  return {
    id: id('id')!,
    level,
    subdistrictId: id('subdistrictId')!,
    communityId: id('communityId'),
    compoundId: id('compoundId'),
    buildingId: id('buildingId'),
    householdId: id('householdId'),
    gridId: id('gridId'),
    latitude: row.latitude == null ? null : Number(row.latitude),
    longitude: row.longitude == null ? null : Number(row.longitude),
  };
}

/**
 * One page of the tree in (level, id) order with a keyset cursor `[level, id]`: each statement is
 * an index range scan `id > ? order by id limit ?` on one table, reading only the rows it returns
 * (plus one to know a next page exists). A page costs one statement, two or more only where it
 * crosses from one level to the next (at most five extra over a whole export).
 */
export async function loadTerritoryPlaces(em: EntityManager, args: TerritoryPlacesArgs): Promise<TerritoryPlacePage> {
  const cursor = keysetAfter(args.after, 2);
  let start = 0;
  let afterId: string | null = null;
  if (cursor) {
    start = LEVELS.findIndex(({ level }) => level === cursor[0]);
    if (start < 0 || !isUuid(cursor[1])) throw new BadUserInputError('after', 'cursor', 'after must be a cursor returned by this list');
    afterId = cursor[1];
  }
  const places: TerritoryPlace[] = [];
  let hasNextPage = false;
  for (let index = start; index < LEVELS.length && !hasNextPage; index++) {
    const { entity, columns, place: toPlace } = LEVELS[index];
    const wanted = args.first - places.length;
    const rows: Row[] = await em
      .createQueryBuilder(entity.name, 'e')
      .select(columns as string[])
      .where(index === start && afterId !== null ? { id: { $gt: afterId } } : {})
      .orderBy({ id: 'asc' })
      .limit(wanted + 1)
      .execute('all');
    places.push(...rows.slice(0, wanted).map(toPlace));
    hasNextPage = rows.length > wanted;
  }
  const edges = places.map((node) => ({ node, cursor: encodeKeysetCursor([node.level, node.id]) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Places in the whole tree: one statement over the six tables. */
export async function countTerritoryPlaces(em: EntityManager): Promise<number> {
  const tables = LEVELS.map(({ entity }) => em.getMetadata().get(entity.name).tableName);
  const sum = em.getKnex().raw(`select ${tables.map(() => '(select count(*) from ??)').join(' + ')} as total`, tables);
  const [row] = await em.execute<{ total: number | string }[]>(sum);
  return Number(row.total);
}
