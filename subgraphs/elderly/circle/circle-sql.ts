import type { EntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { ServicePointStatus } from '../service-point/service-point-lifecycle';
import type { ServicePointKind } from '../service-point/service-point.entity';
import { CIRCLE_RADIUS_METRES, METRES_PER_DEGREE } from './walking';

/** The columns elders are grouped by: a community's circle, a subdistrict's or the whole district's stats. */
export type CircleScope = 'community_id' | 'subdistrict_id' | null;

/**
 * Straight-line metres between a point `p` and a located row `l` (equirectangular: at 1 km the
 * error is far below a metre), in SQL both PostgreSQL and libSQL evaluate.
 */
const DISTANCE = `sqrt(power((p.latitude - l.lat) * ${METRES_PER_DEGREE}, 2) + power((p.longitude - l.lng) * ${METRES_PER_DEGREE} * cos(radians(l.lat)), 2))`;

/**
 * Open points of `kind` (any kind when null) inside a square of `radius` around `l`: the bounding
 * box lets the (kind, latitude, longitude) index discard far points before any distance is computed.
 */
function joinNearPoints(query: Knex.QueryBuilder, join: 'join' | 'left join', kind: ServicePointKind | null, radius: number): Knex.QueryBuilder {
  const degrees = radius / METRES_PER_DEGREE;
  return query.joinRaw(
    `${join} service_point as p on p.status = ? ${kind ? 'and p.kind = ?' : ''}
     and p.latitude between l.lat - ? and l.lat + ?
     and p.longitude between l.lng - ? / cos(radians(l.lat)) and l.lng + ? / cos(radians(l.lat))`,
    [ServicePointStatus.OPEN, ...(kind ? [kind] : []), degrees, degrees, degrees, degrees],
  );
}

/**
 * Every elder of the chosen groups with the distance to the nearest open point of `kind` within the
 * circle (null when none), located at their building (else its compound). Distances are measured
 * once per building, not per elder: a building's elders share its location.
 */
function nearestElders(knex: Knex, scope: CircleScope, groupIds: readonly string[], kind: ServicePointKind | null): Knex.QueryBuilder {
  const inGroups = (query: Knex.QueryBuilder) => (scope ? query.whereIn(`e.${scope}`, [...groupIds]) : query);
  const located = inGroups(knex
    .from('elder_profile as e')
    .leftJoin('territory as b', 'b.id', 'e.building_id')
    .leftJoin('territory as c', 'c.id', 'e.compound_id')
    .distinct('e.building_id')
    .select(knex.raw('coalesce(b.latitude, c.latitude) as lat'), knex.raw('coalesce(b.longitude, c.longitude) as lng')));
  const byBuilding = joinNearPoints(knex.with('l', located).from('l'), 'left join', kind, CIRCLE_RADIUS_METRES)
    .select('l.building_id', 'l.lat')
    .select(knex.raw(`min(case when ${DISTANCE} <= ? then ${DISTANCE} end) as metres`, [CIRCLE_RADIUS_METRES]))
    .groupBy('l.building_id', 'l.lat');
  return inGroups(knex
    .with('near', byBuilding)
    .from('elder_profile as e')
    .join('near', 'near.building_id', 'e.building_id')
    .select('e.id', 'e.community_id', 'e.subdistrict_id', 'near.lat', 'near.metres'));
}

export interface CircleCounts {
  readonly elders: number;
  readonly covered: number;
  readonly unlocated: number;
}

/**
 * Elders inside and outside the circle of `kind` for many groups in **one** statement, whatever
 * the number of elders: the database measures and counts, nothing but the totals comes back.
 */
export async function circleCounts(em: EntityManager, scope: CircleScope, groupIds: readonly string[], kind: ServicePointKind | null): Promise<Map<string, CircleCounts>> {
  const knex = em.getKnex();
  const query = knex
    .with('n', nearestElders(knex, scope, groupIds, kind))
    .from('n')
    .select(scope ? knex.raw('?? as group_id', [scope]) : knex.raw(`'' as group_id`))
    .select(
      knex.raw('count(*) as elders'),
      knex.raw('sum(case when metres is not null then 1 else 0 end) as covered'),
      knex.raw('sum(case when lat is null then 1 else 0 end) as unlocated'),
    );
  if (scope) query.groupBy(scope);
  const rows: Record<string, unknown>[] = await em.execute(query as never);
  return new Map(rows.map((row) => [String(row.group_id), { elders: Number(row.elders ?? 0), covered: Number(row.covered ?? 0), unlocated: Number(row.unlocated ?? 0) }]));
}

/** One page of a community's elders inside (`covered`) or outside the circle, by profile id, with the total: one statement. */
export async function circleElders(
  em: EntityManager, communityId: string, kind: ServicePointKind, covered: boolean, offset: number, limit: number,
): Promise<{ ids: string[]; totalCount: number }> {
  const knex = em.getKnex();
  const query = knex
    .with('n', nearestElders(knex, 'community_id', [communityId], kind))
    .from('n')
    .select('id', knex.raw('count(*) over () as total'))
    .where((where) => (covered ? where.whereNotNull('metres') : where.whereNull('metres')))
    .orderBy('id')
    .limit(limit)
    .offset(offset);
  const rows: { id: string; total: unknown }[] = await em.execute(query as never);
  return { ids: rows.map((row) => row.id), totalCount: rows.length ? Number(rows[0].total) : 0 };
}

export interface NearbyRow {
  readonly placeId: string;
  readonly pointId: string;
  readonly metres: number;
}

/**
 * The `first` nearest open points of `kind` to each of many places (households, or any territory
 * row), straight line, within the search radius: one statement with a window function.
 */
export async function nearestPoints(
  em: EntityManager, placeIds: readonly string[], kind: ServicePointKind, first: number, radius: number,
): Promise<NearbyRow[]> {
  const knex = em.getKnex();
  const located = knex
    .from('territory as h')
    .leftJoin('territory as b', 'b.id', 'h.building_id')
    .leftJoin('territory as c', 'c.id', 'h.compound_id')
    .select('h.id')
    .select(knex.raw('coalesce(h.latitude, b.latitude, c.latitude) as lat'), knex.raw('coalesce(h.longitude, b.longitude, c.longitude) as lng'))
    .whereIn('h.id', [...placeIds]);
  const ranked = joinNearPoints(knex.with('l', located).from('l'), 'join', kind, radius)
    .select('l.id as place_id', 'p.id as point_id', knex.raw(`${DISTANCE} as metres`))
    .select(knex.raw(`row_number() over (partition by l.id order by ${DISTANCE}, p.id) as place_rank`));
  const query = knex.with('r', ranked).from('r').select('place_id', 'point_id', 'metres')
    .where('place_rank', '<=', first).andWhere('metres', '<=', radius).orderBy(['place_id', 'place_rank']);
  const rows: { place_id: string; point_id: string; metres: unknown }[] = await em.execute(query as never);
  return rows.map((row) => ({ placeId: row.place_id, pointId: row.point_id, metres: Number(row.metres) }));
}
