import type { EntityManager } from '@mikro-orm/knex';
import { BulkInserter } from '../../../../kit/demo/seed-runner';
import type { DemoBuilding, DemoResident, DemoTerritory } from '../../../../kit/demo/types';
import { createSubgraphFixture, type SubgraphFixture } from '../../../../kit/testing/subgraph-fixture';
import { cityAdmin } from '../../../../kit/testing/viewers';
import { seedTerritoryCopy } from '../../../../kit/territory/seed-territory-copy';
import { TerritoryPlace } from '../../../../kit/territory/territory-copy';
import type { ElderlyContext } from '../../context';
import { CareLevel, DisabilityLevel, ElderProfile, LivingSituation } from '../../elder-profile/elder-profile.entity';
import { elderlySubgraph } from '../../server';
import { REGISTER_POINT, HOURS } from '../../test/point-setup';

/**
 * A fixture with known distances. The canteen P stands at 40.1000 N, 113.3000 E. Buildings are moved
 * (in elderly's territory copy only) to: B1 900 m north of P, B2 950 m north, B3 600 m east, B4 about
 * 22 km south; B5 has no location. 15 minutes at 80 m/min = 1200 m on foot = 923 m straight at a
 * detour of 1.3, so B1 (1170 m walk) and B3 (780 m) are inside, B2 (1235 m) outside.
 * Elders: two in B1, one each in B2, B3, B4, B5 → 6 elders, 3 covered, 3 not (one of them unlocated).
 */
const P = { latitude: 40.1, longitude: 113.3 };
const M = 111_320;
const north = (metres: number) => ({ latitude: P.latitude + metres / M, longitude: P.longitude });
const east = (metres: number) => ({ latitude: P.latitude, longitude: P.longitude + metres / (M * Math.cos((P.latitude * Math.PI) / 180)) });
const PLACES = [north(900), north(950), east(600), { latitude: 39.9, longitude: 113.3 }, { latitude: null, longitude: null }];
const ELDERS_PER_BUILDING = [2, 1, 1, 1, 1];

let fixture: SubgraphFixture<ElderlyContext>;
let community: string;
let buildings: DemoBuilding[];
let households: string[];

async function profile(em: EntityManager, resident: DemoResident): Promise<void> {
  await em.insert(ElderProfile, Object.assign(new ElderProfile(), {
    residentId: resident.id, householdId: resident.householdId, buildingId: resident.buildingId, compoundId: resident.compoundId, gridId: resident.gridId,
    communityId: resident.communityId, subdistrictId: resident.subdistrictId, birthDate: '1950-05-05', livingSituation: LivingSituation.ALONE,
    hardship: false, disability: DisabilityLevel.NONE, dietaryNeeds: [], careLevel: CareLevel.SELF_CARE, certificationDueOn: '2030-01-01',
  }));
}

/** The territory copy, with the chosen buildings moved and everything else of the community 22 km away; elders only where listed. */
async function seedKnownDistances(em: EntityManager, territory: DemoTerritory): Promise<void> {
  const rows = new BulkInserter(em);
  await seedTerritoryCopy(rows, territory);
  await rows.flush();
  community = territory.communities.find((candidate) => territory.buildings.filter((building) => building.communityId === candidate.id).length >= 5)!.id;
  buildings = territory.buildings.filter((building) => building.communityId === community).slice(0, 5);
  await em.nativeUpdate(TerritoryPlace, { communityId: community, level: { $in: ['BUILDING', 'COMPOUND'] } as never }, { latitude: 39.8, longitude: 113.3 });
  households = [];
  for (const [index, building] of buildings.entries()) {
    await em.nativeUpdate(TerritoryPlace, { id: building.id }, PLACES[index]);
    if (index === 4) await em.nativeUpdate(TerritoryPlace, { id: building.compoundId }, PLACES[index]);
    const [household] = territory.households(building);
    households.push(household.id);
    const residents = [...territory.households(building)].flatMap((candidate) => [...territory.residents(candidate)]);
    for (const resident of residents.slice(0, ELDERS_PER_BUILDING[index])) await profile(em, resident);
  }
}

