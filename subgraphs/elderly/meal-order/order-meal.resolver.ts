import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import type { ElderlyContext } from '../context';
import { MenuEntry } from '../meal/menu-entry.entity';
import { quoteFor } from '../pricing/quote-for';
import { POINT_OPERATORS } from '../roles';
import { requirePoint } from '../service-point/require-point';
import { ServicePointStatus } from '../service-point/service-point-lifecycle';
import { MEAL_KINDS } from '../service-point/service-point.entity';
import { MealDay } from './meal-day.entity';
import { MealOrderPayload } from './meal-order-payload.type';
import { MealOrder } from './meal-order.entity';
import { OrderMealInput } from './meal-order.input';

const KEY_TAKEN = { columns: ['point_id', 'idempotency_key'], field: 'input.idempotencyKey', message: 'This idempotency key was used for another order' };

/** The order a retry of the same till key asks for, or CONFLICT when the key was used for something else. */
function sameOrder(existing: MealOrder, input: OrderMealInput): MealOrder {
  const same = existing.residentId === input.residentId && existing.dishId === input.dishId
    && existing.servedOn === input.servedOn && existing.mode === input.mode;
  if (!same) throw new ConflictError(KEY_TAKEN.message, KEY_TAKEN.field);
  return existing;
}

/**
 * Takes one meal of the day's capacity: makes sure the day's counter exists, then raises it only
 * while below capacity, in one conditional statement. PostgreSQL locks the counter row for the rest
 * of the transaction and re-checks the condition for a waiting till; libSQL runs one writing
 * transaction at a time. Either way the 31st meal at a 30-meal point finds no row to raise.
 */
async function takeMeal(tx: EntityManager, pointId: string, servedOn: string, capacity: number): Promise<boolean> {
  await tx.createQueryBuilder(MealDay).insert({ id: new MealDay().id, pointId, servedOn, ordered: 0 }).onConflict(['point_id', 'served_on']).ignore().execute();
  const knex = tx.getKnex();
  const raised = await tx.getConnection().execute(
    knex('meal_day').where({ point_id: pointId, served_on: servedOn }).where('ordered', '<', capacity).update({ ordered: knex.raw('ordered + 1') }),
    [], 'run', tx.getTransactionContext(),
  );
  return Number((raised as { affectedRows?: number }).affectedRows ?? raised) === 1;
}

@Resolver()
export class OrderMealResolver {
  @Authorized(POINT_OPERATORS)
  @Mutation(_returns => MealOrderPayload, {
    description: "Order a meal for an elder at the point's till, priced by its discount rules; refused when the day's capacity is taken; a retry with the same key returns the same order (助餐订餐)",
  })
  async orderMeal(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: OrderMealInput,
    @Ctx() context: ElderlyContext,
  ): Promise<MealOrderPayload> {
    const { em, loaders } = context;
    const point = await requirePoint(context, input.pointId, 'input.pointId', POINT_OPERATORS);
    const existing = await em.findOne(MealOrder, { pointId: point.id, idempotencyKey: input.idempotencyKey });
    if (existing) return { order: sameOrder(existing, input) };
    if (!isCalendarDate(input.servedOn)) throw new BadUserInputError('input.servedOn', 'date', 'input.servedOn is not a calendar date YYYY-MM-DD');
    const [profile] = await loaders.profilesByResidentId.load(input.residentId);
    if (!profile) throw new BadUserInputError('input.residentId', 'has an elder profile', 'input.residentId has no elder profile');
    const dish = await loaders.dishById.load(input.dishId);
    if (!dish || dish.pointId !== point.id) throw new BadUserInputError('input.dishId', 'served here', 'input.dishId is not a dish of this point');
    if (!MEAL_KINDS.includes(point.kind)) throw new BadUserInputError('input.pointId', 'serves meals', 'this point serves no meals');
    if (!(await em.count(MenuEntry, { pointId: point.id, servedOn: input.servedOn, dishId: dish.id }))) {
      throw new BadUserInputError('input.dishId', 'on the menu', "input.dishId is not on the point's menu of that day");
    }
    if (point.status !== ServicePointStatus.OPEN) throw new ConflictError('This point is closed');

    const quote = await quoteFor(loaders, profile, dish, input.servedOn);
    const order = Object.assign(new MealOrder(), {
      idempotencyKey: input.idempotencyKey, pointId: point.id, profileId: profile.id, residentId: profile.residentId, dishId: dish.id,
      servedOn: input.servedOn, mode: input.mode, normalPriceFen: quote.normalPriceFen, chargedFen: quote.chargedFen, subsidyFen: quote.subsidyFen,
      appliedRules: quote.appliedRules.map((applied) => applied.name), communityId: point.communityId, subdistrictId: point.subdistrictId,
    });
    try {
      await guardUnique([KEY_TAKEN], () => em.transactional(async (tx) => {
        if (!(await takeMeal(tx as EntityManager, point.id, input.servedOn, point.dailyMealCapacity))) {
          throw new ConflictError(`All ${point.dailyMealCapacity} meals of ${input.servedOn} are taken at this point`, 'input.servedOn');
        }
        tx.persist(order);
      }));
    } catch (error) {
      // Two tills retrying the same key at once: the loser returns the winner's order.
      if (!(error instanceof ConflictError) || error.extensions.field !== KEY_TAKEN.field) throw error;
      // Through the mutation's own transaction (kit/audit runs every mutation in one), which sees the winner's commit.
      const winner = await em.fork({ keepTransactionContext: true }).findOne(MealOrder, { pointId: point.id, idempotencyKey: input.idempotencyKey });
      if (!winner) throw error;
      return { order: sameOrder(winner, input) };
    }
    return { order };
  }
}
