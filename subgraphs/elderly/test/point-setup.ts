import type { Viewer } from '../../../kit/auth/viewer';
import type { ElderlyFixture } from './elderly-fixture';

export const REGISTER_POINT = /* GraphQL */ `
  mutation ($input: RegisterServicePointInput!) { registerServicePoint(input: $input) { point { id name kind status dailyMealCapacity } } }
`;
export const PUBLISH_MENU = /* GraphQL */ `
  mutation ($input: PublishMenuInput!) { publishMenu(input: $input) { servedOn dishes { id name priceFen extrasFen } } }
`;
export const SET_RULES = /* GraphQL */ `
  mutation ($input: SetDiscountRulesInput!) { setDiscountRules(input: $input) { rules { id name } } }
`;
export const ORDER_MEAL = /* GraphQL */ `
  mutation ($input: OrderMealInput!) { orderMeal(input: $input) { order { id status chargedFen subsidyFen normalPriceFen appliedRules servedOn } } }
`;

export const HOURS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '06:30', closes: '19:00' }));

/** Registers a canteen of `capacity` meals in `communityId` at a place, with one dish on the menu of `servedOn`. */
export async function canteenWithMenu(
  fixture: ElderlyFixture, viewer: Viewer, communityId: string, name: string, capacity: number, servedOn: string,
  location = { latitude: 40.1, longitude: 113.3 },
): Promise<{ pointId: string; dishId: string }> {
  const registered = await fixture.run(viewer, REGISTER_POINT, {
    input: { communityId, name, kind: 'CANTEEN', operator: '社区居委会', services: ['MEALS'], openingHours: HOURS, dailyMealCapacity: capacity, ...location },
  });
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  const pointId = registered.data.registerServicePoint.point.id;
  const menu = await fixture.run(viewer, PUBLISH_MENU, {
    input: { pointId, servedOn, dishes: [{ name: '西红柿鸡蛋面', priceFen: 900, tags: ['SOFT'] }] },
  });
  if (menu.errors) throw new Error(JSON.stringify(menu.errors));
  return { pointId, dishId: menu.data.publishMenu.dishes[0].id };
}
