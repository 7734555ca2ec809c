import { POINT_MANAGERS } from '../../roles';
import { MEAL_ORDER_LIFECYCLE } from '../../meal-order/meal-order-lifecycle';
import { SERVICE_POINT_LIFECYCLE } from '../service-point-lifecycle';

/** The tables as the domain states them: an open point can be closed, a closed one reopened; a placed order cancelled. Nothing else. */
test('the service point transition table', () => {
  const table = SERVICE_POINT_LIFECYCLE.rules.map((rule) => [rule.from, rule.command, rule.to, rule.roles]);
  expect(table).toEqual([
    ['OPEN', 'CLOSE', 'CLOSED', POINT_MANAGERS],
    ['CLOSED', 'OPEN', 'OPEN', POINT_MANAGERS],
  ]);
  expect(POINT_MANAGERS).toEqual(['CITY_ADMIN', 'SUBDISTRICT_ADMIN', 'COMMUNITY_STAFF']);
});

test('the meal order transition table', () => {
  const table = MEAL_ORDER_LIFECYCLE.rules.map((rule) => [rule.from, rule.command, rule.to, rule.roles]);
  expect(table).toEqual([['PLACED', 'CANCEL', 'CANCELLED', ['CITY_ADMIN', 'SUBDISTRICT_ADMIN', 'COMMUNITY_STAFF', 'SERVICE_POINT_OPERATOR']]]);
});
