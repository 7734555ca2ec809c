import { Role } from '../../../kit/auth/role';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { createHandFixture, HAND, registerHandMembers, type HandFixture } from './hand-fixture';

let fixture: HandFixture;
let members: Awaited<ReturnType<typeof registerHandMembers>>;
let pendingEntry: string;
beforeAll(async () => {
  fixture = await createHandFixture();
  members = await registerHandMembers(fixture);
  pendingEntry = (await fixture.command('submitPoints', '{ entry { id } }', {
    memberId: members.m1, year: 2025, quarter: 2, source: 'SELF_REPORT', points: 3, reason: '帮助邻居',
  })).entry.id;
});
afterAll(() => fixture.close());

const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';
const o = HAND.organizations;

/** Runs `name` with `input` and returns the first error's extensions, checking that no table changed. */
async function refused(name: string, input: Record<string, unknown>, viewer = cityAdmin) {
  const before = await fixture.rowCounts();
  const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await fixture.run(viewer, `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename } }`, { input });
  expect(result.data?.[name] ?? null).toBeNull();
  expect(await fixture.rowCounts()).toEqual(before);
  return result.errors?.[0]?.extensions;
}

const register = (changes: Record<string, unknown>) => ({
  residentId: HAND.residents[4], organizationId: o.groupA1, category: 'DIRECT', tags: [], joinedOn: '1999-07-01', ...changes,
});

describe('bad input is refused naming the field and rule, and nothing is written', () => {
  test.each([
    ['registerPartyMember', 'input.residentId', 'isUuid', register({ residentId: 'nope' })],
    ['registerPartyMember', 'input.residentId', 'exists', register({ residentId: UNKNOWN })],
    ['registerPartyMember', 'input.residentId', 'exists', register({ residentId: HAND.householdsA1[0] })],
    ['registerPartyMember', 'input.organizationId', 'exists', register({ organizationId: UNKNOWN })],
    ['registerPartyMember', 'input.organizationId', 'in home community', register({ organizationId: o.branchB1 })],
    ['registerPartyMember', 'input.joinedOn', 'date', register({ joinedOn: '2001-02-30' })],
    ['registerPartyMember', 'input.joinedOn', 'not in the future', register({ joinedOn: '2999-01-01' })],
    ['registerPartyMember', 'input.joinedOn', 'matches', register({ joinedOn: '1.7.2001' })],
    ['registerPartyMember', 'input.tags', 'arrayUnique', register({ tags: ['YOUTH', 'YOUTH'] })],
    ['transferPartyMember', 'input.memberId', 'exists', { memberId: UNKNOWN, toOrganizationId: o.branchA2, reason: '搬家' }],
    ['transferPartyMember', 'input.memberId', 'isUuid', { memberId: 'm1', toOrganizationId: o.branchA2, reason: '搬家' }],
    ['transferPartyMember', 'input.toOrganizationId', 'exists', { memberId: '$m1', toOrganizationId: UNKNOWN, reason: '搬家' }],
    ['transferPartyMember', 'input.toOrganizationId', 'differs', { memberId: '$m1', toOrganizationId: o.groupA1, reason: '搬家' }],
    ['transferPartyMember', 'input.reason', 'minLength', { memberId: '$m1', toOrganizationId: o.branchA2, reason: 'x' }],
    ['transferPartyMember', 'input.reason', 'isPlainText', { memberId: '$m1', toOrganizationId: o.branchA2, reason: '搬家\u202e' }],
    ['designateCentralHousehold', 'input.linkedHouseholdIds', 'arrayMinSize', { memberId: '$m2', linkedHouseholdIds: HAND.householdsA1.slice(2, 5) }],
    ['designateCentralHousehold', 'input.memberId', 'exists', { memberId: UNKNOWN, linkedHouseholdIds: HAND.householdsA1.slice(2, 12) }],
    ['designateCentralHousehold', 'input.linkedHouseholdIds.9', 'exists', { memberId: '$m2', linkedHouseholdIds: [...HAND.householdsA1.slice(2, 11), UNKNOWN] }],
    ['designateCentralHousehold', 'input.linkedHouseholdIds.9', 'same compound', { memberId: '$m2', linkedHouseholdIds: [...HAND.householdsA1.slice(2, 11), HAND.householdA2] }],
    ['designateCentralHousehold', 'input.linkedHouseholdIds.1', 'not own household', { memberId: '$m2', linkedHouseholdIds: HAND.householdsA1.slice(0, 10) }],
    ['claimServicePost', 'input.memberId', 'exists', { memberId: UNKNOWN, postId: HAND.posts.A }],
    ['claimServicePost', 'input.memberId', 'in service', { memberId: '$m4', postId: HAND.posts.A }],
    ['claimServicePost', 'input.postId', 'exists', { memberId: '$m3', postId: UNKNOWN }],
    ['claimServicePost', 'input.postId', 'in home community', { memberId: '$m3', postId: HAND.posts.B }],
    ['releaseServicePost', 'input.claimId', 'exists', { claimId: UNKNOWN }],
    ['recordService', 'input.servedOn', 'matches', { memberId: '$m1', servedOn: '2025-13-01', hours: 2, description: '清理' }],
    ['recordService', 'input.servedOn', 'not in the future', { memberId: '$m1', servedOn: '2999-01-01', hours: 2, description: '清理' }],
    ['recordService', 'input.hours', 'min', { memberId: '$m1', servedOn: '2025-03-01', hours: 0, description: '清理' }],
    ['recordService', 'input.hours', 'max', { memberId: '$m1', servedOn: '2025-03-01', hours: 13, description: '清理' }],
    ['recordService', 'input.memberId', 'exists', { memberId: UNKNOWN, servedOn: '2025-03-01', hours: 2, description: '清理' }],
    ['submitPoints', 'input.quarter', 'max', { memberId: '$m1', year: 2025, quarter: 5, source: 'PEER_REVIEW', points: 2, reason: '评议' }],
    ['submitPoints', 'input.points', 'not zero', { memberId: '$m1', year: 2025, quarter: 1, source: 'PEER_REVIEW', points: 0, reason: '评议' }],
    ['submitPoints', 'input.points', 'max', { memberId: '$m1', year: 2025, quarter: 1, source: 'PEER_REVIEW', points: 99, reason: '评议' }],
    ['submitPoints', 'input.quarter', 'not in the future', { memberId: '$m1', year: 2099, quarter: 1, source: 'PEER_REVIEW', points: 2, reason: '评议' }],
    ['submitPoints', 'input.memberId', 'exists', { memberId: UNKNOWN, year: 2025, quarter: 1, source: 'PEER_REVIEW', points: 2, reason: '评议' }],
    ['openServicePost', 'input.communityId', 'exists', { communityId: HAND.compounds.A1, name: '新岗位', description: '说明', capacity: 3 }],
    ['openServicePost', 'input.name', 'unique in community', { communityId: HAND.communityA, name: '楼道清洁志愿岗', description: '说明', capacity: 3 }],
    ['openServicePost', 'input.capacity', 'min', { communityId: HAND.communityA, name: '新岗位', description: '说明', capacity: 0 }],
    ['openServicePost', 'input.name', 'minLength', { communityId: HAND.communityA, name: '新', description: '说明', capacity: 3 }],
    ['approvePoints', 'input.entryId', 'exists', { entryId: UNKNOWN }],
    ['rejectPoints', 'input.entryId', 'isUuid', { entryId: 'x' }],
  ])('%s: %s (%s)', async (name, field, rule, input) => {
    const resolved = Object.fromEntries(
      Object.entries(input).map(([key, value]) => [key, typeof value === 'string' && value.startsWith('$') ? members[value.slice(1) as 'm1'] : value]),
    );
    expect(await refused(name, resolved)).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
  });
});

