import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { pointNear } from '../../kit/demo/geo';
import { householdsIn } from '../../kit/demo/household-counts';
import { demoId } from '../../kit/demo/ids';
import { prngFor, type Prng } from '../../kit/demo/prng';
import { BulkInserter, runSeed } from '../../kit/demo/seed-runner';
import type { DemoCommunity, DemoCompound, DemoHousehold, DemoResident, DemoTerritory } from '../../kit/demo/types';
import { seedTerritoryCopy } from '../../kit/territory/seed-territory-copy';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { addDays } from '../../kit/validation/calendar-date';
import { CIRCLE_RADIUS_METRES, METRES_PER_DEGREE } from './circle/walking';
import { CareLevel, DietaryTag, DisabilityLevel, ElderProfile, LivingSituation } from './elder-profile/elder-profile.entity';
import { ELDER_AGE } from './elder-profile/update-elder-profile.resolver';
import { elderlyEntities } from './entities';
import { HomeVisit, HomeVisitKind } from './home-visit/home-visit.entity';
import { Dish } from './meal/dish.entity';
import { MenuEntry } from './meal/menu-entry.entity';
import { MealDay } from './meal-order/meal-day.entity';
import { MealMode, MealOrder, MealOrderStatus } from './meal-order/meal-order.entity';
import { elderlyMigrations } from './migrations';
import { DiscountEffect, DiscountFunder, DiscountRule, ElderStatus } from './pricing/discount-rule.entity';
import { ageOn, quotePrice, statusesOf } from './pricing/price-quote';
import { todayInChina } from './pricing/quote-for';
import { ServicePointCommand, ServicePointStatus } from './service-point/service-point-lifecycle';
import { ServicePointStatusChange } from './service-point/service-point-status-change.entity';
import { ElderService, MEAL_KINDS, ServicePoint, ServicePointKind } from './service-point/service-point.entity';

/**
 * Xingqing's points per 105 communities (seed 001): 105 activity centres, 47 meal points, 31 rural
 * happiness homes, 23 day-care centres; the demo district gets the same shares of its communities.
 * Canteens and partner merchants are not counted there: one of each per subdistrict.
 */
const PER_105_COMMUNITIES: readonly (readonly [ServicePointKind, number])[] = [
  [ServicePointKind.ACTIVITY_CENTER, 105],
  [ServicePointKind.MEAL_POINT, 47],
  [ServicePointKind.HAPPINESS_HOME, 31],
  [ServicePointKind.DAY_CARE_CENTER, 23],
];
/** Points stand near a compound of their community: within this many metres of its gate. */
const NEAR_COMPOUND_METRES = 250;
/** Share of elders within a meal point's circle who eat there regularly, and their meals a week. */
const REGULAR_SHARE = 0.05;
const SEEDER = 'demo-seed';

const SERVICES: Record<ServicePointKind, ElderService[]> = {
  CANTEEN: [ElderService.MEALS, ElderService.MEAL_DELIVERY],
  MEAL_POINT: [ElderService.MEALS],
  PARTNER_MERCHANT: [ElderService.MEALS],
  DAY_CARE_CENTER: [ElderService.DAY_CARE, ElderService.MEALS, ElderService.HEALTH_CHECKS],
  ACTIVITY_CENTER: [ElderService.ACTIVITIES, ElderService.COUNSELLING],
  HAPPINESS_HOME: [ElderService.ACTIVITIES, ElderService.DAY_CARE],
};
const NAME_SUFFIX: Record<ServicePointKind, string> = {
  CANTEEN: '食堂', MEAL_POINT: '老饭桌助餐点', PARTNER_MERCHANT: '拉面馆(社区食堂)', DAY_CARE_CENTER: '日间照料中心',
  ACTIVITY_CENTER: '老年活动中心', HAPPINESS_HOME: '农村幸福院',
};
const CAPACITY: Record<ServicePointKind, readonly [number, number]> = {
  CANTEEN: [120, 300], MEAL_POINT: [30, 60], PARTNER_MERCHANT: [40, 80], DAY_CARE_CENTER: [0, 0], ACTIVITY_CENTER: [0, 0], HAPPINESS_HOME: [0, 0],
};

