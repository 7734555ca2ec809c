import { demoId } from '../../../kit/demo/ids';
import { raceChainsOverHttp, tallyOutcomes } from '../../../kit/testing/race';
import { cityAdmin } from '../../../kit/testing/viewers';
import { PartyMemberTransfer } from '../member/member-transfer.entity';
import { PartyMember } from '../member/member.entity';
import { PartyOrganization, PartyOrganizationStatus } from '../organization/organization.entity';
import { partySubgraph } from '../server';
import { addHandResidents, createHandFixture, HAND, type HandFixture } from './hand-fixture';

/**
 * `transferPartyMember` checks the organisation it moves a member to, and the one it moves the member
 * from, before its transaction; a merge of either may commit in between. Over real concurrent HTTP
 * requests (libSQL, and PostgreSQL with TEST_DATABASE_URL): every member ends in an organisation
 * that stands, and each member's transfer history is one unbroken chain ending where the member is.
 */
const MOVERS = 12;
const CHAINS = 4;

let fixture: HandFixture;
/** Members of group A1 to be moved into branch A2, and members of branch A2 to be moved out to group A1. */
const members = { inbound: [] as string[], outbound: [] as string[] };
/** Each member's organisation before the race. */
const startedIn = new Map<string, string>();

beforeAll(async () => {
  fixture = await createHandFixture();
  const residents = Array.from({ length: 2 * MOVERS }, (_value, index) => demoId(['transfer-merge-race', `resident-${index}`]));
  await addHandResidents(fixture, residents);
  for (const [index, residentId] of residents.entries()) {
    const organizationId = index < MOVERS ? HAND.organizations.groupA1 : HAND.organizations.branchA2;
    const { member } = await fixture.command('registerPartyMember', '{ member { id } }', {
      residentId,
      organizationId,
      category: 'IN_SERVICE',
      tags: [],
      joinedOn: '2003-07-01',
    });
    (index < MOVERS ? members.inbound : members.outbound).push(member.id);
    startedIn.set(member.id, organizationId);
  }
});
afterAll(() => fixture.close());

const command = (name: string, input: Record<string, unknown>) => ({
  query: `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename } }`,
  variables: { input },
});

test('transfers into and out of a branch while it is merged: every member stands in a standing organisation, its history one chain ending where it is', async () => {
  const transfers = [
    ...members.inbound.map(memberId => command('transferPartyMember', { memberId, toOrganizationId: HAND.organizations.branchA2, reason: '搬家' })),
    ...members.outbound.map(memberId => command('transferPartyMember', { memberId, toOrganizationId: HAND.organizations.groupA1, reason: '搬家' })),
  ];
  const merge = command('mergePartyOrganizations', { organizationId: HAND.organizations.branchA2, intoId: HAND.organizations.branchA1, reason: '两小区联建' });
  // One chain sends the merge after its first transfer, while the other chains' transfers are under way.
  const chains = Array.from({ length: CHAINS }, (_value, chain) => transfers.filter((_request, index) => index % CHAINS === chain));
  chains[0].splice(1, 0, merge);
  const results = await raceChainsOverHttp(partySubgraph, fixture.orm, cityAdmin, chains);
  const [merged] = results[0].splice(1, 1);
  expect(merged.errors).toBeUndefined();
  // A transfer that came after the merge is refused; none fails otherwise.
  const told = tallyOutcomes(results.flat());
  expect(Object.keys(told).filter(key => !['ok', 'CONFLICT input.toOrganizationId', 'CONFLICT input.memberId'].includes(key))).toEqual([]);

  const em = fixture.em();
  const now = await em.find(PartyMember, { id: { $in: [...startedIn.keys()] } });
  const standing = await em.find(PartyOrganization, { id: { $in: [...new Set(now.map(member => member.organizationId))] } });
  expect(standing.filter(organization => organization.status !== PartyOrganizationStatus.ACTIVE).map(organization => organization.name)).toEqual([]);

  const history = await em.find(PartyMemberTransfer, { memberId: { $in: [...startedIn.keys()] } });
  const broken: string[] = [];
  for (const member of now) {
    const remaining = history.filter(transfer => transfer.memberId === member.id);
    let at = startedIn.get(member.id)!;
    while (remaining.length > 0) {
      const next = remaining.findIndex(transfer => transfer.fromOrganizationId === at);
      if (next < 0) break;
      at = remaining.splice(next, 1)[0].toOrganizationId;
    }
    if (remaining.length > 0 || at !== member.organizationId) broken.push(member.id);
  }
  expect(broken).toEqual([]);
});
