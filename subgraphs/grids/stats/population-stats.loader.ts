import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Viewer } from '../../../kit/auth/viewer';
import { columnOf } from '../../../kit/orm/column-name';
import { ratio } from '../../../kit/stats/ratio';
import { suppressSmallGroup } from '../../../kit/stats/small-groups';
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

/** Figures as `viewer` may see them: a small number of elderly people is suppressed for BI. */
export function visibleTo(stats: PopulationStats, viewer: Viewer | null): PopulationStats {
  const elderly = suppressSmallGroup(stats.elderly ?? 0, viewer);
  return elderly === stats.elderly ? stats : { ...stats, elderly, elderlyShare: null };
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
    em.getConnection().execute<Record<string, string | number>[]>(households),
    em.getConnection().execute<Record<string, string | number>[]>(residents),
  ]);
  const counts = new Map<string, Counts>();
  const entry = (id: unknown) => counts.get(String(id)) ?? counts.set(String(id), { ...EMPTY }).get(String(id))!;
  for (const row of householdRows) entry(row.place).households = Number(row.households);
  for (const row of residentRows) Object.assign(entry(row.place), { residents: Number(row.residents), elderly: Number(row.elderly) });
  return counts;
}

/** Per-request loaders of population figures, one per level of the tree. */
export function createPopulationLoaders(em: EntityManager) {
  const byLevel = (level: PopulationLevel) =>
    new DataLoader<string, PopulationStats>(async (ids) => {
      const counts = await countBy(em, level, ids);
      return ids.map((id) => toStats(counts.get(id) ?? EMPTY));
    });
  return {
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
