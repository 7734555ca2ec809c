import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { columnOf } from '../../../kit/orm/column-name';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { ratio } from '../../../kit/stats/ratio';
import { Building } from '../building/building.entity';
import { StewardshipStats } from './stewardship-stats.type';

type StewardshipLevel = 'subdistrictId' | 'communityId' | 'gridId';

/** Buildings, and of them those with a steward and with a head, of every place of one level asked: three grouped counts. */
function byLevel(em: EntityManager, level: StewardshipLevel) {
  return new DataLoader<string, StewardshipStats>(async ids => {
    const column = columnOf(em, Building, level);
    const count = (aggregate: string) => groupedTotals(em, 'building', [column], aggregate, query => query.whereIn(column, [...ids]));
    const totals = (rows: { keys: string[]; total: number }[]) => new Map(rows.map(row => [row.keys[0], row.total]));
    const [buildings, stewards, heads] = (
      await Promise.all([count('count(*)'), count(`count(${columnOf(em, Building, 'stewardId')})`), count(`count(${columnOf(em, Building, 'headId')})`)])
    ).map(totals);
    return ids.map(id => {
      const all = buildings.get(id) ?? 0;
      const withSteward = stewards.get(id) ?? 0;
      const withHead = heads.get(id) ?? 0;
      return {
        buildings: all,
        withSteward,
        withoutSteward: all - withSteward,
        stewardCoverage: ratio(withSteward, all),
        withHead,
        withoutHead: all - withHead,
      };
    });
  });
}

/** Per-request loaders of stewardship figures, one per level of the tree that shows them. */
export function createStewardshipLoaders(em: EntityManager) {
  return { subdistrict: byLevel(em, 'subdistrictId'), community: byLevel(em, 'communityId'), grid: byLevel(em, 'gridId') };
}
