import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { PERSONAL_DATA_ROLES } from '../../../kit/auth/personal-data';
import { hasAnyRole, type Viewer } from '../../../kit/auth/viewer';
import { columnOf } from '../../../kit/orm/column-name';
import { complementarySuppression, type Partition } from '../../../kit/stats/complementary-suppression';
import { ratio } from '../../../kit/stats/ratio';
import { Household } from '../household/household.entity';
import { bornOnOrBefore } from '../resident/resident.input';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { ELDERLY_AGE, PopulationStats } from './population-stats.type';

/** The column a level's figures are grouped by: every household and resident row carries them all. */
export type PopulationLevel = 'subdistrictId' | 'communityId' | 'compoundId' | 'buildingId' | 'gridId';

interface Counts {
  households: number;
  residents: number;
  elderly: number;
}

const EMPTY: Counts = { households: 0, residents: 0, elderly: 0 };

/**
 * Figures of place `id` as `viewer` may see them: for viewers who do not work with personal data
 * (BI, partners) the elderly count is hidden where `complementarySuppression` hides it.
 */
export async function visibleTo(id: string, stats: PopulationStats, viewer: Viewer | null, loaders: PopulationLoaders): Promise<PopulationStats> {
  if (hasAnyRole(viewer, PERSONAL_DATA_ROLES)) return stats;
  return (await loaders.hiddenElderly()).has(id) ? { ...stats, elderly: null, elderlyShare: null } : stats;
}

/**
 * The places of the whole tree whose elderly count is hidden from those viewers: the elderly of
 * every building with the places it lies in (one statement), summed up the tree, then suppressed
 * across every partition the API shows — compound and grid into buildings, community into compounds
 * and into grids, subdistrict into communities, district into subdistricts.
 */
async function hiddenElderlyCounts(em: EntityManager): Promise<Set<string>> {
  const knex = em.getKnex();
  const elderly = knex('resident')
    .select('building_id', knex.raw('sum(case when birth_date <= ? then 1 else 0 end) as elderly', [bornOnOrBefore(ELDERLY_AGE)]))
    .groupBy('building_id').as('e');
  const query = knex('building as b').join('subdistrict as s', 's.id', 'b.subdistrict_id').leftJoin(elderly, 'e.building_id', 'b.id')
    .select('b.id as building', 'b.compound_id as compound', 'b.grid_id as grid', 'b.community_id as community', 'b.subdistrict_id as subdistrict', 's.district_id as district', 'e.elderly');
  const rows = await em.execute<Record<string, string | number | null>[]>(query);
  const counts = new Map<string, number>();
  const children = new Map<string, Set<string>>();
  const link = (parent: string, child: string) => (children.get(parent) ?? children.set(parent, new Set()).get(parent)!).add(child);
  for (const row of rows) {
    const places = ['building', 'compound', 'grid', 'community', 'subdistrict', 'district'].map((level) => String(row[level]));
    for (const place of places) counts.set(place, (counts.get(place) ?? 0) + Number(row.elderly ?? 0));
    const [building, compound, grid, community, subdistrict, district] = places;
    link(compound, building);
    link(grid, building);
    link(`${community}/compounds`, compound);
    link(`${community}/grids`, grid);
    link(subdistrict, community);
    link(district, subdistrict);
  }
  const partitions: Partition[] = [...children].map(([key, parts]) => ({ parent: key.split('/')[0], children: [...parts] }));
  return complementarySuppression(counts, partitions);
}

function toStats({ households, residents, elderly }: Counts): PopulationStats {
  return { households, residents, elderly, elderlyShare: ratio(elderly, residents) };
}

/**
 * Two grouped statements (households, residents) for every place of one level asked in a request;
 * written with the ORM's knex, as the other aggregates are, since MikroORM's query builder quotes
 * aggregate expressions as columns.
 */
async function countBy(em: EntityManager, level: PopulationLevel, ids: readonly string[]): Promise<Map<string, Counts>> {
  const knex = em.getKnex();
  // Named the same in both tables: every household and resident row carries its whole ancestry.
  const column = columnOf(em, Household, level);
  const households = knex('household').select(knex.raw('?? as place', [column]), knex.raw('count(*) as households'))
    .whereIn(column, [...ids]).groupBy(column);
  const residents = knex('resident')
    .select(knex.raw('?? as place', [column]), knex.raw('count(*) as residents'), knex.raw('sum(case when birth_date <= ? then 1 else 0 end) as elderly', [bornOnOrBefore(ELDERLY_AGE)]))
    .whereIn(column, [...ids]).groupBy(column);
  const [householdRows, residentRows] = await Promise.all([
    em.execute<Record<string, string | number>[]>(households),
    em.execute<Record<string, string | number>[]>(residents),
  ]);
  const counts = new Map<string, Counts>();
  const entry = (id: unknown) => counts.get(String(id)) ?? counts.set(String(id), { ...EMPTY }).get(String(id))!;
  for (const row of householdRows) entry(row.place).households = Number(row.households);
  for (const row of residentRows) Object.assign(entry(row.place), { residents: Number(row.residents), elderly: Number(row.elderly) });
  return counts;
}

/** Per-request loaders of population figures, one per level of the tree. */
export function createPopulationLoaders(em: EntityManager) {
  let hidden: Promise<Set<string>> | undefined;
  const byLevel = (level: PopulationLevel) =>
    new DataLoader<string, PopulationStats>(async (ids) => {
      const counts = await countBy(em, level, ids);
      return ids.map((id) => toStats(counts.get(id) ?? EMPTY));
    });
  return {
    /** Computed once per request, and only when a viewer who sees suppressed figures asks. */
    hiddenElderly: () => (hidden ??= hiddenElderlyCounts(em)),
    subdistrict: byLevel('subdistrictId'),
    community: byLevel('communityId'),
    compound: byLevel('compoundId'),
    building: byLevel('buildingId'),
    grid: byLevel('gridId'),
    // Rows carry no district id: a district is the sum of its subdistricts.
    district: new DataLoader<string, PopulationStats>(async (districtIds) => {
      const subdistricts = await em.find(Subdistrict, { districtId: { $in: [...districtIds] } }, { fields: ['id', 'districtId'] });
      const counts = await countBy(em, 'subdistrictId', subdistricts.map((subdistrict) => subdistrict.id));
      return districtIds.map((districtId) => {
        const sum = { ...EMPTY };
        for (const subdistrict of subdistricts.filter((candidate) => candidate.districtId === districtId)) {
          const part = counts.get(subdistrict.id) ?? EMPTY;
          sum.households += part.households;
          sum.residents += part.residents;
          sum.elderly += part.elderly;
        }
        return toStats(sum);
      });
    }),
  };
}

export type PopulationLoaders = ReturnType<typeof createPopulationLoaders>;
