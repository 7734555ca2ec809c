import { IsEnum, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DATE_PATTERN } from '../../../kit/validation/calendar-date';
import { MealMode } from './meal-order.entity';

@InputType({ description: 'A meal for an elder at a point on a day (订餐)' })
export class OrderMealInput {
  @Field({ description: "The till's key, 8–100 characters of A–Z a–z 0–9 - _ : a retry with the same key returns the same order (幂等键)" })
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'idempotencyKey may hold only A–Z a–z 0–9 - _' })
  idempotencyKey!: string;

  @Field(_type => ID, { description: 'Service point (服务点)' })
  @IsUUID()
  pointId!: string;

  @Field(_type => ID, { description: 'The elder, as a resident with an elder profile (居民)' })
  @IsUUID()
  residentId!: string;

  @Field(_type => ID, { description: "A dish on the point's menu of that day (菜品)" })
  @IsUUID()
  dishId!: string;

  @Field({ description: 'Day of the meal, YYYY-MM-DD (就餐日期)' })
  @Matches(DATE_PATTERN, { message: 'servedOn must be a date YYYY-MM-DD' })
  servedOn!: string;

  @Field(_type => MealMode, { description: 'Eat in or collect (就餐方式)' })
  @IsEnum(MealMode)
  mode!: MealMode;
}

@InputType({ description: 'Cancel a meal order (取消订餐)' })
export class CancelMealOrderInput {
  @Field(_type => ID, { description: 'Meal order (订单)' })
  @IsUUID()
  orderId!: string;
}
