import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

/** What a rule takes off (优惠方式). */
export enum DiscountEffect {
  AMOUNT_OFF = 'AMOUNT_OFF',
  PERCENT_OFF = 'PERCENT_OFF',
  FREE_EXTRAS = 'FREE_EXTRAS',
}
registerEnumType(DiscountEffect, {
  name: 'DiscountEffect',
  description: 'What a discount rule takes off (优惠方式)',
  valuesConfig: {
    AMOUNT_OFF: { description: 'A fixed amount off, e.g. 所有菜品优惠2元 (立减)' },
    PERCENT_OFF: { description: 'A share off, rounded down to the fen (折扣)' },
    FREE_EXTRAS: { description: "The dish's extras are free, e.g. 吃拉面送鸡蛋和小菜 (赠送配菜)" },
  },
});

/** A status of the elder a rule can require (优惠对象). */
export enum ElderStatus {
  LIVING_ALONE = 'LIVING_ALONE',
  HARDSHIP = 'HARDSHIP',
  DISABILITY = 'DISABILITY',
}
registerEnumType(ElderStatus, {
  name: 'ElderStatus',
  description: 'A status a discount rule can require (优惠对象身份)',
  valuesConfig: {
    LIVING_ALONE: { description: 'Living alone or childless (独居、孤寡)' },
    HARDSHIP: { description: 'In hardship (低保、特困)' },
    DISABILITY: { description: 'With a disability (残疾)' },
  },
});

/** Who bears a discount: the government's meal subsidy is owed to the operator, the operator's own concession is not. */
export enum DiscountFunder {
  GOVERNMENT = 'GOVERNMENT',
  OPERATOR = 'OPERATOR',
}
registerEnumType(DiscountFunder, {
  name: 'DiscountFunder',
  description: 'Who bears a discount (出资方)',
  valuesConfig: {
    GOVERNMENT: { description: 'Government meal subsidy, owed to the operator (政府助餐补贴)' },
    OPERATOR: { description: "The operator's own concession (商户让利)" },
  },
});

/**
 * A discount rule of one point, as data (优惠规则). Precedence, as `pricing/price-quote.ts` applies it:
 * 1. A rule is eligible on a day within [validFrom, validUntil] for an elder at least `minAge` old
 *    who has `requiredStatus`; a FREE_EXTRAS rule only for a dish with extras.
 * 2. Rules sharing a `group` do not stack: of the eligible ones, the largest reduction on the normal
 *    price wins (ties: lower `priority`, then name).
 * 3. The winners apply in ascending `priority`, each to the price the ones before left, never below 0.
 * 4. The subsidy owed to the operator is the sum of the reductions of GOVERNMENT-funded rules.
 */
@ObjectType({ description: 'Discount rule of a service point (优惠规则); see setDiscountRules for the precedence' })
@Entity()
export class DiscountRule {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', index: true })
  pointId!: string;

  @Field({ description: 'Name as shown on the till and the quote, e.g. 所有菜品优惠2元 (规则名称)' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: 'Rules in one group do not stack: the largest reduction of the group wins (互斥组)' })
  @Property({ type: 'string', length: 50 })
  group!: string;

  @Field(_type => Int, { description: 'Order in which winning rules apply, lowest first (优先级)' })
  @Property({ type: 'integer' })
  priority!: number;

  @Field(_type => Int, { nullable: true, description: 'Minimum age on the day, e.g. 60, 70, 80 (年龄门槛)' })
  @Property({ type: 'integer', nullable: true })
  minAge: number | null = null;

  @Field(_type => ElderStatus, { nullable: true, description: 'Status the elder must have (身份要求)' })
  @Enum({ items: () => ElderStatus, nullable: true })
  requiredStatus: ElderStatus | null = null;

  @Field(_type => DiscountEffect, { description: 'What it takes off (优惠方式)' })
  @Enum({ items: () => DiscountEffect })
  effect!: DiscountEffect;

  @Field(_type => Int, { nullable: true, description: 'Amount off in fen, for AMOUNT_OFF (立减金额, 分)' })
  @Property({ type: 'integer', nullable: true })
  amountFen: number | null = null;

  @Field(_type => Int, { nullable: true, description: 'Percent off, 1–100, for PERCENT_OFF (折扣百分比)' })
  @Property({ type: 'integer', nullable: true })
  percentOff: number | null = null;

  @Field(_type => DiscountFunder, { description: 'Who bears it (出资方)' })
  @Enum({ items: () => DiscountFunder })
  fundedBy!: DiscountFunder;

  @Field({ description: 'First day it applies, YYYY-MM-DD (生效日期)' })
  @Property({ type: 'string', length: 10 })
  validFrom!: string;

  @Field(_type => String, { nullable: true, description: 'Last day it applies, YYYY-MM-DD; null while open-ended (截止日期)' })
  @Property({ type: 'string', length: 10, nullable: true })
  validUntil: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
