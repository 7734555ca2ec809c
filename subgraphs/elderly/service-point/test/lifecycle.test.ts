import { POINT_MANAGERS } from '../../roles';
import { MEAL_ORDER_TRANSITIONS } from '../../meal-order/meal-order-lifecycle';
import { SERVICE_POINT_TRANSITIONS } from '../service-point-lifecycle';

/** The tables as the domain states them: an open point can be closed, a closed one reopened; a placed order cancelled. Nothing else. */
test('the service point transition table', () => {
  const table = Object.entries(SERVICE_POINT_TRANSITIONS).flatMap(([from, commands]) =>
    Object.entries(commands).map(([command, transition]) => [from, command, transition!.to, transition!.roles]));
  expect(table).toEqual([
    ['OPEN', 'CLOSE', 'CLOSED', POINT_MANAGERS],
    ['CLOSED', 'OPEN', 'OPEN', POINT_MANAGERS],
  ]);
  expect(POINT_MANAGERS).toEqual(['CITY_ADMIN', 'SUBDISTRICT_ADMIN', 'COMMUNITY_STAFF']);
});

test('the meal order transition table', () => {
  const table = Object.entries(MEAL_ORDER_TRANSITIONS).flatMap(([from, commands]) =>
    Object.entries(commands).map(([command, transition]) => [from, command, transition!.to, transition!.roles]));
  expect(table).toEqual([['PLACED', 'CANCEL', 'CANCELLED', ['CITY_ADMIN', 'SUBDISTRICT_ADMIN', 'COMMUNITY_STAFF', 'SERVICE_POINT_OPERATOR']]]);
});
