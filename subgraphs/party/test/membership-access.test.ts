import { Role } from '../../../kit/auth/role';
import { errorCodes } from '../../../kit/testing/execute';
import { auditEntries } from '../../../kit/testing/audit-entries';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { createHandFixture, HAND, registerHandMembers, type HandFixture } from './hand-fixture';

let fixture: HandFixture;
let members: Awaited<ReturnType<typeof registerHandMembers>>;
beforeAll(async () => {
  fixture = await createHandFixture();
  members = await registerHandMembers(fixture);
});
afterAll(() => fixture.close());

const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';
/** m1's household (A1-1 h1) is the central household (hand fixture). */
const CENTRAL_VIA_HOUSEHOLD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { centralHousehold(reveal: PARTY_AFFAIRS) { id member { id category } } } } }`;
const bi = viewerWith([Role.BI_ANALYST]);
const partner = viewerWith([Role.PARTNER_AGENCY], [HAND.communityA]);
const organizerA = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]);

test.each([
  ['BI analyst', bi],
  ['partner agency', partner],
  ['grid worker (not a party role)', viewerWith([Role.GRID_WORKER], [HAND.communityA])],
  ['party organiser of another community', viewerWith([Role.PARTY_ORGANIZER], [HAND.communityB])],
])('Household.centralHousehold tells a %s nothing about who in the household is a party member', async (_who, viewer) => {
  const result = await fixture.run(viewer, CENTRAL_VIA_HOUSEHOLD, { r: [{ __typename: 'Household', id: HAND.householdsA1[0] }] });
  expect(result).toEqual({ data: { _entities: [{ centralHousehold: null }] } });
});

test('a party organiser in scope sees the central household and its member', async () => {
  const result = await fixture.run(organizerA, CENTRAL_VIA_HOUSEHOLD, { r: [{ __typename: 'Household', id: HAND.householdsA1[0] }] });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities[0].centralHousehold.member.id).toBe(members.m1);
});

const MEMBER_ROWS = `query ($id: ID!) { partyOrganization(id: $id) { name members { totalCount edges { node { id } } } } }`;

test.each([['BI analyst', bi], ['partner agency', partner]])('a %s cannot list party members row by row', async (_who, viewer) => {
  const list = await fixture.run(viewer, MEMBER_ROWS, { id: HAND.organizations.groupA1 });
  expect(errorCodes(list)).toEqual(['FORBIDDEN']);
  expect(list.data?.partyOrganization?.members ?? null).toBeNull();
  const one = await fixture.run(viewer, `query ($id: ID!) { partyMember(id: $id) { id category } }`, { id: members.m1 });
  expect(errorCodes(one)).toEqual(['FORBIDDEN']);
  const ranking = await fixture.run(viewer, `query ($id: ID!) { partyOrganization(id: $id) { pointsRanking(year: 2025, quarter: 2) { totalCount } } }`, { id: HAND.organizations.groupA1 });
  expect(errorCodes(ranking)).toEqual(['FORBIDDEN']);
  const secretary = await fixture.run(viewer, `query ($id: ID!) { partyOrganization(id: $id) { secretary { id } } }`, { id: HAND.organizations.groupA1 });
  expect(secretary.data?.partyOrganization?.secretary ?? null).toBeNull();
  const entities = await fixture.run(viewer, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { id category } ... on CentralHousehold { id } } }`, {
    r: [{ __typename: 'PartyMember', id: members.m1 }, { __typename: 'CentralHousehold', id: (await centralId()) }],
  });
  expect(entities).toEqual({ data: { _entities: [null, null] } });
});

test('BI still gets the counts', async () => {
  const result = await fixture.run(bi, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subdistrict { partyStats { members } } } }`, {
    r: [{ __typename: 'Subdistrict', id: HAND.subdistrict }],
  });
  expect(result.errors).toBeUndefined();
  // m1–m6 live in subdistrict S (hand fixture); A's 5 are hidden beside B's 1 (figures.test.ts).
  expect(result.data._entities[0].partyStats.members).toBe(6);
});

test.each([
  ['own scope', organizerA, true],
  ['other scope', viewerWith([Role.PARTY_ORGANIZER], [HAND.communityB]), false],
  ['city admin', cityAdmin, true],
])('a party member by id and through _entities answer alike: %s', async (_case, viewer, allowed) => {
  for (const id of [members.m1, UNKNOWN]) {
    const single = await fixture.run(viewer, `query ($id: ID!) { partyMember(id: $id) { id category } }`, { id });
    const entity = await fixture.run(viewer, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { id category } } }`, { r: [{ __typename: 'PartyMember', id }] });
    const expected = allowed && id === members.m1 ? { id: members.m1, category: 'IN_SERVICE' } : null;
    expect(single).toEqual({ data: { partyMember: expected } });
    expect(entity).toEqual({ data: { _entities: [expected] } });
  }
});

async function centralId(): Promise<string> {
  const result = await fixture.run(cityAdmin, `query ($id: ID!) { partyMember(id: $id) { centralHousehold { id } } }`, { id: members.m1 });
  return result.data.partyMember.centralHousehold.id;
}

test('revealing who a party member is writes an audit entry per field with its reason; a masked read writes none', async () => {
  const query = `query ($id: ID!) { partyMember(id: $id) { resident(reveal: PARTY_AFFAIRS) { id } household(reveal: PARTY_AFFAIRS) { id } } }`;
  await fixture.run(viewerWith([Role.GRID_WORKER], [HAND.communityA]), query, { id: members.m1 }, { requestId: 'req-8' });
  expect(await auditEntries(fixture.em(), { requestId: 'req-8' })).toEqual([]);
  await fixture.run(organizerA, query, { id: members.m1 }, { requestId: 'req-9' });
  const entries = await auditEntries(fixture.em(), { requestId: 'req-9' });
  expect(entries.map((entry) => entry.field).sort()).toEqual(['household', 'resident']);
  for (const entry of entries) {
    expect(entry).toMatchObject({ viewerId: organizerA.id, roles: [Role.PARTY_ORGANIZER], action: 'READ', subjectType: 'PartyMember', subjectId: members.m1, reason: 'PARTY_AFFAIRS' });
  }
});
