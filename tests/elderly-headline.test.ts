import { Role } from '../kit/auth/role';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * The elderly subgraph's headline query through the gateway: a compound's households → residents
 * (grids) → elder profiles → the nearest plaque merchant (爱心商户, 社区食堂牌匾) and canteen, with a
 * price quote for each dish there (elderly).
 */
const HEADLINE = /* GraphQL */ `
  query ($id: ID!, $on: String!) {
    compound(id: $id) {
      name
      buildings(first: 100) { edges { node { households(first: 100) { edges { node {
        address
        residents(first: 10) { edges { node {
          id
          elderProfile {
            careLevel(reveal: ELDER_CARE)
            merchant: nearestServicePoints(kind: PARTNER_MERCHANT, first: 1) {
              distanceMetres walkingMinutes withinCircle
              point { name kind }
              priceQuotes(on: $on) { dish { name priceFen } normalPriceFen chargedFen subsidyFen appliedRules { name reductionFen fundedBy } }
            }
            canteen: nearestServicePoints(kind: CANTEEN, first: 1) {
              point { name }
              priceQuotes(on: $on) { dish { name } normalPriceFen chargedFen subsidyFen }
            }
          }
        } } }
      } } } } } }
    }
  }
`;
const REGISTER = /* GraphQL */ `mutation ($input: RegisterServicePointInput!) { registerServicePoint(input: $input) { point { id } } }`;
const PROFILE = /* GraphQL */ `mutation ($input: UpdateElderProfileInput!) { updateElderProfile(input: $input) { profile { id } } }`;
const HOURS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '06:30', closes: '19:00' }));
const DAY = '2031-06-01';

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
});
afterAll(() => supergraph.close());

/** Age on `day` (default DAY), whole years, worked out here from the birth date. */
function age(birthDate: string, day = DAY): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return birthDate.slice(5) <= day.slice(5) ? years : years - 1;
}

