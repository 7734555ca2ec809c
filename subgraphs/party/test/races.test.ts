import { demoId } from '../../../kit/demo/ids';
import { raceChainsOverHttp, raceOverHttp, tallyOutcomes } from '../../../kit/testing/race';
import { cityAdmin } from '../../../kit/testing/viewers';
import { TerritoryLevel, TerritoryPlace } from '../../../kit/territory/territory-copy';
import { CentralHousehold } from '../central-household/central-household.entity';
import { PartyMemberTransfer } from '../member/member-transfer.entity';
import { PartyMember } from '../member/member.entity';
import { PartyOrganization, PartyOrganizationStatus } from '../organization/organization.entity';
import { PostClaim } from '../service-post/post-claim.entity';
import { ServicePost } from '../service-post/service-post.entity';
import { partySubgraph } from '../server';
import { addHandResidents, createHandFixture, HAND, type HandFixture } from './hand-fixture';

/**
 * Twenty commands at once, over HTTP: the database decides, every loser gets a clear error
 * naming the field (or CONFLICT for a full post), never INTERNAL, and nothing is over-filled.
 */
const RACERS = 20;

let fixture: HandFixture;
/** Twenty extra residents of A1-1's first household, to register as in-service members. */
const extraResidents = Array.from({ length: RACERS }, (_value, index) => demoId(['races', `resident-${index}`]));
beforeAll(async () => {
  fixture = await createHandFixture();
  await addHandResidents(fixture, extraResidents);
});
afterAll(() => fixture.close());

const command = (name: string, input: Record<string, unknown>) => ({
  query: `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename } }`,
  variables: { input },
});

test('registerPartyMember: twenty registrations of one resident give one member', async () => {
  const input = { residentId: HAND.residents[4], organizationId: HAND.organizations.groupA1, category: 'DIRECT', tags: [], joinedOn: '1999-07-01' };
  const tally = tallyOutcomes(await raceOverHttp(partySubgraph, fixture.orm, cityAdmin, Array.from({ length: RACERS }, () => command('registerPartyMember', input))));
  expect(tally.ok).toBe(1);
  expect(Object.keys(tally).filter((key) => key !== 'ok')).toEqual(['CONFLICT input.residentId']);
  expect(await fixture.em().count(PartyMember, { residentId: HAND.residents[4] })).toBe(1);
});

test('openServicePost: twenty posts of one name in one community give one post', async () => {
  const input = { communityId: HAND.communityA, name: '并发测试岗', description: '说明', capacity: 3 };
  const tally = tallyOutcomes(await raceOverHttp(partySubgraph, fixture.orm, cityAdmin, Array.from({ length: RACERS }, () => command('openServicePost', input))));
  expect(tally.ok).toBe(1);
  expect(Object.keys(tally).filter((key) => !['ok', 'CONFLICT input.name', 'BAD_USER_INPUT input.name'].includes(key))).toEqual([]);
  expect(await fixture.em().count(ServicePost, { communityId: HAND.communityA, name: '并发测试岗' })).toBe(1);
});

describe('claimServicePost', () => {
  let members: string[];
  beforeAll(async () => {
    members = [];
    for (const residentId of extraResidents) {
      members.push((await fixture.command('registerPartyMember', '{ member { id } }', {
        residentId, organizationId: HAND.organizations.groupA1, category: 'IN_SERVICE', tags: [], joinedOn: '2001-07-01',
      })).member.id);
    }
  });

  test('twenty members claiming a post for three: three hold it, seventeen hear it is full', async () => {
    const { post } = await fixture.command('openServicePost', '{ post { id } }', { communityId: HAND.communityA, name: '三人岗', description: '说明', capacity: 3 });
    const tally = tallyOutcomes(await raceOverHttp(partySubgraph, fixture.orm, cityAdmin, members.map((memberId) => command('claimServicePost', { memberId, postId: post.id }))));
    expect(tally).toEqual({ ok: 3, 'CONFLICT input.postId': 17 });
    expect(await fixture.em().count(PostClaim, { postId: post.id, releasedAt: null })).toBe(3);
  });

  test('one member claiming two posts twenty times at once holds one post', async () => {
    const opened: string[] = [];
    for (const name of ['甲岗', '乙岗']) {
      opened.push((await fixture.command('openServicePost', '{ post { id } }', { communityId: HAND.communityA, name, description: '说明', capacity: 20 })).post.id);
    }
    const memberId = members[RACERS - 1];
    const before = await fixture.em().count(PostClaim, { memberId, releasedAt: null });
    const tally = tallyOutcomes(await raceOverHttp(partySubgraph, fixture.orm, cityAdmin, Array.from({ length: RACERS }, (_value, index) =>
      command('claimServicePost', { memberId, postId: opened[index % 2] }))));
    expect(tally.ok).toBe(before === 0 ? 1 : 0);
    expect(await fixture.em().count(PostClaim, { memberId, releasedAt: null })).toBe(1);
  });
});

