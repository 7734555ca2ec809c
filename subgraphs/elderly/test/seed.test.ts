import { cityAdmin } from '../../../kit/testing/viewers';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { MealDay } from '../meal-order/meal-day.entity';
import { MealOrder, MealOrderStatus } from '../meal-order/meal-order.entity';
import { ageOn } from '../pricing/price-quote';
import { todayInChina } from '../pricing/quote-for';
import { ServicePoint, ServicePointKind } from '../service-point/service-point.entity';
import { createElderlyFixture, type ElderlyFixture } from './elderly-fixture';

let fixture: ElderlyFixture;
beforeAll(async () => {
  fixture = await createElderlyFixture();
});
afterAll(() => fixture.close());

test('every resident aged 60 or more today has a profile, and no one younger', async () => {
  const { territory } = fixture;
  const today = todayInChina();
  const elders = territory.buildings
    .flatMap((building) => [...territory.households(building)])
    .flatMap((household) => [...territory.residents(household)])
    .filter((resident) => ageOn(resident.birthDate, today) >= 60);
  const profiles = await fixture.em().find(ElderProfile, {});
  expect(profiles.map((profile) => profile.residentId).sort()).toEqual(elders.map((resident) => resident.id).sort());
});

test('points of every kind the seeds count, meal days never above capacity, orders within the last year', async () => {
  const em = fixture.em();
  const points = await em.find(ServicePoint, {});
  for (const kind of [ServicePointKind.ACTIVITY_CENTER, ServicePointKind.MEAL_POINT, ServicePointKind.DAY_CARE_CENTER, ServicePointKind.CANTEEN]) {
    expect({ kind, present: points.some((point) => point.kind === kind) }).toEqual({ kind, present: true });
  }
  const capacity = new Map(points.map((point) => [point.id, point.dailyMealCapacity]));
  for (const day of await em.find(MealDay, {})) expect(day.ordered).toBeLessThanOrEqual(capacity.get(day.pointId)!);
  const orders = await em.find(MealOrder, {});
  expect(orders.length).toBeGreaterThan(0);
  const today = todayInChina();
  const yearAgo = new Date(Date.parse(today) - 366 * 86_400_000).toISOString().slice(0, 10);
  for (const order of orders) {
    expect(order.servedOn < today && order.servedOn >= yearAgo).toBe(true);
    expect(order.chargedFen).toBeGreaterThanOrEqual(0);
    expect(order.chargedFen + order.subsidyFen).toBeLessThanOrEqual(order.normalPriceFen);
  }
  // The day counters hold exactly the placed orders.
  const placed = new Map<string, number>();
  for (const order of orders.filter((candidate) => candidate.status === MealOrderStatus.PLACED)) {
    placed.set(`${order.pointId}|${order.servedOn}`, (placed.get(`${order.pointId}|${order.servedOn}`) ?? 0) + 1);
  }
  const days = await em.find(MealDay, {});
  expect(new Map(days.map((day) => [`${day.pointId}|${day.servedOn}`, day.ordered]))).toEqual(placed);
  const result = await fixture.run(cityAdmin, '{ servicePoint(id: "00000000-0000-4000-8000-000000000000") { id } }');
  expect(result.errors).toBeUndefined();
});
