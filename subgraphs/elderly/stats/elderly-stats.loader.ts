import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { ratio } from '../../../kit/stats/ratio';
import { flowSeries, type Flow } from '../../../kit/stats/flow-series';
import { dayBound, dayBuckets, type StatsInterval } from '../../../kit/stats/stats-interval';
import { circleCounts, type CircleScope } from '../circle/circle-sql';
import { MealOrderStatus } from '../meal-order/meal-order.entity';
import { todayInChina } from '../pricing/quote-for';
import { ServicePointStatus } from '../service-point/service-point-lifecycle';
import { ServicePointKind } from '../service-point/service-point.entity';
import type { DayPeriod } from '../../../kit/stats/stats-period';
import type { ElderlyServices, ElderlyStats, ElderlyStatsBucket } from './elderly-stats.type';

/** Whose figures over which days: what a stats object's series is asked of. */
export interface ElderlyStatsKey {
  readonly scope: CircleScope;
  readonly id: string;
  readonly days: DayPeriod;
}

/** The figures of a period that are sums over day-dated rows: what a series cuts into buckets. */
const FLOWS: readonly Flow<keyof ElderlyServices>[] = [
  { figure: 'mealsServed', table: 'meal_order', dated: 'served_on', aggregate: 'count(*)', only: (query) => query.where('status', MealOrderStatus.PLACED) },
  { figure: 'subsidiesFen', table: 'meal_order', dated: 'served_on', aggregate: 'sum(subsidy_fen)', only: (query) => query.where('status', MealOrderStatus.PLACED) },
  { figure: 'visitsMade', table: 'home_visit', dated: 'visited_on', aggregate: 'count(*)' },
];


/**
 * `elderlyStats` for many places at once: one grouped statement per figure whatever the number of
 * places. A district is the whole database: the territory copy holds one district's tree.
 */
export class ElderlyStatsLoaders {
  private readonly loaders = new Map<string, DataLoader<string, ElderlyStats>>();
  private readonly seriesLoaders = new Map<string, DataLoader<string, ElderlyStatsBucket[]>>();

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

  /** The period's meals, subsidies and visits bucket by bucket: one statement (a union) for every place of the scope asking for this interval. */
  series({ scope, id, days }: ElderlyStatsKey, interval: StatsInterval): Promise<ElderlyStatsBucket[]> {
    const key = `series-${interval}:${scope}:${days.from}:${days.to}`;
    let loader = this.seriesLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => computeSeries(this.em, scope, ids, days, interval));
      this.seriesLoaders.set(key, loader);
    }
    return loader.load(id);
  }
}

/** Day-dated rows fall into buckets of the China-calendar days the stats count: midnight to midnight. */
function computeSeries(em: EntityManager, scope: CircleScope, ids: readonly string[], days: DayPeriod, interval: StatsInterval): Promise<ElderlyStatsBucket[][]> {
  return flowSeries(em, { flows: FLOWS, place: scope, ids, buckets: dayBuckets(days, interval), from: days.from, to: days.to, bound: dayBound });
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
      key: { scope, id, days: period },
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
