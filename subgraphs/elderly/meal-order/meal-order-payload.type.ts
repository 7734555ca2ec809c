import { Field, ObjectType } from 'type-graphql';
import { MealOrder } from './meal-order.entity';

@ObjectType({ description: 'Result of a command on a meal order (订餐结果)' })
export class MealOrderPayload {
  @Field(_type => MealOrder, { description: 'The order as it now stands (订单)' })
  order!: MealOrder;
}
