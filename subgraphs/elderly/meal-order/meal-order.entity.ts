import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

export enum MealMode {
  DINE_IN = 'DINE_IN',
  PICK_UP = 'PICK_UP',
}
registerEnumType(MealMode, {
  name: 'MealMode',
  description: 'Eat in or collect (就餐方式)',
  valuesConfig: { DINE_IN: { description: 'Eat in (堂食)' }, PICK_UP: { description: 'Collect (自取)' } },
});

export enum MealOrderStatus {
  PLACED = 'PLACED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MealOrderStatus, {
  name: 'MealOrderStatus',
  description: 'State of a meal order (订餐状态)',
  valuesConfig: { PLACED: { description: 'Placed (已订)' }, CANCELLED: { description: 'Cancelled (已取消)' } },
});

/** A meal an elder eats in or collects at a point on a day, at the price the rules gave. */
@ObjectType({ description: 'Meal order (助餐订单): an elder eats in or collects a meal at a point on a day' })
@Directive('@key(fields: "id")')
@Entity()
@Unique({ properties: ['pointId', 'idempotencyKey'] })
// The place's stats count and sum a period's placed meals (a year of a community's meals: thousands
// of rows): these cover the statement, so it reads the index alone, never the orders.
@Index({ properties: ['communityId', 'status', 'servedOn', 'subsidyFen'] })
@Index({ properties: ['subdistrictId', 'status', 'servedOn', 'subsidyFen'] })
export class MealOrder {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Field({ description: "The till's key for this order: a retry with the same key returns this order (幂等键)" })
  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  @Property({ type: 'uuid', index: true })
  pointId!: string;

  @Property({ type: 'uuid', index: true })
  profileId!: string;

  @Property({ type: 'uuid', index: true })
  residentId!: string;

  @Property({ type: 'uuid', index: true })
  dishId!: string;

  @Field({ description: 'Day of the meal, YYYY-MM-DD (就餐日期)' })
  @Property({ type: 'string', length: 10 })
  servedOn!: string;

  @Field(_type => MealMode, { description: 'Eat in or collect (就餐方式)' })
  @Enum({ items: () => MealMode })
  mode!: MealMode;

  @Field(_type => Int, { description: 'Normal price in fen (原价, 分)' })
  @Property({ type: 'integer' })
  normalPriceFen!: number;

  @Field(_type => Int, { description: 'Price the elder paid in fen (实付, 分)' })
  @Property({ type: 'integer' })
  chargedFen!: number;

  @Field(_type => Int, { description: 'Government subsidy owed to the operator in fen (补贴, 分)' })
  @Property({ type: 'integer' })
  subsidyFen!: number;

  @Field(_type => [String], { description: 'Names of the discount rules applied, in order (适用优惠)' })
  @Property({ type: 'json' })
  appliedRules: string[] = [];

  @Field(_type => MealOrderStatus, { description: 'Placed or cancelled (状态)' })
  @Enum({ items: () => MealOrderStatus })
  status: MealOrderStatus = MealOrderStatus.PLACED;

  @Field({ description: 'When it was placed (下单时间)' })
  @Property({ type: 'datetime' })
  orderedAt: Date = new Date();

  @Field(_type => Date, { nullable: true, description: 'When it was cancelled (取消时间)' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid' })
  subdistrictId!: string;
}
