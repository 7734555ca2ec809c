import { DiscountEffect, DiscountFunder, DiscountRule, ElderStatus } from '../discount-rule.entity';
import { ageOn, quotePrice } from '../price-quote';

/** Expected figures below are worked by hand from the rules, in fen; none comes from the code. */

let serial = 0;
function rule(name: string, fields: Partial<DiscountRule>): DiscountRule {
  serial += 1;
  return Object.assign(new DiscountRule(), {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`, pointId: 'p', name, group: name, priority: 10, minAge: null, requiredStatus: null,
    amountFen: null, percentOff: null, fundedBy: DiscountFunder.GOVERNMENT, validFrom: '2026-01-01', validUntil: null, communityId: 'c', subdistrictId: 's',
    ...fields,
  });
}

const DAY = '2026-06-15';
const NONE = new Set<ElderStatus>();

describe("the seeds' plaque merchant (seed 001: 所有菜品优惠2元, 吃拉面送鸡蛋和小菜)", () => {
  const offer = { group: '爱心商户让利', priority: 30, fundedBy: DiscountFunder.OPERATOR };
  const rules = [
    rule('所有菜品优惠2元', { ...offer, effect: DiscountEffect.AMOUNT_OFF, amountFen: 200 }),
    rule('吃拉面送鸡蛋和小菜', { ...offer, effect: DiscountEffect.FREE_EXTRAS }),
  ];

  test('宋阿姨: noodles with egg and side dish, 10.5 yuan before, 8 yuan now', () => {
    // 1050 = noodles 800 + egg and side dish 250. The two offers share a group: 200 off vs 250 off, the larger wins.
    const quote = quotePrice({ priceFen: 1050, extrasFen: 250 }, 66, NONE, DAY, rules);
    expect(quote.chargedFen).toBe(800);
    expect(quote.applied.map(({ rule: applied, reductionFen }) => [applied.name, reductionFen])).toEqual([['吃拉面送鸡蛋和小菜', 250]]);
    // The merchant bears its own concession: nothing is owed by the government.
    expect(quote.subsidyFen).toBe(0);
  });

  test('a dish without extras gets the 2 yuan off', () => {
    const quote = quotePrice({ priceFen: 1200, extrasFen: 0 }, 66, NONE, DAY, rules);
    expect([quote.chargedFen, quote.applied.map(({ rule: applied }) => applied.name)]).toEqual([1000, ['所有菜品优惠2元']]);
  });
});

describe('a canteen with age tiers, a hardship share and a merchant reduction', () => {
  const tier = { group: 'age', priority: 10, effect: DiscountEffect.AMOUNT_OFF };
  const rules = [
    rule('60+', { ...tier, minAge: 60, amountFen: 100 }),
    rule('70+', { ...tier, minAge: 70, amountFen: 200 }),
    rule('80+', { ...tier, minAge: 80, amountFen: 300 }),
    rule('hardship 20%', { group: 'hardship', priority: 20, effect: DiscountEffect.PERCENT_OFF, percentOff: 20, requiredStatus: ElderStatus.HARDSHIP }),
    rule('2 yuan', { group: 'merchant', priority: 30, effect: DiscountEffect.AMOUNT_OFF, amountFen: 200, fundedBy: DiscountFunder.OPERATOR }),
  ];

  test('82, in hardship, a 12-yuan dish: 300 off, then 20% of 900, then 200', () => {
    const quote = quotePrice({ priceFen: 1200, extrasFen: 0 }, 82, new Set([ElderStatus.HARDSHIP]), DAY, rules);
    expect(quote.applied.map(({ rule: applied, reductionFen }) => [applied.name, reductionFen])).toEqual([['80+', 300], ['hardship 20%', 180], ['2 yuan', 200]]);
    expect([quote.chargedFen, quote.subsidyFen]).toEqual([520, 480]);
  });

  test('75, no status: the 70+ tier only, and the merchant reduction', () => {
    const quote = quotePrice({ priceFen: 1200, extrasFen: 0 }, 75, NONE, DAY, rules);
    expect([quote.chargedFen, quote.subsidyFen]).toEqual([800, 200]);
  });

  test('59: no tier', () => {
    expect(quotePrice({ priceFen: 1200, extrasFen: 0 }, 59, NONE, DAY, rules).chargedFen).toBe(1000);
  });

  test('a percentage rounds down to the fen, in the elder\'s favour of the remaining price', () => {
    const rules15 = [rule('15%', { effect: DiscountEffect.PERCENT_OFF, percentOff: 15 })];
    // 15% of 1055 is 158.25 → 158 off → 897.
    expect(quotePrice({ priceFen: 1055, extrasFen: 0 }, 70, NONE, DAY, rules15).chargedFen).toBe(897);
  });
});

test('the price never goes below zero, and a rule only counts what it took', () => {
  const rules = [rule('5 yuan', { effect: DiscountEffect.AMOUNT_OFF, amountFen: 500 }), rule('1 yuan', { priority: 20, effect: DiscountEffect.AMOUNT_OFF, amountFen: 100 })];
  const quote = quotePrice({ priceFen: 300, extrasFen: 0 }, 70, NONE, DAY, rules);
  expect([quote.chargedFen, quote.subsidyFen, quote.applied.map(({ reductionFen }) => reductionFen)]).toEqual([0, 300, [300]]);
});

test('a rule outside its validity does not apply', () => {
  const rules = [
    rule('ended', { effect: DiscountEffect.AMOUNT_OFF, amountFen: 100, validUntil: '2026-06-14' }),
    rule('not yet', { effect: DiscountEffect.AMOUNT_OFF, amountFen: 100, validFrom: '2026-06-16' }),
    rule('last day', { effect: DiscountEffect.AMOUNT_OFF, amountFen: 50, validUntil: DAY }),
  ];
  expect(quotePrice({ priceFen: 1000, extrasFen: 0 }, 70, NONE, DAY, rules).chargedFen).toBe(950);
});

test('age counts whole years on the day', () => {
  expect([ageOn('1946-06-16', DAY), ageOn('1946-06-15', DAY), ageOn('1946-12-31', DAY)]).toEqual([79, 80, 79]);
});