describe('one member, twenty commands at once', () => {
  let memberId: string;
  beforeAll(async () => {
    memberId = (await fixture.command('registerPartyMember', '{ member { id } }', {
      residentId: HAND.residents[0], organizationId: HAND.organizations.groupA1, category: 'DIRECT', tags: [], joinedOn: '1999-07-01',
    })).member.id;
  });

  test('designateCentralHousehold: the household becomes a central household once', async () => {
    const input = { memberId, linkedHouseholdIds: HAND.householdsA1.slice(1, 11) };
    const tally = tallyOutcomes(await raceOverHttp(partySubgraph, fixture.orm, cityAdmin, Array.from({ length: RACERS }, () => command('designateCentralHousehold', input))));
    expect(tally.ok).toBe(1);
    expect(Object.keys(tally).filter((key) => !['ok', 'CONFLICT input.memberId'].includes(key))).toEqual([]);
    expect(await fixture.em().count(CentralHousehold, { householdId: HAND.householdsA1[0] })).toBe(1);
  });

  test('transferPartyMember: one transfer is recorded, the member is where it says', async () => {
    const input = { memberId, toOrganizationId: HAND.organizations.branchA2, reason: '搬家' };
    const tally = tallyOutcomes(await raceOverHttp(partySubgraph, fixture.orm, cityAdmin, Array.from({ length: RACERS }, () => command('transferPartyMember', input))));
    expect(tally.ok).toBe(1);
    expect(Object.keys(tally).filter((key) => !['ok', 'CONFLICT input.memberId', 'BAD_USER_INPUT input.toOrganizationId'].includes(key))).toEqual([]);
    expect(await fixture.em().count(PartyMemberTransfer, { memberId })).toBe(1);
    expect((await fixture.em().findOneOrFail(PartyMember, { id: memberId })).organizationId).toBe(HAND.organizations.branchA2);
  });
});

/** Chains of registrations sent one after another beside the merge, so some meet it before, during and after its transaction. */
const CHAINS = 4;

test('a merge and twenty registrations into the merged branch at once: every member stands in a standing organisation, or was refused CONFLICT', async () => {
  const newcomers = Array.from({ length: RACERS }, (_value, index) => demoId(['races', `newcomer-${index}`]));
  await fixture.em().insertMany(TerritoryPlace, newcomers.map((id) => ({
    id, level: TerritoryLevel.RESIDENT, subdistrictId: HAND.subdistrict, communityId: HAND.communityA,
    compoundId: HAND.compounds.A2, buildingId: HAND.buildings.A1, householdId: HAND.householdsA1[1],
  })));
  const register = (residentId: string) =>
    command('registerPartyMember', { residentId, organizationId: HAND.organizations.branchA2, category: 'DIRECT', tags: [], joinedOn: '2001-07-01' });
  const merge = command('mergePartyOrganizations', { organizationId: HAND.organizations.branchA2, intoId: HAND.organizations.branchA1, reason: '两小区联建' });
  // The merge goes out after the first chain's first registration, when the other chains are under way.
  const chains = Array.from({ length: CHAINS }, (_value, chain) => newcomers.filter((_id, index) => index % CHAINS === chain).map(register));
  chains[0].splice(1, 0, merge);
  const results = await raceChainsOverHttp(partySubgraph, fixture.orm, cityAdmin, chains);
  const [merged] = results[0].splice(1, 1);
  expect(merged.errors).toBeUndefined();
  const registered = tallyOutcomes(results.flat());
  expect(Object.keys(registered).filter((key) => !['ok', 'CONFLICT input.organizationId'].includes(key))).toEqual([]);

  const members = await fixture.em().find(PartyMember, { residentId: { $in: newcomers } });
  expect(members).toHaveLength(registered.ok ?? 0);
  const organizations = await fixture.em().find(PartyOrganization, { id: { $in: [...new Set(members.map((member) => member.organizationId))] } });
  expect(organizations.map((organization) => organization.status).filter((status) => status !== PartyOrganizationStatus.ACTIVE)).toEqual([]);
  // Whoever came before the merge was moved on to the branch that stands.
  expect(members.every((member) => member.organizationId === HAND.organizations.branchA1)).toBe(true);
});