/** Dishes as the seeds describe them; the noodles cost 10.5 yuan with egg and side dish (2.5 yuan of it). */
const CANTEEN_DISHES: readonly [string, number, DietaryTag[]][] = [
  ['小米粥配包子', 500, [DietaryTag.SOFT, DietaryTag.LOW_OIL]],
  ['清蒸鱼套餐', 1500, [DietaryTag.LOW_OIL, DietaryTag.LOW_SALT]],
  ['西红柿鸡蛋面', 900, [DietaryTag.SOFT]],
  ['两荤一素', 1200, [DietaryTag.LOW_SALT]],
];
const MERCHANT_DISHES: readonly [string, number, number, string | null][] = [
  ['牛肉拉面(送鸡蛋小菜)', 1050, 250, '鸡蛋和小菜'],
  ['刀削面', 900, 0, null],
  ['羊杂割', 1200, 0, null],
];

interface SeededPoint {
  point: ServicePoint;
  dishes: Dish[];
  rules: DiscountRule[];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function metresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dy = (a.latitude - b.latitude) * METRES_PER_DEGREE;
  const dx = (a.longitude - b.longitude) * METRES_PER_DEGREE * Math.cos((a.latitude * Math.PI) / 180);
  return Math.sqrt(dx * dx + dy * dy);
}

function openingHours(kind: ServicePointKind) {
  const [opens, closes, days] =
    kind === ServicePointKind.ACTIVITY_CENTER ? ['08:00', '20:00', 7]
    : kind === ServicePointKind.DAY_CARE_CENTER ? ['07:30', '18:00', 5]
    : kind === ServicePointKind.HAPPINESS_HOME ? ['08:30', '17:30', 6]
    : ['06:30', '19:00', 7];
  return Array.from({ length: days }, (_unused, index) => ({ weekday: index + 1, opens, closes }));
}

function rule(point: ServicePoint, name: string, fields: Partial<DiscountRule>, validFrom: string): DiscountRule {
  return Object.assign(new DiscountRule(), {
    id: demoId([point.id, 'discount-rule', name]), pointId: point.id, name, minAge: null, requiredStatus: null, amountFen: null, percentOff: null,
    validFrom, validUntil: null, communityId: point.communityId, subdistrictId: point.subdistrictId, ...fields,
  });
}

/** Government age tiers and hardship subsidy at canteens and meal points; the plaque merchant's own concessions (seed 001). */
function rulesFor(point: ServicePoint, validFrom: string): DiscountRule[] {
  if (point.kind === ServicePointKind.PARTNER_MERCHANT) {
    const offer = { group: '爱心商户让利', priority: 30, fundedBy: DiscountFunder.OPERATOR };
    return [
      rule(point, '所有菜品优惠2元', { ...offer, effect: DiscountEffect.AMOUNT_OFF, amountFen: 200 }, validFrom),
      rule(point, '吃拉面送鸡蛋和小菜', { ...offer, effect: DiscountEffect.FREE_EXTRAS }, validFrom),
    ];
  }
  const tier = { group: '年龄段补贴', priority: 10, fundedBy: DiscountFunder.GOVERNMENT, effect: DiscountEffect.AMOUNT_OFF };
  return [
    rule(point, '60周岁以上每餐补贴1元', { ...tier, minAge: 60, amountFen: 100 }, validFrom),
    rule(point, '70周岁以上每餐补贴2元', { ...tier, minAge: 70, amountFen: 200 }, validFrom),
    rule(point, '80周岁以上每餐补贴3元', { ...tier, minAge: 80, amountFen: 300 }, validFrom),
    rule(point, '困难老人再享八折', {
      group: '困难补贴', priority: 20, fundedBy: DiscountFunder.GOVERNMENT, effect: DiscountEffect.PERCENT_OFF, percentOff: 20, requiredStatus: ElderStatus.HARDSHIP,
    }, validFrom),
  ];
}