test('a compound’s households → residents → elder profiles, with the nearest canteen and a price quote for each dish there', async () => {
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const { territory } = supergraph;
  const compound = territory.compounds[0];
  const residents = territory.buildings.filter((building) => building.compoundId === compound.id)
    .flatMap((building) => [...territory.households(building)]).flatMap((household) => [...territory.residents(household)]);
  const elder = residents.find((resident) => resident.birthDate < '1965-01-01')!;
  expect(elder).toBeDefined();
  // A known elder: not in hardship (so only the age tier applies at a canteen).
  const profile = await supergraph.query(PROFILE, { input: {
    residentId: elder.id, birthDate: elder.birthDate, livingSituation: 'ALONE', hardship: false, disability: 'NONE', dietaryNeeds: ['SOFT'],
    careLevel: 'SELF_CARE', certificationDueOn: '2031-12-31',
  } }, admin);
  expect(profile.body.errors).toBeUndefined();
  // A plaque merchant and a canteen at the compound's gate, so both lie within 4 km of every home here.
  for (const kind of ['PARTNER_MERCHANT', 'CANTEEN']) {
    const registered = await supergraph.query(REGISTER, { input: {
      communityId: compound.communityId, name: `${compound.name}门口${kind}`, kind, operator: '测试', services: ['MEALS'], openingHours: HOURS,
      dailyMealCapacity: 60, latitude: compound.latitude, longitude: compound.longitude,
    } }, admin);
    expect(registered.body.errors).toBeUndefined();
    const pointId = registered.body.data.registerServicePoint.point.id;
    const dishes = kind === 'PARTNER_MERCHANT'
      ? [{ name: '牛肉拉面(送鸡蛋小菜)', priceFen: 1050, extrasFen: 250, extras: '鸡蛋和小菜' }, { name: '刀削面', priceFen: 900 }, { name: '羊杂割', priceFen: 1200 }]
      : [{ name: '小米粥配包子', priceFen: 500 }, { name: '清蒸鱼套餐', priceFen: 1500 }, { name: '西红柿鸡蛋面', priceFen: 900 }, { name: '两荤一素', priceFen: 1200 }];
    const menu = await supergraph.query('mutation ($input: PublishMenuInput!) { publishMenu(input: $input) { servedOn } }', { input: { pointId, servedOn: DAY, dishes } }, admin);
    expect(menu.body.errors).toBeUndefined();
    const rules = kind === 'PARTNER_MERCHANT'
      ? [
        { name: '所有菜品优惠2元', group: '爱心商户让利', priority: 30, effect: 'AMOUNT_OFF', amountFen: 200, fundedBy: 'OPERATOR', validFrom: '2026-01-01' },
        { name: '吃拉面送鸡蛋和小菜', group: '爱心商户让利', priority: 30, effect: 'FREE_EXTRAS', fundedBy: 'OPERATOR', validFrom: '2026-01-01' },
      ]
      : [60, 70, 80].map((minAge, index) => ({
        name: `${minAge}周岁以上每餐补贴${index + 1}元`, group: '年龄段补贴', priority: 10, minAge, effect: 'AMOUNT_OFF', amountFen: (index + 1) * 100, fundedBy: 'GOVERNMENT', validFrom: '2026-01-01',
      }));
    const set = await supergraph.query('mutation ($input: SetDiscountRulesInput!) { setDiscountRules(input: $input) { rules { id } } }', { input: { pointId, rules } }, admin);
    expect(set.body.errors).toBeUndefined();
  }

  const result = await supergraph.query(HEADLINE, { id: compound.id, on: DAY }, admin);
  expect(result.body.errors).toBeUndefined();
  const nodes = result.body.data.compound.buildings.edges.flatMap((building: any) => building.node.households.edges)
    .flatMap((household: any) => household.node.residents.edges.map((edge: any) => edge.node));
  expect(nodes.length).toBe(residents.length);
  const elders = nodes.filter((node: any) => node.elderProfile);
  // Profiles for the residents 60 or over today (China time), as the seed writes them, and our elder.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  expect(elders.map((node: any) => node.id).sort()).toEqual(
    residents.filter((resident) => age(resident.birthDate, today) >= 60 || resident.id === elder.id).map((resident) => resident.id).sort(),
  );

  // At every plaque merchant (the seeded ones sell the same dishes under the same rules): 10.5 → 8, 9 → 7, 12 → 10 yuan.
  for (const node of elders) {
    const [merchant] = node.elderProfile.merchant;
    expect(merchant.point.kind).toBe('PARTNER_MERCHANT');
    const quotes = Object.fromEntries(merchant.priceQuotes.map((quote: any) => [quote.dish.name, [quote.normalPriceFen, quote.chargedFen, quote.subsidyFen]]));
    expect(quotes).toEqual({ '牛肉拉面(送鸡蛋小菜)': [1050, 800, 0], 刀削面: [900, 700, 0], 羊杂割: [1200, 1000, 0] });
  }
  const noodles = elders.find((node: any) => node.id === elder.id).elderProfile.merchant[0].priceQuotes.find((quote: any) => quote.dish.name === '牛肉拉面(送鸡蛋小菜)');
  expect(noodles.appliedRules).toEqual([{ name: '吃拉面送鸡蛋和小菜', reductionFen: 250, fundedBy: 'OPERATOR' }]);

  // At the canteen our elder (not in hardship) gets the age tier only: 1, 2 or 3 yuan by age, owed by the government.
  const tier = age(elder.birthDate) >= 80 ? 300 : age(elder.birthDate) >= 70 ? 200 : 100;
  const canteen = elders.find((node: any) => node.id === elder.id).elderProfile.canteen[0];
  const canteenQuotes = Object.fromEntries(canteen.priceQuotes.map((quote: any) => [quote.dish.name, [quote.chargedFen, quote.subsidyFen]]));
  expect(canteenQuotes).toEqual({
    小米粥配包子: [500 - tier, tier], 清蒸鱼套餐: [1500 - tier, tier], 西红柿鸡蛋面: [900 - tier, tier], 两荤一素: [1200 - tier, tier],
  });
});
