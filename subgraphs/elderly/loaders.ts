import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { entitiesBy, entityById, groupByKeys } from '../../kit/loaders';
import { PageLoaders } from '../../kit/connection/page-loader';
import { placeLoader } from '../../kit/territory/territory-copy';
import { CircleLoaders } from './circle/circle.loader';
import { ElderProfile } from './elder-profile/elder-profile.entity';
import { HomeVisit } from './home-visit/home-visit.entity';
import { Dish } from './meal/dish.entity';
import { MenuEntry } from './meal/menu-entry.entity';
import { MealDay } from './meal-order/meal-day.entity';
import { MealOrder } from './meal-order/meal-order.entity';
import { DiscountRule } from './pricing/discount-rule.entity';
import { ServicePointStatusChange } from './service-point/service-point-status-change.entity';
import { ServicePoint } from './service-point/service-point.entity';
import { ElderlyStatsLoaders } from './stats/elderly-stats.loader';

/** The per-request loader bag of the elderly subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    pages: new PageLoaders(em),
    circles: new CircleLoaders(em),
    stats: new ElderlyStatsLoaders(em),
    placeById: placeLoader(em),
    pointById: entityById(em, ServicePoint),
    statusChangesByPointId: entitiesBy(em, ServicePointStatusChange, 'pointId'),
    profileById: entityById(em, ElderProfile),
    profilesByResidentId: entitiesBy(em, ElderProfile, 'residentId'),
    visitsByProfileId: entitiesBy(em, HomeVisit, 'profileId'),
    dishById: entityById(em, Dish),
    dishesByPointId: entitiesBy(em, Dish, 'pointId'),
    rulesByPointId: entitiesBy(em, DiscountRule, 'pointId'),
    orderById: entityById(em, MealOrder),
    /** Menu entries of (point, day) pairs, one statement for all pairs of a request. */
    menuEntries: new DataLoader<{ pointId: string; servedOn: string }, MenuEntry[], string>(
      async (keys) => groupByKeys(
        keys.map((key) => `${key.pointId}|${key.servedOn}`),
        await em.find(MenuEntry, { $or: keys.map((key) => ({ pointId: key.pointId, servedOn: key.servedOn })) }),
        (entry) => `${entry.pointId}|${entry.servedOn}`,
      ),
      { cacheKeyFn: (key) => `${key.pointId}|${key.servedOn}` },
    ),
    /** Meals taken at (point, day) pairs by the day counters, one statement for all pairs of a request. */
    mealsTaken: new DataLoader<{ pointId: string; servedOn: string }, number, string>(
      async (keys) => {
        const days = await em.find(MealDay, { $or: keys.map((key) => ({ pointId: key.pointId, servedOn: key.servedOn })) });
        const taken = new Map(days.map((day) => [`${day.pointId}|${day.servedOn}`, day.ordered]));
        return keys.map((key) => taken.get(`${key.pointId}|${key.servedOn}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.pointId}|${key.servedOn}` },
    ),
  };
}

export type ElderlyLoaders = ReturnType<typeof createLoaders>;