function dishesFor(point: ServicePoint): Dish[] {
  const base = { pointId: point.id, communityId: point.communityId, subdistrictId: point.subdistrictId };
  if (point.kind === ServicePointKind.PARTNER_MERCHANT) {
    return MERCHANT_DISHES.map(([name, priceFen, extrasFen, extras]) =>
      Object.assign(new Dish(), { ...base, id: demoId([point.id, 'dish', name]), name, priceFen, extrasFen, extras, tags: [] }));
  }
  return CANTEEN_DISHES.map(([name, priceFen, tags]) =>
    Object.assign(new Dish(), { ...base, id: demoId([point.id, 'dish', name]), name, priceFen, extrasFen: 0, extras: null, tags }));
}

/** Which communities get a point of each kind: the seeds' shares, spread evenly by a deterministic shuffle. */
export function planPoints(territory: DemoTerritory): Map<string, ServicePointKind[]> {
  const kinds = new Map<string, ServicePointKind[]>(territory.communities.map((community) => [community.id, []]));
  const add = (community: DemoCommunity, kind: ServicePointKind) => kinds.get(community.id)!.push(kind);
  const scale = territory.communities.length / 105;
  for (const [kind, per105] of PER_105_COMMUNITIES) {
    const eligible = territory.communities.filter((community) => (kind === ServicePointKind.HAPPINESS_HOME) === (community.kind === 'VILLAGE')
      || kind === ServicePointKind.ACTIVITY_CENTER);
    const count = Math.min(eligible.length, Math.max(1, Math.round(per105 * scale)));
    const rng = prngFor([territory.district.id, kind], 'elderly-plan');
    const shuffled = [...eligible].sort(() => rng.next() - 0.5);
    shuffled.slice(0, count).forEach((community) => add(community, kind));
  }
  for (const subdistrict of territory.subdistricts) {
    const urban = territory.communities.filter((community) => community.subdistrictId === subdistrict.id && community.kind === 'URBAN_COMMUNITY');
    if (urban[0]) add(urban[0], ServicePointKind.CANTEEN);
    if (urban[1]) add(urban[1], ServicePointKind.PARTNER_MERCHANT);
  }
  return kinds;
}

async function seedPoints(rows: BulkInserter, territory: DemoTerritory, today: string): Promise<SeededPoint[]> {
  const compoundsOf = new Map<string, DemoCompound[]>();
  for (const compound of territory.compounds) compoundsOf.set(compound.communityId, [...(compoundsOf.get(compound.communityId) ?? []), compound]);
  const registeredAt = new Date(`${addDays(today, -365)}T00:00:00Z`);
  const seeded: SeededPoint[] = [];
  for (const [communityId, kinds] of planPoints(territory)) {
    const community = territory.communities.find((candidate) => candidate.id === communityId)!;
    const compounds = compoundsOf.get(communityId) ?? [];
    if (compounds.length === 0) continue;
    for (const kind of kinds) {
      const rng = prngFor([communityId, kind], 'elderly-point');
      const location = pointNear(rng, rng.pick(compounds), NEAR_COMPOUND_METRES, true);
      const [low, high] = CAPACITY[kind];
      const point = Object.assign(new ServicePoint(), {
        id: demoId([communityId, 'service-point', kind]), name: `${community.name}${NAME_SUFFIX[kind]}`, kind, status: ServicePointStatus.OPEN,
        operator: kind === ServicePointKind.PARTNER_MERCHANT ? '个体工商户' : kind === ServicePointKind.CANTEEN ? rng.pick(['社区居委会', '平城区颐养服务有限公司']) : '社区居委会',
        services: SERVICES[kind], openingHours: openingHours(kind), dailyMealCapacity: low === 0 ? 0 : rng.int(low, high),
        latitude: location.latitude, longitude: location.longitude, communityId, subdistrictId: community.subdistrictId, registeredAt,
      });
      await rows.add(ServicePoint, { ...point });
      await rows.add(ServicePointStatusChange, {
        id: demoId([point.id, 'status', 'register']), pointId: point.id, command: ServicePointCommand.REGISTER, fromStatus: null,
        toStatus: ServicePointStatus.OPEN, reason: null, changedBy: SEEDER, changedAt: registeredAt, communityId, subdistrictId: point.subdistrictId,
      });
      const dishes = MEAL_KINDS.includes(kind) ? dishesFor(point) : [];
      const rules = MEAL_KINDS.includes(kind) ? rulesFor(point, addDays(today, -365)) : [];
      for (const dish of dishes) await rows.add(Dish, { ...dish });
      for (const discount of rules) await rows.add(DiscountRule, { ...discount });
      seeded.push({ point, dishes, rules });
    }
  }
  // The menus of the last 30 days and the coming week.
  for (const { point, dishes } of seeded) {
    for (let offset = -30; offset <= 7; offset++) {
      const servedOn = addDays(today, offset);
      for (const dish of dishes) {
        await rows.add(MenuEntry, {
          id: demoId([point.id, 'menu', String(offset), dish.name]), pointId: point.id, servedOn, dishId: dish.id,
          communityId: point.communityId, subdistrictId: point.subdistrictId,
        });
      }
    }
  }
  return seeded;
}

