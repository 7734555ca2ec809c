import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { actableOrUnknown } from '../../../kit/auth/entity-access';
import { ConflictError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { POINT_OPERATORS } from '../roles';
import { MealDay } from './meal-day.entity';
import { MEAL_ORDER_LIFECYCLE, MealOrderCommand } from './meal-order-lifecycle';
import { MealOrderPayload } from './meal-order-payload.type';
import { MealOrder } from './meal-order.entity';
import { CancelMealOrderInput } from './meal-order.input';

@Resolver()
export class CancelMealOrderResolver {
  @Authorized(POINT_OPERATORS)
  @Mutation(_returns => MealOrderPayload, { description: "Cancel a placed meal order; its meal returns to the day's capacity (取消订餐)" })
  async cancelMealOrder(
    @Arg('input', { description: 'The command (指令)' }) input: CancelMealOrderInput,
    @Ctx() { em, loaders, viewer }: ElderlyContext,
  ): Promise<MealOrderPayload> {
    const order = actableOrUnknown(viewer, POINT_OPERATORS, await loaders.orderById.load(input.orderId), 'input.orderId', 'input.orderId is not a known meal order');
    const transition = MEAL_ORDER_LIFECYCLE.require(order.status, MealOrderCommand.CANCEL);
    const cancelledAt = new Date();
    await em.transactional(async (tx) => {
      const moved = await tx.nativeUpdate(MealOrder, { id: order.id, status: order.status }, { status: transition.to, cancelledAt });
      if (moved !== 1) throw new ConflictError('The order changed meanwhile; nothing was written');
      const knex = tx.getKnex();
      await tx.getConnection().execute(
        knex(tx.getMetadata().get(MealDay.name).tableName).where({ point_id: order.pointId, served_on: order.servedOn }).where('ordered', '>', 0)
          .update({ ordered: knex.raw('ordered - 1') }),
        [], 'run', tx.getTransactionContext(),
      );
    });
    Object.assign(order, { status: transition.to, cancelledAt });
    return { order };
  }
}
