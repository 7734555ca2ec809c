import type { DemoHousehold } from '../../../kit/demo/types';
import { cityAdmin } from '../../../kit/testing/viewers';
import { createElderlyFixture, type ElderlyFixture } from './elderly-fixture';

const CONTRIBUTED = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Household { id nearestServicePoints(kind: ACTIVITY_CENTER, first: 2) { distanceMetres point { name } } }
      ... on Resident {
        id
        elderProfile {
          careLevel dietaryNeeds certificationOverdue homeVisits { kind outcome }
          nearestServicePoints(kind: PARTNER_MERCHANT, first: 1) { walkingMinutes point { name dishes { name } } priceQuotes(on: "2031-01-01") { chargedFen appliedRules { name } } }
        }
      }
      ... on Community {
        id
        servicePoints(first: 10) { totalCount edges { node { name kind statusHistory { command } discountRules { name } } } }
        serviceCircle(kind: MEAL_POINT) { elders covered coverageRate }
        elderlyStats(period: { from: "2025-11-01T00:00:00+08:00", to: "2026-11-01T00:00:00+08:00" }) { elders eldersCovered mealsServed subsidiesFen pointsByKind { kind count } series(interval: WEEK) { mealsServed visitsMade } }
      }
    }
  }
`;

let fixture: ElderlyFixture;
let households: DemoHousehold[];
beforeAll(async () => {
  fixture = await createElderlyFixture();
  const { territory } = fixture;
  households = territory.buildings.flatMap((building) => [...territory.households(building)]);
});
afterAll(() => fixture.close());

/** Every `stride`-th household, its residents and its community: both sizes meet the same kinds of rows, in different numbers. */
function representations(stride: number) {
  const chosen = households.filter((_household, index) => index % stride === 0);
  return [
    ...chosen.map((household) => ({ __typename: 'Household', id: household.id })),
    ...chosen.flatMap((household) => [...fixture.territory.residents(household)]).map((resident) => ({ __typename: 'Resident', id: resident.id })),
    ...[...new Set(chosen.map((household) => household.communityId))].map((id) => ({ __typename: 'Community', id })),
  ];
}

test('contributed fields for many households, residents and communities cost the same statements at two sizes', async () => {
  const small = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: representations(4) }));
  expect(small.result.errors).toBeUndefined();
  const large = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: representations(1) }));
  expect(large.result.errors).toBeUndefined();
  const profiles = large.result.data._entities.filter((entity: any) => entity.elderProfile);
  expect(profiles.length).toBeGreaterThan(20);
  expect(profiles.some((entity: any) => entity.elderProfile.nearestServicePoints[0]?.priceQuotes.length > 0)).toBe(true);
  expect(large.statements).toBe(small.statements);
  // The stats' series is one of them.
  expect(large.statements).toBeLessThanOrEqual(26);
  console.info(`elderly _entities: ${small.statements} SQL statements for ${small.result.data._entities.length} entities, ${large.statements} for ${large.result.data._entities.length}`);
});