function drawProfile(rng: Prng, resident: DemoResident, alone: boolean, today: string): ElderProfile {
  const age = ageOn(resident.birthDate, today);
  const disability = rng.weighted([[DisabilityLevel.NONE, 92], [DisabilityLevel.MODERATE, 6], [DisabilityLevel.SEVERE, 2]] as const);
  const careLevel = age >= 80 || disability === DisabilityLevel.SEVERE
    ? rng.weighted([[CareLevel.SELF_CARE, 60], [CareLevel.PARTIAL_CARE, 30], [CareLevel.FULL_CARE, 10]] as const)
    : rng.weighted([[CareLevel.SELF_CARE, 92], [CareLevel.PARTIAL_CARE, 7], [CareLevel.FULL_CARE, 1]] as const);
  const dietaryNeeds = Object.values(DietaryTag).filter(() => rng.chance(0.2));
  return Object.assign(new ElderProfile(), {
    id: demoId([resident.id, 'elder-profile']), residentId: resident.id, householdId: resident.householdId, buildingId: resident.buildingId,
    compoundId: resident.compoundId, gridId: resident.gridId, communityId: resident.communityId, subdistrictId: resident.subdistrictId,
    birthDate: resident.birthDate,
    livingSituation: alone ? rng.weighted([[LivingSituation.ALONE, 85], [LivingSituation.CHILDLESS, 15]] as const) : LivingSituation.WITH_FAMILY,
    hardship: rng.chance(0.06), disability, dietaryNeeds, careLevel,
    // Due dates spread over the coming year; about one in nine has passed (养老认证逾期).
    certificationDueOn: addDays(today, rng.int(-40, 325)),
    updatedAt: new Date(`${today}T00:00:00Z`),
  });
}

const VISITORS = ['社区网格员', '社区工作人员', '社区医生', '志愿者'];
const OUTCOMES: Record<HomeVisitKind, readonly string[]> = {
  CERTIFICATION: ['已完成养老认证', '已协助办理养老金恢复发放'],
  FREE_CLINIC: ['测量血压血糖, 情况平稳', '建议到社区卫生服务站复诊'],
  WELFARE_CHECK: ['老人身体状况良好', '已联系子女, 协助解决生活困难'],
};

/** Writes elderly's share of the demo territory: the territory copy, points of every kind, profiles of residents 60+, visits and a year of meals. */
export async function seedElderly(em: EntityManager, territory: DemoTerritory): Promise<void> {
  const today = todayInChina();
  const rows = new BulkInserter(em);
  await seedTerritoryCopy(rows, territory);
  const seeded = await seedPoints(rows, territory, today);
  const mealPoints = seeded.filter(({ point }) => MEAL_KINDS.includes(point.kind));
  const buildings = new Map(territory.buildings.map((building) => [building.id, building]));
  const taken = new Map<string, number>();
  for (const building of rows.through(territory.buildings, householdsIn, 'elders')) {
    for (const household of territory.households(building)) {
      const residents = [...territory.residents(household)];
      const elders = residents.filter((resident) => ageOn(resident.birthDate, today) >= ELDER_AGE);
      for (const resident of elders) {
        const rng = prngFor([resident.id], 'elderly');
        const profile = drawProfile(rng, resident, residents.length === elders.length && residents.length <= 2 && rng.chance(residents.length === 1 ? 1 : 0.3), today);
        await rows.add(ElderProfile, { ...profile });
        await seedVisits(rows, rng, profile, today);
        await seedMeals(rows, rng, profile, household, buildings.get(household.buildingId)!, mealPoints, taken, today);
      }
    }
  }
  for (const [key, ordered] of taken) {
    const [pointId, servedOn] = key.split('|');
    await rows.add(MealDay, { id: demoId([pointId, 'meal-day', servedOn]), pointId, servedOn, ordered });
  }
  await rows.flush();
}

