import { Role } from '../../../kit/auth/role';
import { withoutAuditTrail } from '../../../kit/testing/audit-entries';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { addDays } from '../../../kit/validation/calendar-date';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { elderlyEntities } from '../entities';
import { todayInChina } from '../pricing/quote-for';
import { ServicePoint, ServicePointKind } from '../service-point/service-point.entity';
import { createElderlyFixture, type ElderlyFixture } from './elderly-fixture';
import { canteenWithMenu, HOURS, ORDER_MEAL, PUBLISH_MENU, REGISTER_POINT, SET_RULES } from './point-setup';
import { snapshotTables } from './table-snapshot';

const DAY = '2031-05-06';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const CLOSE = 'mutation ($input: ServicePointStatusInput!) { closeServicePoint(input: $input) { point { status } } }';
const OPEN = 'mutation ($input: ServicePointStatusInput!) { openServicePoint(input: $input) { point { status } } }';
const CANCEL = 'mutation ($input: CancelMealOrderInput!) { cancelMealOrder(input: $input) { order { id } } }';
const PROFILE = 'mutation ($input: UpdateElderProfileInput!) { updateElderProfile(input: $input) { profile { id certificationDueOn(reveal: ELDER_CARE) } } }';
const VISIT = 'mutation ($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { visit { id kind } profile { certificationDueOn(reveal: ELDER_CARE) } } }';

let fixture: ElderlyFixture;
let elder: ElderProfile;
let canteen: { pointId: string; dishId: string };
let activityCentre: ServicePoint;
let youngResidentId: string;
beforeAll(async () => {
  fixture = await createElderlyFixture();
  const em = fixture.em();
  [elder] = await em.find(ElderProfile, {}, { limit: 1, orderBy: { id: 'ASC' } });
  canteen = await canteenWithMenu(fixture, cityAdmin, elder.communityId, '校验测试食堂', 30, DAY);
  activityCentre = (await em.findOne(ServicePoint, { kind: ServicePointKind.ACTIVITY_CENTER }))!;
  const { territory } = fixture;
  const profiled = new Set((await em.find(ElderProfile, {})).map((profile) => profile.residentId));
  youngResidentId = territory.buildings.flatMap((building) => [...territory.households(building)])
    .flatMap((household) => [...territory.residents(household)]).find((resident) => !profiled.has(resident.id) && resident.birthDate > '1990-01-01')!.id;
});
afterAll(() => fixture.close());

const point = (overrides: Record<string, unknown> = {}) => ({
  input: { communityId: elder.communityId, name: '新食堂', kind: 'CANTEEN', operator: '社区居委会', services: ['MEALS'], openingHours: HOURS, dailyMealCapacity: 40, latitude: 40.1, longitude: 113.3, ...overrides },
});
const order = (overrides: Record<string, unknown> = {}) => ({
  input: { idempotencyKey: 'bad-input-1', pointId: canteen.pointId, residentId: elder.residentId, dishId: canteen.dishId, servedOn: DAY, mode: 'DINE_IN', ...overrides },
});
const rule = (overrides: Record<string, unknown> = {}) => ({ name: '立减', group: 'g', priority: 1, effect: 'AMOUNT_OFF', amountFen: 100, fundedBy: 'GOVERNMENT', validFrom: '2026-01-01', ...overrides });
const profileInput = (overrides: Record<string, unknown> = {}) => ({
  input: {
    residentId: elder.residentId, birthDate: elder.birthDate, livingSituation: 'ALONE', hardship: false, disability: 'NONE', dietaryNeeds: [],
    careLevel: 'SELF_CARE', certificationDueOn: '2027-03-01', ...overrides,
  },
});
const visit = (overrides: Record<string, unknown> = {}) => ({
  input: { residentId: elder.residentId, kind: 'CERTIFICATION', visitedOn: todayInChina(), visitors: '社区网格员', outcome: '已完成养老认证', ...overrides },
});

