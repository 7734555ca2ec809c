import type { EntityManager } from '@mikro-orm/knex';
import { Max, Min } from 'class-validator';
import { validate as isUuid } from 'uuid';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, type ConnectionValue } from '../../../kit/connection/connection';
import { encodeKeysetCursor, keysetAfter } from '../../../kit/connection/keyset';
import { BadUserInputError } from '../../../kit/errors';
import { Building } from '../building/building.entity';
import { Community } from '../community/community.entity';
import { Compound } from '../compound/compound.entity';
import { Household } from '../household/household.entity';
import { Resident } from '../resident/resident.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';

/** Levels of the tree a service subgraph keeps a copy of, parents first (the export's order). */
export enum TerritoryLevel {
  SUBDISTRICT = 'SUBDISTRICT',
  COMMUNITY = 'COMMUNITY',
  COMPOUND = 'COMPOUND',
  BUILDING = 'BUILDING',
  HOUSEHOLD = 'HOUSEHOLD',
  RESIDENT = 'RESIDENT',
}
registerEnumType(TerritoryLevel, { name: 'TerritoryLevel', description: 'Level of a place in the territorial tree (层级)' });

@ObjectType({ description: 'One node of the territorial tree with the ids of its ancestors, for the territory copy each service subgraph keeps (属地索引)' })
export class TerritoryPlace {
  @Field(_type => ID, { description: 'Id of the subdistrict, community, compound, building, household or resident' })
  id!: string;

  @Field(_type => TerritoryLevel, { description: 'What the id is (层级)' })
  level!: TerritoryLevel;

  @Field(_type => ID, { description: 'Subdistrict (街道)' })
  subdistrictId!: string;

  @Field(_type => ID, { nullable: true, description: 'Community (社区); null for a subdistrict' })
  communityId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Compound (小区); null above compounds' })
  compoundId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Building (楼栋); null above buildings' })
  buildingId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Household (户); null above households' })
  householdId!: string | null;

  @Field(_type => ID, { nullable: true, description: 'Grid (网格) of the building; null above buildings' })
  gridId!: string | null;
}

/** Page size of the export. A machine reading ~3M rows: 100 a page would be 30,000 round trips. */
export const DEFAULT_TERRITORY_PAGE = 500;
export const MAX_TERRITORY_PAGE = 1000;

@ArgsType()
export class TerritoryPlacesArgs {
  @Field(_type => Int, {
    defaultValue: DEFAULT_TERRITORY_PAGE,
    description: `Page size, 1–${MAX_TERRITORY_PAGE}: above the usual 100 because only machine callers read this list, and they read all of it`,
  })
  @Min(1)
  @Max(MAX_TERRITORY_PAGE)
  first: number = DEFAULT_TERRITORY_PAGE;

  @Field(_type => String, { nullable: true, description: 'Cursor after which the page starts (a keyset cursor: constant cost at any depth)' })
  after?: string | null;
}

/** The value `territoryPlaces` resolves to; `totalCount` is counted only when asked for. */
export type TerritoryPlacePage = Omit<ConnectionValue<TerritoryPlace>, 'totalCount'>;

@ObjectType({ description: 'A page of the territorial tree, parents first (subdistricts, communities, compounds, buildings, households, residents), each level by id' })
export class TerritoryPlaceConnection extends Connection(TerritoryPlace) {}

type Row = Record<string, string | null>;

/** Each level's table and how its row becomes a place (the ancestry columns it has). */
const LEVELS: readonly { level: TerritoryLevel; entity: Function; columns: readonly string[]; place(row: Row): TerritoryPlace }[] = [
  {
    level: TerritoryLevel.SUBDISTRICT, entity: Subdistrict, columns: ['id'],
    place: (row) => place(TerritoryLevel.SUBDISTRICT, { ...row, subdistrictId: row.id }),
  },
  {
    level: TerritoryLevel.COMMUNITY, entity: Community, columns: ['id', 'subdistrictId'],
    place: (row) => place(TerritoryLevel.COMMUNITY, { ...row, communityId: row.id }),
  },
  {
    level: TerritoryLevel.COMPOUND, entity: Compound, columns: ['id', 'subdistrictId', 'communityId'],
    place: (row) => place(TerritoryLevel.COMPOUND, { ...row, compoundId: row.id }),
  },
  {
    level: TerritoryLevel.BUILDING, entity: Building, columns: ['id', 'subdistrictId', 'communityId', 'compoundId', 'gridId'],
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
  return {
    id: row.id!,
    level,
    subdistrictId: row.subdistrictId!,
    communityId: row.communityId ?? null,
    compoundId: row.compoundId ?? null,
    buildingId: row.buildingId ?? null,
    householdId: row.householdId ?? null,
    gridId: row.gridId ?? null,
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
  const [row] = await em.getConnection().execute<{ total: number | string }[]>(sum);
  return Number(row.total);
}
