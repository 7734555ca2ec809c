import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import type { ElderlyContext } from '../context';
import { POINT_MANAGERS } from '../roles';
import { requirePoint } from '../service-point/require-point';
import { MEAL_KINDS } from '../service-point/service-point.entity';
import { DiscountEffect, DiscountRule } from './discount-rule.entity';
import { SetDiscountRulesInput, type DiscountRuleInput } from './discount-rule.input';

@ObjectType({ description: 'Result of setting discount rules (设置优惠规则结果)' })
export class SetDiscountRulesPayload {
  @Field(_type => [DiscountRule], { description: 'The rules now in force, in the order they apply (优惠规则)' })
  rules!: DiscountRule[];
}

/** Each effect needs its own amount and no other. */
function checkRule(rule: DiscountRuleInput, field: string): void {
  for (const day of ['validFrom', 'validUntil'] as const) {
    const value = rule[day];
    if (value && !isCalendarDate(value)) throw new BadUserInputError(`${field}.${day}`, 'date', `${field}.${day} is not a calendar date YYYY-MM-DD`);
  }
  if (rule.validUntil && rule.validUntil < rule.validFrom) throw new BadUserInputError(`${field}.validUntil`, 'not before validFrom', 'validUntil lies before validFrom');
  const needs = { amountFen: rule.effect === DiscountEffect.AMOUNT_OFF, percentOff: rule.effect === DiscountEffect.PERCENT_OFF };
  for (const [amount, needed] of Object.entries(needs) as ['amountFen' | 'percentOff', boolean][]) {
    const given = rule[amount] !== undefined && rule[amount] !== null;
    if (needed && !given) throw new BadUserInputError(`${field}.${amount}`, `required for ${rule.effect}`, `${amount} is required for ${rule.effect}`);
    if (!needed && given) throw new BadUserInputError(`${field}.${amount}`, `not for ${rule.effect}`, `${amount} does not apply to ${rule.effect}`);
  }
}

@Resolver()
export class SetDiscountRulesResolver {
  @Authorized(POINT_MANAGERS)
  @Mutation(_returns => SetDiscountRulesPayload, { description: "Replace a point's discount rules, as data (设置优惠规则)" })
  async setDiscountRules(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: SetDiscountRulesInput,
    @Ctx() context: ElderlyContext,
  ): Promise<SetDiscountRulesPayload> {
    const point = await requirePoint(context, input.pointId, 'input.pointId', POINT_MANAGERS);
    const names = new Set<string>();
    input.rules.forEach((rule, index) => {
      const field = `input.rules.${index}`;
      if (names.has(rule.name)) throw new BadUserInputError(`${field}.name`, 'unique', 'each rule name may be used once');
      names.add(rule.name);
      checkRule(rule, field);
    });
    if (!MEAL_KINDS.includes(point.kind)) throw new BadUserInputError('input.pointId', 'serves meals', 'this point serves no meals');
    const rules = input.rules.map((rule) => Object.assign(new DiscountRule(), {
      pointId: point.id, name: rule.name, group: rule.group, priority: rule.priority, minAge: rule.minAge ?? null,
      requiredStatus: rule.requiredStatus ?? null, effect: rule.effect, amountFen: rule.amountFen ?? null, percentOff: rule.percentOff ?? null,
      fundedBy: rule.fundedBy, validFrom: rule.validFrom, validUntil: rule.validUntil ?? null,
      communityId: point.communityId, subdistrictId: point.subdistrictId,
    }));
    await context.em.transactional(async (tx) => {
      await tx.nativeDelete(DiscountRule, { pointId: point.id });
      tx.persist(rules);
    });
    return { rules: [...rules].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name)) };
  }
}
