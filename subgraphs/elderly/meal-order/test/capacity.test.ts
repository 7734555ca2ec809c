import { randomBytes } from 'node:crypto';
import { Role } from '../../../../kit/auth/role';
import { signToken, type TokenSettings } from '../../../../kit/auth/token';
import type { RunningService } from '../../../../kit/http/service';
import { cityAdmin } from '../../../../kit/testing/viewers';
import { ElderProfile } from '../../elder-profile/elder-profile.entity';
import { createElderlyFixture, type ElderlyFixture } from '../../test/elderly-fixture';
import { canteenWithMenu, ORDER_MEAL } from '../../test/point-setup';
import { MealDay } from '../meal-day.entity';
import { MealOrder } from '../meal-order.entity';

const DAY = '2031-03-03';
const CAPACITY = 30;

let fixture: ElderlyFixture;
let service: RunningService;
let token: string;
let profiles: ElderProfile[];
let point: { pointId: string; dishId: string };
const settings: TokenSettings = { secret: randomBytes(32), issuer: 'elderly-test', audience: 'elderly-test' };

beforeAll(async () => {
  fixture = await createElderlyFixture();
  service = await fixture.server.listen(0, settings);
  token = await signToken({ subject: 'till', roles: [Role.CITY_ADMIN] }, settings);
  profiles = await fixture.em().find(ElderProfile, {}, { orderBy: { id: 'ASC' }, limit: 40 });
  point = await canteenWithMenu(fixture, cityAdmin, profiles[0].communityId, '容量测试食堂', CAPACITY, DAY);
});
afterAll(async () => {
  await service.close();
  await fixture.close();
});

/** One order over real HTTP, as a till sends it. */
async function order(residentId: string, key: string) {
  const response = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ORDER_MEAL, variables: { input: { idempotencyKey: key, pointId: point.pointId, residentId, dishId: point.dishId, servedOn: DAY, mode: 'DINE_IN' } } }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions: { code: string; field?: string } }[] };
}

async function ordersOfTheDay(): Promise<{ orders: number; counter: number | undefined }> {
  const em = fixture.em();
  return {
    orders: await em.count(MealOrder, { pointId: point.pointId, servedOn: DAY, status: 'PLACED' as never }),
    counter: (await em.findOne(MealDay, { pointId: point.pointId, servedOn: DAY }))?.ordered,
  };
}

test('a 30-meal point takes 15 orders, then of 20 concurrent orders exactly 15, and refuses the 31st', async () => {
  expect(profiles.length).toBeGreaterThanOrEqual(36);
  for (let index = 0; index < 15; index++) {
    const result = await order(profiles[index].residentId, `till-seq-${index}`);
    expect(result.errors).toBeUndefined();
  }
  const concurrent = await Promise.all(profiles.slice(15, 35).map((profile, index) => order(profile.residentId, `till-con-${index}`)));
  const accepted = concurrent.filter((result) => !result.errors);
  const refused = concurrent.filter((result) => result.errors);
  expect([accepted.length, refused.length]).toEqual([15, 5]);
  for (const result of refused) expect(result.errors![0].extensions).toEqual(expect.objectContaining({ code: 'CONFLICT', field: 'input.servedOn' }));
  expect(await ordersOfTheDay()).toEqual({ orders: 30, counter: 30 });

  const thirtyFirst = await order(profiles[35].residentId, 'till-31st');
  expect(thirtyFirst.errors?.[0].extensions.code).toBe('CONFLICT');
  expect(await ordersOfTheDay()).toEqual({ orders: 30, counter: 30 });

  // What the till shows: nothing left, the day's 30 orders.
  const till = await fixture.run(cityAdmin, `query ($id: ID!, $day: String!) { servicePoint(id: $id) {
    mealsLeft(on: $day) mealOrders(servedOn: $day, first: 5) { totalCount } } }`, { id: point.pointId, day: DAY });
  expect(till.errors).toBeUndefined();
  expect(till.data.servicePoint).toEqual({ mealsLeft: 0, mealOrders: { totalCount: 30 } });
});

test('a cancelled order gives its meal back to the day', async () => {
  const [placed] = await fixture.em().find(MealOrder, { pointId: point.pointId, servedOn: DAY, status: 'PLACED' as never }, { limit: 1 });
  const cancel = await fixture.run(cityAdmin, 'mutation ($input: CancelMealOrderInput!) { cancelMealOrder(input: $input) { order { status cancelledAt } } }', { input: { orderId: placed.id } });
  expect(cancel.errors).toBeUndefined();
  expect(cancel.data.cancelMealOrder.order.status).toBe('CANCELLED');
  expect(await ordersOfTheDay()).toEqual({ orders: 29, counter: 29 });
  const again = await fixture.run(cityAdmin, 'mutation ($input: CancelMealOrderInput!) { cancelMealOrder(input: $input) { order { status } } }', { input: { orderId: placed.id } });
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  const refill = await order(profiles[36].residentId, 'till-refill');
  expect(refill.errors).toBeUndefined();
  expect(await ordersOfTheDay()).toEqual({ orders: 30, counter: 30 });
});

test("a till's retry with the same key returns the same order and books no second meal; the key for another order is CONFLICT", async () => {
  const day = '2031-03-04';
  const other = await canteenWithMenu(fixture, cityAdmin, profiles[0].communityId, '幂等测试食堂', 5, day);
  const input = { idempotencyKey: 'till-retry-0001', pointId: other.pointId, residentId: profiles[0].residentId, dishId: other.dishId, servedOn: day, mode: 'PICK_UP' };
  const [first, second, third] = await Promise.all([1, 2, 3].map(() => fixture.run(cityAdmin, ORDER_MEAL, { input })));
  for (const result of [first, second, third]) expect(result.errors).toBeUndefined();
  expect(new Set([first, second, third].map((result) => result.data.orderMeal.order.id)).size).toBe(1);
  const em = fixture.em();
  expect(await em.count(MealOrder, { pointId: other.pointId })).toBe(1);
  expect((await em.findOne(MealDay, { pointId: other.pointId, servedOn: day }))!.ordered).toBe(1);
  const reused = await fixture.run(cityAdmin, ORDER_MEAL, { input: { ...input, residentId: profiles[1].residentId } });
  expect(reused.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'CONFLICT', field: 'input.idempotencyKey' }));
});
