import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ElderlyContext } from '../context';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { Dish } from '../meal/dish.entity';
import { ServicePoint } from '../service-point/service-point.entity';
import { MealOrder } from './meal-order.entity';

@Resolver(_of => MealOrder)
export class MealOrderResolver {
  @FieldResolver(_returns => ServicePoint, { description: 'Where (服务点)' })
  async point(@Root() order: MealOrder, @Ctx() { loaders }: ElderlyContext): Promise<ServicePoint> {
    return (await loaders.pointById.load(order.pointId))!;
  }

  @FieldResolver(_returns => Dish, { description: 'What (菜品)' })
  async dish(@Root() order: MealOrder, @Ctx() { loaders }: ElderlyContext): Promise<Dish> {
    return (await loaders.dishById.load(order.dishId))!;
  }

  @FieldResolver(_returns => ElderProfile, { description: 'Who, as an elder profile (老人档案)' })
  async elder(@Root() order: MealOrder, @Ctx() { loaders }: ElderlyContext): Promise<ElderProfile> {
    return (await loaders.profileById.load(order.profileId))!;
  }
}