const BAD: readonly [string, string, () => Record<string, unknown>, string][] = [
  ['unknown community', REGISTER_POINT, () => point({ communityId: UNKNOWN }), 'input.communityId'],
  ['a point closing before it opens', REGISTER_POINT, () => point({ openingHours: [{ weekday: 1, opens: '19:00', closes: '06:30' }] }), 'input.openingHours.0.closes'],
  ['weekday 8', REGISTER_POINT, () => point({ openingHours: [{ weekday: 8, opens: '06:30', closes: '19:00' }] }), 'input.openingHours.0.weekday'],
  ['a weekday listed twice', REGISTER_POINT, () => point({ openingHours: [HOURS[0], HOURS[0]] }), 'input.openingHours.1.weekday'],
  ['a canteen without meal capacity', REGISTER_POINT, () => point({ dailyMealCapacity: 0 }), 'input.dailyMealCapacity'],
  ['an activity centre with meal capacity', REGISTER_POINT, () => point({ kind: 'ACTIVITY_CENTER' }), 'input.dailyMealCapacity'],
  ['latitude 91', REGISTER_POINT, () => point({ latitude: 91 }), 'input.latitude'],
  ['closing an unknown point', CLOSE, () => ({ input: { pointId: UNKNOWN, reason: '装修' } }), 'input.pointId'],
  ['closing without a reason', CLOSE, () => ({ input: { pointId: canteen.pointId } }), 'input.reason'],
  ['a day that does not exist', PUBLISH_MENU, () => ({ input: { pointId: canteen.pointId, servedOn: '2031-02-30', dishes: [{ name: '面', priceFen: 500 }] } }), 'input.servedOn'],
  ['extras dearer than the dish', PUBLISH_MENU, () => ({ input: { pointId: canteen.pointId, servedOn: DAY, dishes: [{ name: '面', priceFen: 500, extrasFen: 600 }] } }), 'input.dishes.0.extrasFen'],
  ['a dish listed twice', PUBLISH_MENU, () => ({ input: { pointId: canteen.pointId, servedOn: DAY, dishes: [{ name: '面', priceFen: 500 }, { name: '面', priceFen: 600 }] } }), 'input.dishes.1.name'],
  ['a price of 0 fen', PUBLISH_MENU, () => ({ input: { pointId: canteen.pointId, servedOn: DAY, dishes: [{ name: '面', priceFen: 0 }] } }), 'input.dishes.0.priceFen'],
  ['a menu at an activity centre', PUBLISH_MENU, () => ({ input: { pointId: activityCentre.id, servedOn: DAY, dishes: [{ name: '面', priceFen: 500 }] } }), 'input.pointId'],
  ['an amount rule without an amount', SET_RULES, () => ({ input: { pointId: canteen.pointId, rules: [rule({ amountFen: null })] } }), 'input.rules.0.amountFen'],
  ['a percentage on an amount rule', SET_RULES, () => ({ input: { pointId: canteen.pointId, rules: [rule({ percentOff: 10 })] } }), 'input.rules.0.percentOff'],
  ['a rule ending before it starts', SET_RULES, () => ({ input: { pointId: canteen.pointId, rules: [rule({ validUntil: '2025-12-31' })] } }), 'input.rules.0.validUntil'],
  ['two rules of one name', SET_RULES, () => ({ input: { pointId: canteen.pointId, rules: [rule(), rule()] } }), 'input.rules.1.name'],
  ['101 percent off', SET_RULES, () => ({ input: { pointId: canteen.pointId, rules: [rule({ effect: 'PERCENT_OFF', amountFen: null, percentOff: 101 })] } }), 'input.rules.0.percentOff'],
  ['a resident without an elder profile', ORDER_MEAL, () => order({ residentId: youngResidentId }), 'input.residentId'],
  ['a dish of another point', ORDER_MEAL, () => order({ pointId: activityCentre.id }), 'input.dishId'],
  ['a dish not on that day\'s menu', ORDER_MEAL, () => order({ servedOn: '2031-05-07' }), 'input.dishId'],
  ['a short idempotency key', ORDER_MEAL, () => order({ idempotencyKey: 'abc' }), 'input.idempotencyKey'],
  ['cancelling an unknown order', CANCEL, () => ({ input: { orderId: UNKNOWN } }), 'input.orderId'],
  ['a profile for someone under 60', PROFILE, () => profileInput({ residentId: youngResidentId, birthDate: '1990-01-01' }), 'input.birthDate'],
  ['a profile for an unknown resident', PROFILE, () => profileInput({ residentId: UNKNOWN }), 'input.residentId'],
  ['a visit in the future', VISIT, () => visit({ visitedOn: addDays(todayInChina(), 2) }), 'input.visitedOn'],
  ['a visit to someone without a profile', VISIT, () => visit({ residentId: youngResidentId }), 'input.residentId'],
];

