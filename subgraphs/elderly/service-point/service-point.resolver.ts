import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import { Community } from '../community/community.type';
import type { ElderlyContext } from '../context';
import { Dish } from '../meal/dish.entity';
import { DiscountRule } from '../pricing/discount-rule.entity';
import { MealOrderConnection, MealOrdersArgs } from '../meal-order/meal-orders.args';
import { MealOrder } from '../meal-order/meal-order.entity';
import { todayInChina } from '../pricing/quote-for';
import { POINT_OPERATORS } from '../roles';
import { ServicePointStatusChange } from './service-point-status-change.entity';
import { ServicePoint } from './service-point.entity';

const byName = <T extends { name: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name));

@Resolver(_of => ServicePoint)
export class ServicePointResolver {
  @Authorized()
  @Query(_returns => ServicePoint, { nullable: true, description: 'A service point by id; null when unknown (服务点)' })
  servicePoint(@Arg('id', _type => ID, { description: 'Id (标识)' }) id: string, @Ctx() { loaders }: ElderlyContext): Promise<ServicePoint | null> {
    return loaders.pointById.load(id);
  }

  @FieldResolver(_returns => Community, { description: 'Community it belongs to (所属社区)' })
  community(@Root() point: ServicePoint): Community {
    return { id: point.communityId };
  }

  @FieldResolver(_returns => [ServicePointStatusChange], { description: 'Status history, oldest first (运营状态记录)' })
  async statusHistory(@Root() point: ServicePoint, @Ctx() { loaders }: ElderlyContext): Promise<ServicePointStatusChange[]> {
    const changes = await loaders.statusChangesByPointId.load(point.id);
    return [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime() || a.id.localeCompare(b.id));
  }

  @FieldResolver(_returns => [Dish], { description: 'Dishes it serves, by name (菜品)' })
  async dishes(@Root() point: ServicePoint, @Ctx() { loaders }: ElderlyContext): Promise<Dish[]> {
    return byName(await loaders.dishesByPointId.load(point.id));
  }

  @FieldResolver(_returns => [Dish], { description: 'The menu of one day, by name; empty when none is published (菜单)' })
  async menu(
    @Root() point: ServicePoint,
    @Arg('on', _type => String, { nullable: true, description: 'Day, YYYY-MM-DD; today (China time) when omitted (日期)' }) on: string | null,
    @Ctx() { loaders }: ElderlyContext,
  ): Promise<Dish[]> {
    const day = on ?? todayInChina();
    if (!isCalendarDate(day)) throw new BadUserInputError('on', 'date', 'on is not a calendar date YYYY-MM-DD');
    const entries = await loaders.menuEntries.load({ pointId: point.id, servedOn: day });
    const dishes = await loaders.dishById.loadMany(entries.map((entry) => entry.dishId));
    return byName(dishes.filter((dish): dish is Dish => dish instanceof Dish));
  }

  @FieldResolver(_returns => [DiscountRule], { description: 'Discount rules, in the order they apply (优惠规则)' })
  async discountRules(@Root() point: ServicePoint, @Ctx() { loaders }: ElderlyContext): Promise<DiscountRule[]> {
    const rules = await loaders.rulesByPointId.load(point.id);
    return [...rules].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
  }

  @FieldResolver(_returns => Int, { description: "Meals still free on a day: the daily capacity less the day's placed orders (余量)" })
  async mealsLeft(
    @Root() point: ServicePoint,
    @Arg('on', _type => String, { nullable: true, description: 'Day, YYYY-MM-DD; today (China time) when omitted (日期)' }) on: string | null,
    @Ctx() { loaders }: ElderlyContext,
  ): Promise<number> {
    const day = on ?? todayInChina();
    if (!isCalendarDate(day)) throw new BadUserInputError('on', 'date', 'on is not a calendar date YYYY-MM-DD');
    const taken = await loaders.mealsTaken.load({ pointId: point.id, servedOn: day });
    return Math.max(0, point.dailyMealCapacity - taken);
  }

  @Authorized(POINT_OPERATORS)
  @FieldResolver(_returns => MealOrderConnection, { description: 'Orders of a day at this point, oldest first (当日订餐); for the people who run it, in scope' })
  mealOrders(@Root() point: ServicePoint, @Args() args: MealOrdersArgs, @Ctx() { loaders, viewer }: ElderlyContext) {
    if (!isCalendarDate(args.servedOn)) throw new BadUserInputError('servedOn', 'date', 'servedOn is not a calendar date YYYY-MM-DD');
    if (!canActAt(viewer, POINT_OPERATORS, point)) throw new ForbiddenError('This service point is outside your scope');
    return loaders.pages.childrenOf(MealOrder, 'pointId', point.id, pageQuery(args, { servedOn: args.servedOn }, [['orderedAt', SortDirection.ASC]]));
  }
}