const CIRCLE = /* GraphQL */ `
  query ($representations: [_Any!]!, $kind: ServicePointKind!) {
    _entities(representations: $representations) {
      ... on Community {
        serviceCircle(kind: $kind) {
          kind walkingMetres detourFactor radiusMetres elders covered uncovered unlocated coverageRate
          outside: elderProfiles(covered: false, first: 10) { totalCount edges { node { id } } }
          inside: elderProfiles(covered: true, first: 10) { totalCount }
        }
      }
    }
  }
`;

async function circle(kind = 'CANTEEN') {
  const result = await fixture.run(cityAdmin, CIRCLE, { representations: [{ __typename: 'Community', id: community }], kind });
  expect(result.errors).toBeUndefined();
  return result.data._entities[0].serviceCircle;
}

async function register(name: string, kind: string, location: { latitude: number; longitude: number }): Promise<string> {
  const result = await fixture.run(cityAdmin, REGISTER_POINT, {
    input: { communityId: community, name, kind, operator: '社区居委会', services: [], openingHours: HOURS, dailyMealCapacity: kind === 'CANTEEN' ? 50 : 0, ...location },
  });
  expect(result.errors).toBeUndefined();
  return result.data.registerServicePoint.point.id;
}

let canteen: string;
beforeAll(async () => {
  fixture = await createSubgraphFixture(elderlySubgraph, seedKnownDistances);
  canteen = await register('圈测试食堂', 'CANTEEN', P);
  // Neither a day-care centre at B2 nor a closed canteen at B2 brings B2 into the canteen circle.
  await register('圈测试日间照料中心', 'DAY_CARE_CENTER', PLACES[1] as typeof P);
  const closed = await register('圈测试停业食堂', 'CANTEEN', PLACES[1] as typeof P);
  const closing = await fixture.run(cityAdmin, 'mutation ($input: ServicePointStatusInput!) { closeServicePoint(input: $input) { point { status } } }', { input: { pointId: closed, reason: '装修' } });
  expect(closing.errors).toBeUndefined();
});
afterAll(() => fixture.close());

test('the canteen circle of the community: 3 of 6 elders within a 15-minute walk', async () => {
  expect(await circle()).toEqual(expect.objectContaining({
    kind: 'CANTEEN', walkingMetres: 1200, detourFactor: 1.3, radiusMetres: 923, elders: 6, covered: 3, uncovered: 3, unlocated: 1, coverageRate: 0.5,
  }));
  const result = await circle();
  expect([result.outside.totalCount, result.inside.totalCount]).toEqual([3, 3]);
  const profiles = await fixture.em().find(ElderProfile, { buildingId: { $in: [buildings[1].id, buildings[3].id, buildings[4].id] } });
  expect(result.outside.edges.map((edge: any) => edge.node.id).sort()).toEqual(profiles.map((row) => row.id).sort());
});

test('the day-care circle: its centre stands at B2, 50 m from B1, √(600² + 950²) = 1124 m from B3', async () => {
  const dayCare = await circle('DAY_CARE_CENTER');
  expect(dayCare).toEqual(expect.objectContaining({ elders: 6, covered: 3, coverageRate: 0.5 }));
  const outside = await fixture.em().find(ElderProfile, { buildingId: { $in: [buildings[2].id, buildings[3].id, buildings[4].id] } });
  expect(dayCare.outside.edges.map((edge: any) => edge.node.id).sort()).toEqual(outside.map((row) => row.id).sort());
});

