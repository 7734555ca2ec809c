import { addDays } from '../../../kit/validation/calendar-date';
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

test('subdistrict stats agree with the rows counted one by one', async () => {
  const em = fixture.em();
  const [subdistrict] = fixture.territory.subdistricts;
  const today = todayInChina();
  const from = new Date(Date.parse(today) - 365 * 86_400_000).toISOString().slice(0, 10);
  // China-time midnights: the days from `from` up to, not including, today.
  const result = await fixture.run(cityAdmin, `query ($representations: [_Any!]!, $from: DateTimeISO!, $to: DateTimeISO!) { _entities(representations: $representations) {
    ... on Subdistrict { elderlyStats(period: { from: $from, to: $to }) { elders mealsServed subsidiesFen certificationsOverdue visitsMade pointsByKind { kind count } } } } }`,
  { representations: [{ __typename: 'Subdistrict', id: subdistrict.id }], from: `${from}T00:00:00+08:00`, to: `${today}T00:00:00+08:00` });
  expect(result.errors).toBeUndefined();
  const stats = result.data._entities[0].elderlyStats;
  const orders = (await em.find(MealOrder, { subdistrictId: subdistrict.id })).filter((order) => order.status === MealOrderStatus.PLACED && order.servedOn >= from && order.servedOn < today);
  const profiles = await em.find(ElderProfile, { subdistrictId: subdistrict.id });
  const points = await em.find(ServicePoint, { subdistrictId: subdistrict.id });
  const visits: { visited_on: string }[] = await em.getConnection().execute('select visited_on from home_visit where subdistrict_id = ?', [subdistrict.id]);
  expect(stats).toEqual({
    elders: profiles.length,
    mealsServed: orders.length,
    subsidiesFen: orders.reduce((sum, order) => sum + order.subsidyFen, 0),
    certificationsOverdue: profiles.filter((profile) => profile.certificationDueOn < today).length,
    visitsMade: visits.filter((visit) => visit.visited_on >= from && visit.visited_on < today).length,
    pointsByKind: Object.values(ServicePointKind).map((kind) => ({ kind, count: points.filter((point) => point.kind === kind).length })),
  });
  expect(stats.mealsServed).toBeGreaterThan(0);
  expect(stats.certificationsOverdue).toBeGreaterThan(0);
});

test('without a period, the stats count the twelve months up to now, today included (kit’s one default)', async () => {
  const [subdistrict] = fixture.territory.subdistricts;
  const result = await fixture.run(cityAdmin, `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Subdistrict { default: elderlyStats { from to mealsServed } thisYear: elderlyStats(period: { preset: THIS_YEAR }) { from mealsServed } } } }`,
  { representations: [{ __typename: 'Subdistrict', id: subdistrict.id }] });
  expect(result.errors).toBeUndefined();
  const today = todayInChina();
  const [stats] = result.data._entities;
  expect(stats.default.to).toBe(addDays(today, 1));
  // 365 days back from a moment of today, in China's calendar.
  expect([addDays(today, -365), addDays(today, -366)]).toContain(stats.default.from);
  expect(stats.default.mealsServed).toBeGreaterThan(0);
  expect(stats.thisYear.from).toBe(`${today.slice(0, 4)}-01-01`);
});
