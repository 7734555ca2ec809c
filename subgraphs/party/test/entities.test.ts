import { addDays } from '../../../kit/validation/calendar-date';
import { Role } from '../../../kit/auth/role';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { CentralHousehold } from '../central-household/central-household.entity';
import { PartyMember } from '../member/member.entity';
import { PartyOrganization } from '../organization/organization.entity';
import { ServicePost } from '../service-post/service-post.entity';
import { createPartyFixture, type PartyFixture } from './party-fixture';

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on PartyOrganization { id name level }
      ... on PartyMember { id category colour }
      ... on CentralHousehold { id linkedHouseholds { id } }
      ... on ServicePost { id name capacity }
      ... on Subdistrict { id partyStats(period: { from: "2025-01-01T00:00:00+08:00", to: "2026-01-01T00:00:00+08:00" }) { members } }
      ... on Community { id partyCommittee { id level } }
      ... on Compound { id partyBranch { id level } }
      ... on Building { id partyGroup { id level } }
      ... on Household { id partyMembers(reveal: PARTY_AFFAIRS) { id } centralHousehold(reveal: PARTY_AFFAIRS) { id } }
      ... on Resident { id partyMember(reveal: PARTY_AFFAIRS) { id } }
    }
  }
`;

let fixture: PartyFixture;
beforeAll(async () => {
  fixture = await createPartyFixture();
});
afterAll(() => fixture.close());

test('resolves a reference of every key type party owns, and null for an unknown id', async () => {
  const em = fixture.em();
  const organization = (await em.findOne(PartyOrganization, { level: 'BRANCH' as never }))!;
  const member = (await em.find(PartyMember, {}, { limit: 1, orderBy: { id: 'ASC' } }))[0];
  const central = (await em.find(CentralHousehold, {}, { limit: 1, orderBy: { id: 'ASC' } }))[0];
  const post = (await em.find(ServicePost, {}, { limit: 1, orderBy: { id: 'ASC' } }))[0];
  const unknown = '00000000-0000-4000-8000-000000000000';
  const representations = [
    { __typename: 'PartyOrganization', id: organization.id },
    { __typename: 'PartyMember', id: member.id },
    { __typename: 'CentralHousehold', id: central.id },
    { __typename: 'ServicePost', id: post.id },
    { __typename: 'PartyMember', id: unknown },
    { __typename: 'PartyOrganization', id: 'not-a-uuid' },
  ];
  const result = await fixture.run(cityAdmin, ENTITIES, { representations });
  expect(result.errors).toBeUndefined();
  const [org, mem, cen, pst, missing, malformed] = result.data._entities;
  expect(org).toEqual({ __typename: 'PartyOrganization', id: organization.id, name: organization.name, level: 'BRANCH' });
  expect(mem).toEqual({ __typename: 'PartyMember', id: member.id, category: member.category, colour: member.colour });
  expect(cen.id).toBe(central.id);
  expect(cen.linkedHouseholds.length).toBeGreaterThanOrEqual(10);
  expect(cen.linkedHouseholds.length).toBeLessThanOrEqual(20);
  expect(pst).toEqual({ __typename: 'ServicePost', id: post.id, name: post.name, capacity: post.capacity });
  expect(missing).toBeNull();
  expect(malformed).toBeNull();
});

test('resolves the grids entities party contributes to, from their id alone', async () => {
  const em = fixture.em();
  const member = (await em.find(PartyMember, {}, { limit: 1, orderBy: { id: 'ASC' } }))[0];
  const central = (await em.find(CentralHousehold, {}, { limit: 1, orderBy: { id: 'ASC' } }))[0];
  const { subdistricts, communities, compounds, buildings } = fixture.territory;
  const compound = compounds.find((candidate) => candidate.id === member.compoundId)!;
  const representations = [
    { __typename: 'Subdistrict', id: member.subdistrictId },
    { __typename: 'Community', id: member.communityId },
    { __typename: 'Compound', id: compound.id },
    { __typename: 'Building', id: member.buildingId },
    { __typename: 'Household', id: member.householdId },
    { __typename: 'Resident', id: member.residentId },
    { __typename: 'Household', id: central.householdId },
  ];
  const result = await fixture.run(cityAdmin, ENTITIES, { representations });
  expect(result.errors).toBeUndefined();
  const [subdistrict, community, compoundResult, building, household, resident, centralHousehold] = result.data._entities;
  expect(subdistrict.id).toBe(member.subdistrictId);
  expect(subdistrict.partyStats.members).toBeGreaterThan(0);
  expect(subdistricts.map((candidate) => candidate.id)).toContain(subdistrict.id);
  expect(communities.map((candidate) => candidate.id)).toContain(community.id);
  expect(['COMMITTEE', 'GENERAL_BRANCH']).toContain(community.partyCommittee.level);
  expect(compoundResult.partyBranch.level).toBe('BRANCH');
  expect(buildings.map((candidate) => candidate.id)).toContain(building.id);
  expect(building.partyGroup.level).toBe('GROUP');
  expect(household.partyMembers.map((candidate: { id: string }) => candidate.id)).toContain(member.id);
  expect(resident).toEqual({ __typename: 'Resident', id: member.residentId, partyMember: { id: member.id } });
  expect(centralHousehold.centralHousehold).toEqual({ id: central.id });
});

test('a household or resident without party members gets an empty list and null', async () => {
  const unknown = '00000000-0000-4000-8000-000000000001';
  const result = await fixture.run(cityAdmin, ENTITIES, {
    representations: [{ __typename: 'Household', id: unknown }, { __typename: 'Resident', id: unknown }],
  });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toEqual([
    { __typename: 'Household', id: unknown, partyMembers: [], centralHousehold: null },
    { __typename: 'Resident', id: unknown, partyMember: null },
  ]);
});

test('which household or resident is a party member is hidden from roles without party access', async () => {
  const member = (await fixture.em().find(PartyMember, {}, { limit: 1, orderBy: { id: 'ASC' } }))[0];
  const representations = [{ __typename: 'Household', id: member.householdId }, { __typename: 'Resident', id: member.residentId }];
  const hidden = await fixture.run(viewerWith([Role.BI_ANALYST]), ENTITIES, { representations });
  expect(hidden.errors).toBeUndefined();
  expect(hidden.data._entities[0].partyMembers).toEqual([]);
  expect(hidden.data._entities[1].partyMember).toBeNull();
  const elsewhere = await fixture.run(viewerWith([Role.PARTY_ORGANIZER], ['00000000-0000-4000-8000-000000000002']), ENTITIES, { representations });
  expect(elsewhere.data._entities[1].partyMember).toBeNull();
  const inScope = await fixture.run(viewerWith([Role.PARTY_ORGANIZER], [member.communityId]), ENTITIES, { representations });
  expect(inScope.data._entities[1].partyMember).toEqual({ id: member.id });
});

test('partyStats without a period counts the twelve months up to now, today included (kit’s one default)', async () => {
  const subdistrictId = fixture.territory.subdistricts[0].id;
  const result = await fixture.run(cityAdmin, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subdistrict { partyStats { from to members inServiceCompliant } } } }', {
    r: [{ __typename: 'Subdistrict', id: subdistrictId }],
  });
  expect(result.errors).toBeUndefined();
  const stats = result.data._entities[0].partyStats;
  expect(stats.members).toBeGreaterThan(0);
  // Services are seeded over the twelve months before today: some members served enough in them.
  expect(stats.inServiceCompliant).toBeGreaterThan(0);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  expect(stats.to).toBe(addDays(today, 1));
  expect([addDays(today, -365), addDays(today, -366)]).toContain(stats.from);
});