test('nearest canteens of a home: distance, the walk, inside or outside the circle', async () => {
  const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Household { nearestServicePoints(kind: CANTEEN, first: 2) { distanceMetres walkingMinutes withinCircle point { id } } } } }`;
  const result = await fixture.run(cityAdmin, query, { representations: households.slice(0, 4).map((id) => ({ __typename: 'Household', id })) });
  expect(result.errors).toBeUndefined();
  const [b1, b2, b3, b4] = result.data._entities.map((entity: any) => entity.nearestServicePoints);
  // 900 m × 1.3 / 80 = 14.6 → 15 minutes; 950 m → 15.4 → 16; 600 m → 9.75 → 10. The closed canteen is never listed.
  expect(b1).toEqual([{ distanceMetres: 900, walkingMinutes: 15, withinCircle: true, point: { id: canteen } }]);
  expect(b2).toEqual([{ distanceMetres: 950, walkingMinutes: 16, withinCircle: false, point: { id: canteen } }]);
  expect(b3).toEqual([{ distanceMetres: 600, walkingMinutes: 10, withinCircle: true, point: { id: canteen } }]);
  expect(b4).toEqual([]);
});

test('closing the canteen empties its circle', async () => {
  const close = await fixture.run(cityAdmin, 'mutation ($input: ServicePointStatusInput!) { closeServicePoint(input: $input) { point { status } } }', { input: { pointId: canteen, reason: '停业整顿' } });
  expect(close.errors).toBeUndefined();
  expect(await circle()).toEqual(expect.objectContaining({ elders: 6, covered: 0, coverageRate: 0 }));
  const reopen = await fixture.run(cityAdmin, 'mutation ($input: ServicePointStatusInput!) { openServicePoint(input: $input) { point { status statusHistory { command fromStatus toStatus reason } } } }', { input: { pointId: canteen } });
  expect(reopen.errors).toBeUndefined();
  expect(reopen.data.openServicePoint.point.statusHistory).toEqual([
    { command: 'REGISTER', fromStatus: null, toStatus: 'OPEN', reason: null },
    { command: 'CLOSE', fromStatus: 'OPEN', toStatus: 'CLOSED', reason: '停业整顿' },
    { command: 'OPEN', fromStatus: 'CLOSED', toStatus: 'OPEN', reason: null },
  ]);
  expect((await circle()).covered).toBe(3);
});

test('the circle costs the same SQL statements with three times the elders', async () => {
  const query = () => fixture.run(cityAdmin, `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Community { serviceCircle(kind: CANTEEN) { elders covered } } } }`, { representations: [{ __typename: 'Community', id: community }] });
  const before = await fixture.queryLog.measure(query);
  const em = fixture.em();
  const { territory } = fixture;
  const more = territory.buildings.filter((building) => building.communityId === community).slice(5)
    .flatMap((building) => [...territory.households(building)]).flatMap((household) => [...territory.residents(household)]).slice(0, 12);
  for (const resident of more) await profile(em, resident);
  const after = await fixture.queryLog.measure(query);
  expect(after.result.data._entities[0].serviceCircle.elders).toBe(6 + more.length);
  expect(more.length).toBe(12);
  expect(after.statements).toBe(before.statements);
  expect(after.statements).toBeLessThanOrEqual(2);
});

test('elderlyStats of the community: open points by kind, elders within 15 minutes of any open point', async () => {
  const result = await fixture.run(cityAdmin, `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Community { elderlyStats(period: { from: "2026-01-01T00:00:00+08:00", to: "2027-01-01T00:00:00+08:00" }) { pointsByKind { kind count } elders eldersCovered coverageRate mealsServed } } } }`,
  { representations: [{ __typename: 'Community', id: community }] });
  expect(result.errors).toBeUndefined();
  const stats = result.data._entities[0].elderlyStats;
  // The closed canteen is not counted; B1 and B3 are near the canteen, B2 has the day-care centre; the 12 elders added above live 33 km away.
  expect(Object.fromEntries(stats.pointsByKind.map(({ kind, count }: any) => [kind, count]))).toEqual({
    CANTEEN: 1, MEAL_POINT: 0, DAY_CARE_CENTER: 1, ACTIVITY_CENTER: 0, HAPPINESS_HOME: 0, PARTNER_MERCHANT: 0,
  });
  expect([stats.elders, stats.eldersCovered, stats.coverageRate, stats.mealsServed]).toEqual([18, 4, 0.2222, 0]);
});
