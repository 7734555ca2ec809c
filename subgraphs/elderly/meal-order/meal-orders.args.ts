import { Matches } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../../kit/connection/connection';
import { DATE_PATTERN } from '../../../kit/validation/calendar-date';
import { MealOrder } from './meal-order.entity';

@ObjectType({ description: 'A page of meal orders (订餐列表)' })
export class MealOrderConnection extends Connection(MealOrder) {}

@ArgsType()
export class MealOrdersArgs extends ConnectionArgs {
  @Field({ description: 'Day of the meals, YYYY-MM-DD (就餐日期)' })
  @Matches(DATE_PATTERN, { message: 'servedOn must be a date YYYY-MM-DD' })
  servedOn!: string;
}
