import type { ElderlyLoaders } from '../loaders';
import type { ElderProfile } from '../elder-profile/elder-profile.entity';
import type { Dish } from '../meal/dish.entity';
import { ageOn, quotePrice, statusesOf } from './price-quote';
import type { PriceQuote } from './price-quote.type';

/** The quote of `dish` for the elder of `profile` on `day`, under the rules of the dish's point (loaded in one batch per request). */
export async function quoteFor(loaders: ElderlyLoaders, profile: ElderProfile, dish: Dish, day: string): Promise<PriceQuote> {
  const rules = await loaders.rulesByPointId.load(dish.pointId);
  const quote = quotePrice(dish, ageOn(profile.birthDate, day), statusesOf(profile), day, rules);
  return {
    dish,
    servedOn: day,
    normalPriceFen: quote.normalPriceFen,
    chargedFen: quote.chargedFen,
    subsidyFen: quote.subsidyFen,
    appliedRules: quote.applied.map(({ rule, reductionFen }) => ({ rule, name: rule.name, reductionFen, fundedBy: rule.fundedBy })),
  };
}

/** Today in China (UTC+8), YYYY-MM-DD: canteens count days by the local calendar. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
