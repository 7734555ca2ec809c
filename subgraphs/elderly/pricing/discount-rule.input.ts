import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { DATE_PATTERN } from '../../../kit/validation/calendar-date';
import { DiscountEffect, DiscountFunder, ElderStatus } from './discount-rule.entity';

@InputType({ description: 'A discount rule (优惠规则); see setDiscountRules for the precedence' })
export class DiscountRuleInput {
  @Field({ description: 'Name, unique in the set, 2–100 characters, e.g. 所有菜品优惠2元 (规则名称)' })
  @Length(2, 100)
  @IsPlainText()
  name!: string;

  @Field({ description: 'Group, 1–50 characters: rules of one group do not stack (互斥组)' })
  @Length(1, 50)
  @IsPlainText()
  group!: string;

  @Field(_type => Int, { description: 'Order of application, 0–100, lowest first (优先级)' })
  @IsInt()
  @Min(0)
  @Max(100)
  priority!: number;

  @Field(_type => Int, { nullable: true, description: 'Minimum age, 60–120 (年龄门槛)' })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(120)
  minAge?: number | null;

  @Field(_type => ElderStatus, { nullable: true, description: 'Status required (身份要求)' })
  @IsOptional()
  @IsEnum(ElderStatus)
  requiredStatus?: ElderStatus | null;

  @Field(_type => DiscountEffect, { description: 'What it takes off (优惠方式)' })
  @IsEnum(DiscountEffect)
  effect!: DiscountEffect;

  @Field(_type => Int, { nullable: true, description: 'Amount off in fen, 1–100000, for AMOUNT_OFF only (立减金额, 分)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  amountFen?: number | null;

  @Field(_type => Int, { nullable: true, description: 'Percent off, 1–100, for PERCENT_OFF only (折扣百分比)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  percentOff?: number | null;

  @Field(_type => DiscountFunder, { description: 'Who bears it (出资方)' })
  @IsEnum(DiscountFunder)
  fundedBy!: DiscountFunder;

  @Field({ description: 'First day, YYYY-MM-DD (生效日期)' })
  @Matches(DATE_PATTERN, { message: 'validFrom must be a date YYYY-MM-DD' })
  validFrom!: string;

  @Field(_type => String, { nullable: true, description: 'Last day, YYYY-MM-DD, not before validFrom; open-ended when omitted (截止日期)' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'validUntil must be a date YYYY-MM-DD' })
  validUntil?: string | null;
}

@InputType({
  description: "Replace a point's discount rules (设置优惠规则). Precedence: a rule is eligible on a day within its validity for an elder of at least minAge "
    + 'with requiredStatus (FREE_EXTRAS only for a dish with extras); within a group the largest reduction on the normal price wins '
    + '(ties: lower priority, then name); the winners apply in ascending priority, each to the price left, never below 0; '
    + 'the reductions of GOVERNMENT rules are the subsidy owed to the operator',
})
export class SetDiscountRulesInput {
  @Field(_type => ID, { description: 'Service point serving meals (服务点)' })
  @IsUUID()
  pointId!: string;

  @Field(_type => [DiscountRuleInput], { description: 'The whole set, 0–30 rules; an empty set removes every rule (规则)' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  rules!: DiscountRuleInput[];
}
