import { Field, Int, ObjectType } from 'type-graphql';
import { Dish } from '../meal/dish.entity';
import { DiscountFunder, DiscountRule } from './discount-rule.entity';

@ObjectType({ description: 'A discount rule as a quote applied it (适用优惠)' })
export class AppliedDiscount {
  @Field(_type => DiscountRule, { description: 'The rule (规则)' })
  rule!: DiscountRule;

  @Field({ description: 'Its name, as printed on the receipt (名称)' })
  name!: string;

  @Field(_type => Int, { description: 'What it took off the price left before it, in fen (优惠金额, 分)' })
  reductionFen!: number;

  @Field(_type => DiscountFunder, { description: 'Who bears it (出资方)' })
  fundedBy!: DiscountFunder;
}

/** The price of a dish for one elder on one day, every rule applied listed. */
@ObjectType({ description: 'Price quote (报价): the price of a dish for an elder on a day, every rule applied listed, and the subsidy owed to the operator' })
export class PriceQuote {
  @Field(_type => Dish, { description: 'The dish (菜品)' })
  dish!: Dish;

  @Field({ description: 'Day quoted for, YYYY-MM-DD (日期)' })
  servedOn!: string;

  @Field(_type => Int, { description: 'Normal price in fen (原价, 分)' })
  normalPriceFen!: number;

  @Field(_type => Int, { description: 'What the elder pays in fen (实付, 分)' })
  chargedFen!: number;

  @Field(_type => Int, { description: 'Government subsidy owed to the operator in fen (应付运营方补贴, 分)' })
  subsidyFen!: number;

  @Field(_type => [AppliedDiscount], { description: 'Rules applied, in the order they applied (适用优惠)' })
  appliedRules!: AppliedDiscount[];
}
