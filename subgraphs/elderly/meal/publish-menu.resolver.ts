import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import type { ElderlyContext } from '../context';
import { POINT_OPERATORS } from '../roles';
import { requirePoint } from '../service-point/require-point';
import { ServicePointStatus } from '../service-point/service-point-lifecycle';
import { MEAL_KINDS } from '../service-point/service-point.entity';
import { Dish } from './dish.entity';
import { MenuEntry } from './menu-entry.entity';
import { PublishMenuInput } from './menu.input';

@ObjectType({ description: 'Result of publishing a menu (发布菜单结果)' })
export class PublishMenuPayload {
  @Field({ description: 'Day (日期)' })
  servedOn!: string;

  @Field(_type => [Dish], { description: 'The menu of the day, in the order given (菜单)' })
  dishes!: Dish[];
}

@Resolver()
export class PublishMenuResolver {
  @Authorized(POINT_OPERATORS)
  @Mutation(_returns => PublishMenuPayload, { description: "Publish a point's menu of one day, adding or repricing its dishes (发布每日菜单)" })
  async publishMenu(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: PublishMenuInput,
    @Ctx() context: ElderlyContext,
  ): Promise<PublishMenuPayload> {
    const { em, loaders } = context;
    const point = await requirePoint(context, input.pointId, 'input.pointId', POINT_OPERATORS);
    if (!isCalendarDate(input.servedOn)) throw new BadUserInputError('input.servedOn', 'date', 'input.servedOn is not a calendar date YYYY-MM-DD');
    const names = new Set<string>();
    input.dishes.forEach((dish, index) => {
      if (names.has(dish.name)) throw new BadUserInputError(`input.dishes.${index}.name`, 'unique', 'each dish may be listed once');
      names.add(dish.name);
      if (dish.extrasFen > dish.priceFen) throw new BadUserInputError(`input.dishes.${index}.extrasFen`, 'at most priceFen', 'extras cannot cost more than the dish');
    });
    if (!MEAL_KINDS.includes(point.kind)) throw new BadUserInputError('input.pointId', 'serves meals', 'this point serves no meals');
    if (point.status !== ServicePointStatus.OPEN) throw new ConflictError('A closed point publishes no menu');

    const existing = new Map((await loaders.dishesByPointId.load(point.id)).map((dish) => [dish.name, dish]));
    const dishes = input.dishes.map((given) => Object.assign(existing.get(given.name) ?? new Dish(), {
      pointId: point.id, name: given.name, priceFen: given.priceFen, extrasFen: given.extrasFen, extras: given.extras ?? null, tags: given.tags,
      communityId: point.communityId, subdistrictId: point.subdistrictId,
    }));
    await guardUnique([{ columns: ['point_id', 'name'], field: 'input.dishes', message: 'Someone else added a dish of this name at the same moment' }], () =>
      em.transactional(async (tx) => {
        await tx.nativeDelete(MenuEntry, { pointId: point.id, servedOn: input.servedOn });
        tx.persist(dishes);
        tx.persist(dishes.map((dish) => Object.assign(new MenuEntry(), {
          pointId: point.id, servedOn: input.servedOn, dishId: dish.id, communityId: point.communityId, subdistrictId: point.subdistrictId,
        })));
      }));
    return { servedOn: input.servedOn, dishes };
  }
}
