import { Role } from '../../../kit/auth/role';
import { biAnalyst, cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import type { DemoHousehold } from '../../../kit/demo/types';
import { CentralHousehold } from '../central-household/central-household.entity';
import { createPartyFixture, type PartyFixture } from './party-fixture';

const CONTRIBUTED = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Household {
        id
        partyMembers(reveal: PARTY_AFFAIRS) { id category colour joinedOn organization { name level } currentClaim { post { name } } }
        centralHousehold(reveal: PARTY_AFFAIRS) { id linkedHouseholds { id } member { id } }
      }
      ... on Resident { id partyMember(reveal: PARTY_AFFAIRS) { id quarterPoints(year: 2025, quarter: 1) } }
      ... on Compound { id partyBranch { name secretary { id } members(first: 5) { totalCount edges { node { id } } } } }
      ... on Building { id partyGroup { name centralHouseholds(first: 5) { totalCount } } }
      ... on Community { id partyCommittee { name children(first: 10) { totalCount } } partyStats(period: { from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00" }) { members complianceRate series(interval: MONTH) { services membersServing } } }
    }
  }
`;

const gridWorker = viewerWith([Role.GRID_WORKER]);

let fixture: PartyFixture;
let households: DemoHousehold[];
beforeAll(async () => {
  fixture = await createPartyFixture();
  const { territory } = fixture;
  households = territory.buildings.flatMap((building) => [...territory.households(building)]);
});
afterAll(() => fixture.close());

/**
 * Representations of every `stride`-th household, their residents, and their compounds, buildings
 * and communities: a spread sample that always includes the central households (`always`), so
 * both sizes meet the same kinds of rows and differ only in how many.
 */
function representations(stride: number, always: ReadonlySet<string>) {
  const chosen = households.filter((household, index) => index % stride === 0 || always.has(household.id));
  const residents = chosen.flatMap((household) => [...fixture.territory.residents(household)]);
  const unique = (ids: string[]) => [...new Set(ids)];
  return [
    ...chosen.map((household) => ({ __typename: 'Household', id: household.id })),
    ...residents.map((resident) => ({ __typename: 'Resident', id: resident.id })),
    ...unique(chosen.map((household) => household.compoundId)).map((id) => ({ __typename: 'Compound', id })),
    ...unique(chosen.map((household) => household.buildingId)).map((id) => ({ __typename: 'Building', id })),
    ...unique(chosen.map((household) => household.communityId)).map((id) => ({ __typename: 'Community', id })),
  ];
}

test('contributed fields for many households through _entities cost the same statements at two sizes', async () => {
  const centrals = new Set((await fixture.em().find(CentralHousehold, {})).map((central) => central.householdId));
  expect(centrals.size).toBeGreaterThan(0);
  const small = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: representations(4, centrals) }));
  expect(small.result.errors).toBeUndefined();
  const large = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: representations(1, centrals) }));
  expect(large.result.errors).toBeUndefined();
  const withMembers = large.result.data._entities.filter((entity: any) => entity.partyMembers?.length > 0).length;
  expect(withMembers).toBeGreaterThan(5);
  expect(large.result.data._entities.some((entity: any) => entity.centralHousehold)).toBe(true);
  // Not always equal: a member's organisation already loaded a level up (its compound's or
  // building's branch, by `attached_id`) needs no by-id statement, and which sample holds which
  // rows decides whether one is left to fetch. Bounded by depth all the same: an N+1 would add
  // hundreds at the large size.
  expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(1);
  // partyStats computes every figure, grid coverage and the branch count included (#16); then the
  // audit trail's one append of every unmasked read: begin · [PostgreSQL: lock] · last entry · insert · commit; the series one more
  expect(Math.max(small.statements, large.statements)).toBeLessThanOrEqual(30);
});

test('Household.partyMembers alone is one statement, whatever the number of households', async () => {
  // With a reason, so the members are loaded; a grid worker may not see them, so no audit append adds statements.
  const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { partyMembers(reveal: PARTY_AFFAIRS) { id } } } }';
  const reps = (count: number) => households.slice(0, count).map((household) => ({ __typename: 'Household', id: household.id }));
  const small = await fixture.queryLog.measure(() => fixture.run(gridWorker, query, { representations: reps(10) }));
  const large = await fixture.queryLog.measure(() => fixture.run(gridWorker, query, { representations: reps(households.length) }));
  expect(large.result.errors).toBeUndefined();
  expect([small.statements, large.statements]).toEqual([1, 1]);
});

test('Household.partyMembers and centralHousehold without a reason load nothing: empty and null whatever the rows', async () => {
  const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Household { partyMembers { id } centralHousehold { id } } } }';
  const representations = households.map((household) => ({ __typename: 'Household', id: household.id }));
  const { result, statements } = await fixture.queryLog.measure(() => fixture.run(cityAdmin, query, { representations }));
  expect(result.errors).toBeUndefined();
  expect(result.data._entities.every((entity: any) => entity.partyMembers.length === 0 && entity.centralHousehold === null)).toBe(true);
  expect(statements).toBe(0);
});

test('partyStats for BI (suppression over every community and subdistrict) costs the same statements for one community as for all', async () => {
  const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Community { partyStats(period: { from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00" }) { members inServiceCompliant } } } }';
  const communities = [...new Set(households.map((household) => household.communityId))];
  const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Community', id }));
  const one = await fixture.queryLog.measure(() => fixture.run(biAnalyst, query, { representations: reps(communities.slice(0, 1)) }));
  const all = await fixture.queryLog.measure(() => fixture.run(biAnalyst, query, { representations: reps(communities) }));
  expect(one.result.errors).toBeUndefined();
  expect(all.result.data._entities).toHaveLength(communities.length);
  expect(all.statements).toBe(one.statements);
  // The communities of the territory copy, then the figures of every community and of every subdistrict.
  expect(all.statements).toBeLessThanOrEqual(19);
});
