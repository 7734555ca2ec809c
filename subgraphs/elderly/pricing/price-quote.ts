import type { Dish } from '../meal/dish.entity';
import { DisabilityLevel, LivingSituation, type ElderProfile } from '../elder-profile/elder-profile.entity';
import { DiscountEffect, DiscountFunder, ElderStatus, type DiscountRule } from './discount-rule.entity';

/** A rule as the quote applied it: what it took off the price left before it. */
export interface AppliedRule {
  readonly rule: DiscountRule;
  readonly reductionFen: number;
}

export interface Quote {
  readonly normalPriceFen: number;
  readonly chargedFen: number;
  readonly subsidyFen: number;
  readonly applied: readonly AppliedRule[];
}

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The statuses a profile gives its elder for discount rules. */
export function statusesOf(profile: Pick<ElderProfile, 'livingSituation' | 'hardship' | 'disability'>): Set<ElderStatus> {
  const statuses = new Set<ElderStatus>();
  if (profile.livingSituation !== LivingSituation.WITH_FAMILY) statuses.add(ElderStatus.LIVING_ALONE);
  if (profile.hardship) statuses.add(ElderStatus.HARDSHIP);
  if (profile.disability !== DisabilityLevel.NONE) statuses.add(ElderStatus.DISABILITY);
  return statuses;
}

function eligible(rule: DiscountRule, dish: Pick<Dish, 'extrasFen'>, age: number, statuses: ReadonlySet<ElderStatus>, day: string): boolean {
  if (day < rule.validFrom || (rule.validUntil !== null && day > rule.validUntil)) return false;
  if (rule.minAge !== null && age < rule.minAge) return false;
  if (rule.requiredStatus !== null && !statuses.has(rule.requiredStatus)) return false;
  return rule.effect !== DiscountEffect.FREE_EXTRAS || dish.extrasFen > 0;
}

/** What a rule takes off `price` (never more than `price`); percentages round down to the fen. */
function reduction(rule: DiscountRule, dish: Pick<Dish, 'extrasFen'>, price: number): number {
  const off =
    rule.effect === DiscountEffect.AMOUNT_OFF ? rule.amountFen ?? 0
    : rule.effect === DiscountEffect.PERCENT_OFF ? Math.floor((price * (rule.percentOff ?? 0)) / 100)
    : dish.extrasFen;
  return Math.min(price, Math.max(0, off));
}

function byPriorityThenName(a: DiscountRule, b: DiscountRule): number {
  return a.priority - b.priority || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/**
 * The price of `dish` for an elder of `age` with `statuses` on `day` under `rules`, by the written
 * precedence (see `DiscountRule`): eligible rules; in each group the largest reduction on the normal
 * price; winners in ascending priority on what is left; the government-funded part is the subsidy.
 * Integer fen throughout.
 */
export function quotePrice(
  dish: Pick<Dish, 'priceFen' | 'extrasFen'>,
  age: number,
  statuses: ReadonlySet<ElderStatus>,
  day: string,
  rules: readonly DiscountRule[],
): Quote {
  const winners = new Map<string, { rule: DiscountRule; off: number }>();
  for (const rule of [...rules].sort(byPriorityThenName)) {
    if (!eligible(rule, dish, age, statuses, day)) continue;
    const off = reduction(rule, dish, dish.priceFen);
    const best = winners.get(rule.group);
    if (!best || off > best.off) winners.set(rule.group, { rule, off });
  }
  let price = dish.priceFen;
  let subsidy = 0;
  const applied: AppliedRule[] = [];
  for (const { rule } of [...winners.values()].sort((a, b) => byPriorityThenName(a.rule, b.rule))) {
    const off = reduction(rule, dish, price);
    if (off === 0) continue;
    price -= off;
    if (rule.fundedBy === DiscountFunder.GOVERNMENT) subsidy += off;
    applied.push({ rule, reductionFen: off });
  }
  return { normalPriceFen: dish.priceFen, chargedFen: price, subsidyFen: subsidy, applied };
}