async function seedVisits(rows: BulkInserter, rng: Prng, profile: ElderProfile, today: string): Promise<void> {
  if (!rng.chance(0.3)) return;
  const visits = rng.int(1, 3);
  for (let index = 0; index < visits; index++) {
    const kind = rng.weighted([[HomeVisitKind.WELFARE_CHECK, 5], [HomeVisitKind.FREE_CLINIC, 3], [HomeVisitKind.CERTIFICATION, 2]] as const);
    await rows.add(HomeVisit, {
      id: demoId([profile.id, 'visit', String(index)]), profileId: profile.id, kind, visitedOn: addDays(today, -rng.int(1, 360)),
      visitors: `${rng.pick(VISITORS)}、${rng.pick(VISITORS)}`, outcome: rng.pick(OUTCOMES[kind]), recordedBy: SEEDER,
      recordedAt: new Date(`${today}T00:00:00Z`), compoundId: profile.compoundId, communityId: profile.communityId, subdistrictId: profile.subdistrictId,
    });
  }
}

/** A year of meals for the few elders who eat regularly at the nearest meal-serving point within their circle. */
async function seedMeals(
  rows: BulkInserter, rng: Prng, profile: ElderProfile, household: DemoHousehold, building: { latitude: number; longitude: number },
  mealPoints: readonly SeededPoint[], taken: Map<string, number>, today: string,
): Promise<void> {
  if (!rng.chance(REGULAR_SHARE)) return;
  const near = mealPoints
    .map((seededPoint) => ({ seededPoint, metres: metresBetween(building, seededPoint.point) }))
    .filter(({ metres }) => metres <= CIRCLE_RADIUS_METRES)
    .sort((a, b) => a.metres - b.metres)[0];
  if (!near) return;
  const { point, dishes, rules } = near.seededPoint;
  const perWeek = rng.int(1, 3);
  for (let week = 0; week < 52; week++) {
    for (let meal = 0; meal < perWeek; meal++) {
      const servedOn = addDays(today, -(week * 7 + rng.int(0, 6) + 1));
      const key = `${point.id}|${servedOn}`;
      if ((taken.get(key) ?? 0) >= point.dailyMealCapacity) continue;
      const dish = rng.pick(dishes);
      const quote = quotePrice(dish, ageOn(profile.birthDate, servedOn), statusesOf(profile), servedOn, rules);
      const cancelled = rng.chance(0.02);
      if (!cancelled) taken.set(key, (taken.get(key) ?? 0) + 1);
      await rows.add(MealOrder, {
        id: demoId([profile.id, 'meal', String(week), String(meal)]), idempotencyKey: `seed-${household.id.slice(0, 8)}-${week}-${meal}-${profile.id.slice(0, 8)}`,
        pointId: point.id, profileId: profile.id, residentId: profile.residentId, dishId: dish.id, servedOn,
        mode: rng.chance(0.7) ? MealMode.DINE_IN : MealMode.PICK_UP, normalPriceFen: quote.normalPriceFen, chargedFen: quote.chargedFen,
        subsidyFen: quote.subsidyFen, appliedRules: quote.applied.map(({ rule: applied }) => applied.name),
        status: cancelled ? MealOrderStatus.CANCELLED : MealOrderStatus.PLACED,
        orderedAt: new Date(`${servedOn}T03:${pad(rng.int(0, 59))}:00Z`), cancelledAt: cancelled ? new Date(`${servedOn}T04:00:00Z`) : null,
        communityId: point.communityId, subdistrictId: point.subdistrictId,
      });
    }
  }
}

if (require.main === module) {
  runSeed({ name: 'elderly', entities: elderlyEntities, migrations: elderlyMigrations }, async (em) => (await em.count(TerritoryPlace)) === 0, seedElderly).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
