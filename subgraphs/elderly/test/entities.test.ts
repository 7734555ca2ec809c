import { cityAdmin } from '../../../kit/testing/viewers';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { MealOrder } from '../meal-order/meal-order.entity';
import { ServicePoint } from '../service-point/service-point.entity';
import { createElderlyFixture, type ElderlyFixture } from './elderly-fixture';

const PERIOD = { from: '2025-01-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' };
const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!, $period: StatsPeriod!) {
    _entities(representations: $representations) {
      __typename
      ... on ServicePoint { id name kind status community { id } }
      ... on ElderProfile { id resident { id } careLevel(reveal: ELDER_CARE) }
      ... on MealOrder { id servedOn chargedFen point { id } dish { id } elder { id } }
      ... on District { id elderlyStats(period: $period) { elders } }
      ... on Subdistrict { id elderlyStats(period: $period) { elders } }
      ... on Community { id servicePoints(first: 1) { totalCount } }
      ... on Household { id nearestServicePoints(kind: ACTIVITY_CENTER, first: 1) { distanceMetres } }
      ... on Resident { id elderProfile { id } }
    }
  }
`;

let fixture: ElderlyFixture;
beforeAll(async () => {
  fixture = await createElderlyFixture();
});
afterAll(() => fixture.close());

test('resolves a reference of every key type elderly owns, and null for an unknown or malformed id', async () => {
  const em = fixture.em();
  const [point] = await em.find(ServicePoint, {}, { limit: 1, orderBy: { id: 'ASC' } });
  const [profile] = await em.find(ElderProfile, {}, { limit: 1, orderBy: { id: 'ASC' } });
  const [order] = await em.find(MealOrder, {}, { limit: 1, orderBy: { id: 'ASC' } });
  const unknown = '00000000-0000-4000-8000-000000000000';
  const representations = [
    { __typename: 'ServicePoint', id: point.id },
    { __typename: 'ElderProfile', id: profile.id },
    { __typename: 'MealOrder', id: order.id },
    { __typename: 'ServicePoint', id: unknown },
    { __typename: 'ElderProfile', id: 'not-a-uuid' },
    { __typename: 'MealOrder', id: unknown },
  ];
  const result = await fixture.run(cityAdmin, ENTITIES, { representations, period: PERIOD });
  expect(result.errors).toBeUndefined();
  const [p, e, o, ...missing] = result.data._entities;
  expect(p).toEqual({ __typename: 'ServicePoint', id: point.id, name: point.name, kind: point.kind, status: 'OPEN', community: { id: point.communityId } });
  expect(e).toEqual({ __typename: 'ElderProfile', id: profile.id, resident: { id: profile.residentId }, careLevel: profile.careLevel });
  expect(o).toEqual({
    __typename: 'MealOrder', id: order.id, servedOn: order.servedOn, chargedFen: order.chargedFen,
    point: { id: order.pointId }, dish: { id: order.dishId }, elder: { id: order.profileId },
  });
  expect(missing).toEqual([null, null, null]);
});

test('resolves the grids entities elderly contributes to, from their id alone', async () => {
  const em = fixture.em();
  const [profile] = await em.find(ElderProfile, {}, { limit: 1, orderBy: { id: 'ASC' } });
  const { district } = fixture.territory;
  const representations = [
    { __typename: 'District', id: district.id },
    { __typename: 'Subdistrict', id: profile.subdistrictId },
    { __typename: 'Community', id: profile.communityId },
    { __typename: 'Household', id: profile.householdId },
    { __typename: 'Resident', id: profile.residentId },
  ];
  const result = await fixture.run(cityAdmin, ENTITIES, { representations, period: PERIOD });
  expect(result.errors).toBeUndefined();
  const [d, s, c, h, r] = result.data._entities;
  const elders = await em.count(ElderProfile, {});
  expect(d).toEqual({ __typename: 'District', id: district.id, elderlyStats: { elders } });
  expect(s.elderlyStats.elders).toBe(await em.count(ElderProfile, { subdistrictId: profile.subdistrictId }));
  expect(c.servicePoints.totalCount).toBe(await em.count(ServicePoint, { communityId: profile.communityId }));
  expect(h.nearestServicePoints.length).toBe(1);
  expect(r).toEqual({ __typename: 'Resident', id: profile.residentId, elderProfile: { id: profile.id } });
});
