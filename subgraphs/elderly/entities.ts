import { auditEntities } from '../../kit/audit/entities';
import { consumerEntities } from '../../kit/events/entities';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { ElderProfile } from './elder-profile/elder-profile.entity';
import { HomeVisit } from './home-visit/home-visit.entity';
import { Dish } from './meal/dish.entity';
import { MenuEntry } from './meal/menu-entry.entity';
import { MealDay } from './meal-order/meal-day.entity';
import { MealOrder } from './meal-order/meal-order.entity';
import { DiscountRule } from './pricing/discount-rule.entity';
import { ServicePointStatusChange } from './service-point/service-point-status-change.entity';
import { ServicePoint } from './service-point/service-point.entity';

/** Every table the elderly subgraph owns (`territory` is a read-only copy of the grids tree, with locations). */
export const elderlyEntities = [
  TerritoryPlace, ServicePoint, ServicePointStatusChange, ElderProfile, HomeVisit, Dish, MenuEntry, DiscountRule, MealOrder, MealDay,
  // Checkpoints and parked events of the domain events elderly consumes (kit/events)
  ...consumerEntities,
  // Its audit trail (kit/audit)
  ...auditEntities,
];