test.each(BAD)('%s is BAD_USER_INPUT naming the field, and no table changes', async (_case, document, variables, field) => {
  const before = await snapshotTables(fixture.em(), withoutAuditTrail(elderlyEntities));
  const result = await fixture.run(cityAdmin, document, variables());
  expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
  expect(await snapshotTables(fixture.em(), withoutAuditTrail(elderlyEntities))).toEqual(before);
});

test('a refused transition is CONFLICT and changes nothing: closing a closed point, ordering there, reopening an open one', async () => {
  expect((await fixture.run(cityAdmin, CLOSE, { input: { pointId: canteen.pointId, reason: '装修' } })).errors).toBeUndefined();
  const before = await snapshotTables(fixture.em(), withoutAuditTrail(elderlyEntities));
  for (const [document, variables] of [[CLOSE, { input: { pointId: canteen.pointId, reason: '再次' } }], [ORDER_MEAL, order()]] as const) {
    const result = await fixture.run(cityAdmin, document, variables);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
  }
  expect(await snapshotTables(fixture.em(), withoutAuditTrail(elderlyEntities))).toEqual(before);
  expect((await fixture.run(cityAdmin, OPEN, { input: { pointId: canteen.pointId } })).errors).toBeUndefined();
  const again = await fixture.run(cityAdmin, OPEN, { input: { pointId: canteen.pointId } });
  expect(again.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
});

test('roles: an operator cannot close a point; a grid worker out of scope cannot update a profile', async () => {
  const operator = viewerWith([Role.SERVICE_POINT_OPERATOR], [elder.communityId]);
  const closing = await fixture.run(operator, CLOSE, { input: { pointId: canteen.pointId, reason: '装修' } });
  expect(closing.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  const outsider = viewerWith([Role.GRID_WORKER], [UNKNOWN]);
  const update = await fixture.run(outsider, PROFILE, profileInput());
  expect(update.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
});

test('a certification at the door moves the due date a year on from the visit (养老认证送上门)', async () => {
  const updated = await fixture.run(cityAdmin, PROFILE, profileInput({ certificationDueOn: '2026-01-10' }));
  expect(updated.errors).toBeUndefined();
  const result = await fixture.run(cityAdmin, VISIT, visit({ visitedOn: '2026-02-07' }));
  expect(result.errors).toBeUndefined();
  expect(result.data.recordHomeVisit.profile.certificationDueOn).toBe('2027-02-07');
});

test('priceQuote: the seeded plaque merchant sells any elder the noodles at 8 yuan; out of scope is FORBIDDEN; an unknown dish is BAD_USER_INPUT', async () => {
  const em = fixture.em();
  const merchant = (await em.findOne(ServicePoint, { kind: ServicePointKind.PARTNER_MERCHANT }))!;
  const [noodles] = await em.getConnection().execute('select id from dish where point_id = ? and price_fen = 1050', [merchant.id]);
  const query = 'query ($residentId: ID!, $dishId: ID!) { priceQuote(residentId: $residentId, dishId: $dishId, on: "2031-01-01") { normalPriceFen chargedFen subsidyFen appliedRules { name reductionFen } } }';
  const quote = await fixture.run(cityAdmin, query, { residentId: elder.residentId, dishId: noodles.id });
  expect(quote.errors).toBeUndefined();
  expect(quote.data.priceQuote).toEqual({ normalPriceFen: 1050, chargedFen: 800, subsidyFen: 0, appliedRules: [{ name: '吃拉面送鸡蛋和小菜', reductionFen: 250 }] });
  const outsider = await fixture.run(viewerWith([Role.SERVICE_POINT_OPERATOR], [UNKNOWN]), query, { residentId: elder.residentId, dishId: noodles.id });
  expect(outsider.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  const unknown = await fixture.run(cityAdmin, query, { residentId: elder.residentId, dishId: UNKNOWN });
  expect(unknown.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'dishId']]);
});

test("an operator orders at a point of their community, not at another community's", async () => {
  const other = (await fixture.em().findOne(ServicePoint, { kind: ServicePointKind.CANTEEN, communityId: { $ne: elder.communityId } }))!;
  const operator = viewerWith([Role.SERVICE_POINT_OPERATOR], [elder.communityId]);
  const own = await fixture.run(operator, ORDER_MEAL, order({ idempotencyKey: 'operator-own-1' }));
  expect(own.errors).toBeUndefined();
  const foreign = await fixture.run(operator, ORDER_MEAL, order({ idempotencyKey: 'operator-foreign-1', pointId: other.id }));
  expect(foreign.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
});
