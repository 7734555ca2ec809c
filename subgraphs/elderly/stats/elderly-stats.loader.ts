import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { ratio } from '../../../kit/stats/ratio';
import { circleCounts, type CircleScope } from '../circle/circle-sql';
import { MealOrderStatus } from '../meal-order/meal-order.entity';
import { todayInChina } from '../pricing/quote-for';
import { ServicePointStatus } from '../service-point/service-point-lifecycle';
import { ServicePointKind } from '../service-point/service-point.entity';
import type { DayPeriod } from '../../../kit/stats/stats-period';
import type { ElderlyStats } from './elderly-stats.type';

/**
 * `elderlyStats` for many places at once: one grouped statement per figure whatever the number of
 * places. A district is the whole database: the territory copy holds one district's tree.
 */
export class ElderlyStatsLoaders {
  private readonly loaders = new Map<string, DataLoader<string, ElderlyStats>>();

  constructor(private readonly em: EntityManager) {}

  load(scope: CircleScope, id: string, period: DayPeriod): Promise<ElderlyStats> {
    const key = `${scope}:${period.from}:${period.to}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => computeStats(this.em, scope, ids, period));
      this.loaders.set(key, loader);
    }
    return loader.load(id);
  }
}

async function computeStats(em: EntityManager, scope: CircleScope, ids: readonly string[], period: DayPeriod): Promise<ElderlyStats[]> {
  const groups = scope ? [scope] : [];
  const keyOf = (keys: string[]) => (scope ? keys[0] : '');
  const totals = (table: string, aggregate: string, filter: (query: Knex.QueryBuilder) => void, extra: string[] = []) =>
    groupedTotals(em, table, [...groups, ...extra], aggregate, (query) => {
      if (scope) query.whereIn(scope, [...ids]);
      filter(query);
    });
  const points = await totals('service_point', 'count(*)', (query) => query.where('status', ServicePointStatus.OPEN), ['kind']);
  const elders = await totals('elder_profile', 'count(*)', () => undefined);
  const overdue = await totals('elder_profile', 'count(*)', (query) => query.where('certification_due_on', '<', todayInChina()));
  const meals = await totals('meal_order', 'count(*)', (query) =>
    query.where('status', MealOrderStatus.PLACED).where('served_on', '>=', period.from).where('served_on', '<', period.to));
  const subsidies = await totals('meal_order', 'sum(subsidy_fen)', (query) =>
    query.where('status', MealOrderStatus.PLACED).where('served_on', '>=', period.from).where('served_on', '<', period.to));
  const visits = await totals('home_visit', 'count(*)', (query) => query.where('visited_on', '>=', period.from).where('visited_on', '<', period.to));
  const covered = await circleCounts(em, scope, ids, null);
  const one = (rows: { keys: string[]; total: number }[], id: string) => rows.find((row) => keyOf(row.keys) === id)?.total ?? 0;
  return ids.map((id) => {
    const key = scope ? id : '';
    const elderCount = one(elders, key);
    const coveredCount = covered.get(key)?.covered ?? 0;
    return {
      from: period.from,
      to: period.to,
      pointsByKind: Object.values(ServicePointKind).map((kind) => ({
        kind,
        count: points.find((row) => keyOf(row.keys) === key && row.keys[groups.length] === kind)?.total ?? 0,
      })),
      elders: elderCount,
      eldersCovered: coveredCount,
      coverageRate: ratio(coveredCount, elderCount),
      mealsServed: one(meals, key),
      subsidiesFen: one(subsidies, key),
      certificationsOverdue: one(overdue, key),
      visitsMade: one(visits, key),
    };
  });
}