describe('state rules refuse with CONFLICT and change nothing', () => {
  test('a resident registers once', async () => {
    expect(await refused('registerPartyMember', register({ residentId: HAND.residents[0] }))).toMatchObject({ code: 'CONFLICT' });
  });

  test('a household is designated once', async () => {
    expect(await refused('designateCentralHousehold', { memberId: members.m1, linkedHouseholdIds: HAND.householdsA1.slice(1, 11) })).toMatchObject({ code: 'CONFLICT' });
  });

  test('a member holds one post at a time, and a full post takes nobody', async () => {
    expect(await refused('claimServicePost', { memberId: members.m1, postId: HAND.posts.A })).toMatchObject({ code: 'CONFLICT' });
    // post A holds 2 (m1, m2)
    expect(await refused('claimServicePost', { memberId: members.m3, postId: HAND.posts.A })).toMatchObject({ code: 'CONFLICT' });
  });

  test('a service needs a held post', async () => {
    expect(await refused('recordService', { memberId: members.m3, servedOn: '2025-03-01', hours: 2, description: '清理' })).toMatchObject({ code: 'CONFLICT' });
  });

  test('a post is released once', async () => {
    const claim = (await fixture.command('claimServicePost', '{ claim { id active } }', { memberId: members.m6, postId: HAND.posts.B }).catch(() => null));
    expect(claim).toBeNull(); // m6 already holds post B
    const released = await fixture.command('releaseServicePost', '{ claim { id active releasedAt } }', { claimId: members.claims.m6 });
    expect(released.claim.active).toBe(false);
    expect(await refused('releaseServicePost', { claimId: members.claims.m6 })).toMatchObject({ code: 'CONFLICT' });
    // released: the member may claim again
    const again = await fixture.command('claimServicePost', '{ claim { active post { id } } }', { memberId: members.m6, postId: HAND.posts.B });
    expect(again.claim).toEqual({ active: true, post: { id: HAND.posts.B } });
  });

  test('a points entry is reviewed once', async () => {
    const approved = await fixture.command('approvePoints', '{ entry { status reviewedAt } }', { entryId: pendingEntry });
    expect(approved.entry.status).toBe('APPROVED');
    expect(await refused('approvePoints', { entryId: pendingEntry })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused('rejectPoints', { entryId: pendingEntry })).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('roles and scope', () => {
  test('a party organiser of community B may not register a resident of A, nor may grid workers register anyone', async () => {
    const organizerOfB = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityB]);
    expect(await refused('registerPartyMember', register({}), organizerOfB)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('registerPartyMember', register({}), viewerWith([Role.GRID_WORKER], [HAND.communityA]))).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('a transfer must be in scope at both ends', async () => {
    const organizerOfA = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]);
    expect(await refused('transferPartyMember', { memberId: members.m5, toOrganizationId: o.branchB1, reason: '搬家' }, organizerOfA)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

test('a transfer moves the member and keeps the history (组织关系转接)', async () => {
  const organizerOfA = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]);
  const result = await fixture.command('transferPartyMember', '{ member { organization { id } } transfer { fromOrganization { id } toOrganization { id } reason } }', {
    memberId: members.m4, toOrganizationId: o.branchA2, reason: '随子女居住',
  }, organizerOfA);
  expect(result).toEqual({
    member: { organization: { id: o.branchA2 } },
    transfer: { fromOrganization: { id: o.groupA1 }, toOrganization: { id: o.branchA2 }, reason: '随子女居住' },
  });
  await fixture.command('transferPartyMember', '{ member { id } }', { memberId: members.m4, toOrganizationId: o.groupA1, reason: '回迁' });
  const history = await fixture.run(cityAdmin, `query ($id: ID!) { partyMember(id: $id) { organization { id } transfers { totalCount edges { node { toOrganization { id } } } } } }`, { id: members.m4 });
  expect(history.data.partyMember).toEqual({
    organization: { id: o.groupA1 },
    transfers: { totalCount: 2, edges: [{ node: { toOrganization: { id: o.branchA2 } } }, { node: { toOrganization: { id: o.groupA1 } } }] },
  });
});

test('who a member is stays masked unless the role and scope allow it', async () => {
  const query = `query ($id: ID!) {
    partyMember(id: $id) { category resident(reveal: PARTY_AFFAIRS) { id } household(reveal: PARTY_AFFAIRS) { id } tags(reveal: PARTY_AFFAIRS) joinedOn(reveal: PARTY_AFFAIRS) }
  }`;
  const masked = await fixture.run(viewerWith([Role.GRID_WORKER], [HAND.communityA]), query, { id: members.m1 });
  expect(masked.data.partyMember).toEqual({ category: 'IN_SERVICE', resident: null, household: null, tags: [], joinedOn: '2001-**-**' });
  const outside = await fixture.run(viewerWith([Role.PARTY_ORGANIZER], [HAND.communityB]), query, { id: members.m1 });
  expect(outside).toEqual({ data: { partyMember: null } });
  const organizer = await fixture.run(viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]), query, { id: members.m1 });
  expect(organizer.data.partyMember).toEqual({
    category: 'IN_SERVICE', resident: { id: HAND.residents[0] }, household: { id: HAND.householdsA1[0] }, tags: ['YOUTH'], joinedOn: '2001-07-01',
  });
  const unasked = await fixture.run(viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]), query.replaceAll('(reveal: PARTY_AFFAIRS)', ''), { id: members.m1 });
  expect(unasked.data.partyMember).toEqual({ category: 'IN_SERVICE', resident: null, household: null, tags: [], joinedOn: '2001-**-**' });
  const untagged = await fixture.run(viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]), query, { id: members.m2 });
  expect(untagged.errors).toBeUndefined();
  expect(untagged.data.partyMember.tags).toEqual([]);
});

test('a community opens a post that its in-service members can then claim', async () => {
  const opened = await fixture.command('openServicePost', '{ post { id name capacity community { id } } }', {
    communityId: HAND.communityA, name: '关爱老人岗', description: '走访独居老人', capacity: 3,
  }, viewerWith([Role.COMMUNITY_STAFF], [HAND.communityA]));
  expect(opened.post).toMatchObject({ name: '关爱老人岗', capacity: 3, community: { id: HAND.communityA } });
  const claimed = await fixture.command('claimServicePost', '{ claim { post { id } } }', { memberId: members.m3, postId: opened.post.id });
  expect(claimed.claim.post.id).toBe(opened.post.id);
});
