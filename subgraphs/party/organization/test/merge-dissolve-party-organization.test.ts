import { Role } from '../../../../kit/auth/role';
import type { Viewer } from '../../../../kit/auth/viewer';
import { demoId } from '../../../../kit/demo/ids';
import { errorCodes } from '../../../../kit/testing/execute';
import { raceOverHttp, tallyOutcomes } from '../../../../kit/testing/race';
import { cityAdmin, viewerWith } from '../../../../kit/testing/viewers';
import { PartyMember } from '../../member/member.entity';
import { PartyMemberTransfer } from '../../member/member-transfer.entity';
import { partySubgraph } from '../../server';
import { createHandFixture, HAND, registerHandMembers, type HandFixture } from '../../test/hand-fixture';
import { PartyOrganization, PartyOrganizationStatus } from '../organization.entity';

const MERGE = /* GraphQL */ `
  mutation ($input: MergePartyOrganizationsInput!) {
    mergePartyOrganizations(input: $input) {
      organization {
        id
        status
      }
      change {
        kind
        reason
        otherOrganization {
          id
        }
      }
    }
  }
`;
const DISSOLVE = /* GraphQL */ `
  mutation ($input: DissolvePartyOrganizationInput!) {
    dissolvePartyOrganization(input: $input) {
      organization {
        id
        status
        endedAt
      }
      change {
        kind
        reason
      }
    }
  }
`;
const SET_UP = /* GraphQL */ `
  mutation ($input: SetUpPartyOrganizationInput!) {
    setUpPartyOrganization(input: $input) {
      organization {
        id
      }
    }
  }
`;
const AFTER_MERGE = /* GraphQL */ `
  query ($representations: [_Any!]!, $merged: ID!, $communityId: ID!) {
    _entities(representations: $representations) {
      ... on Community {
        partyStats {
          compounds
          compoundsWithBranch
          branches
        }
      }
      ... on Compound {
        partyBranch {
          id
        }
      }
    }
    partyOrganization(id: $merged) {
      status
      mergedInto {
        id
      }
      history {
        kind
        otherOrganization {
          id
        }
      }
    }
    partyOrganizations(communityId: $communityId, where: { level: BRANCH }) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

const o = HAND.organizations;
const organizerOf = (communityId: string) => viewerWith([Role.PARTY_ORGANIZER], [communityId]);

async function snapshot(fixture: HandFixture) {
  const em = fixture.em();
  const organizations = await em.find(PartyOrganization, {}, { orderBy: { id: 'asc' } });
  const members = await em.find(PartyMember, {}, { orderBy: { id: 'asc' } });
  return {
    counts: await fixture.rowCounts(),
    organizations: organizations.map(({ id, status, parentId, attachedId, secretaryId }) => [id, status, parentId, attachedId, secretaryId]),
    members: members.map(({ id, organizationId }) => [id, organizationId]),
  };
}

async function expectRefused(fixture: HandFixture, mutation: string, input: Record<string, unknown>, code: string, field?: string, viewer: Viewer = cityAdmin) {
  const before = await snapshot(fixture);
  const result = await fixture.run(viewer, mutation, { input });
  expect(errorCodes(result)).toEqual([code]);
  if (field) expect(result.errors![0].extensions!.field).toBe(field);
  expect(await snapshot(fixture)).toEqual(before);
}

describe('merging', () => {
  let fixture: HandFixture;
  let members: Awaited<ReturnType<typeof registerHandMembers>>;
  beforeAll(async () => {
    fixture = await createHandFixture();
    members = await registerHandMembers(fixture);
  });
  afterAll(() => fixture.close());

  describe('refused, changing nothing', () => {
    test.each([
      ['an unknown organisation', { organizationId: demoId(['nobody']), intoId: o.branchA1, reason: '联建' }, 'BAD_USER_INPUT', 'input.organizationId'],
      ['an unknown target', { organizationId: o.branchA2, intoId: demoId(['nobody']), reason: '联建' }, 'BAD_USER_INPUT', 'input.intoId'],
      ['a malformed id', { organizationId: 'A2', intoId: o.branchA1, reason: '联建' }, 'BAD_USER_INPUT', 'input.organizationId'],
      ['into itself', { organizationId: o.branchA2, intoId: o.branchA2, reason: '联建' }, 'BAD_USER_INPUT', 'input.intoId'],
      ['a community committee', { organizationId: o.committeeB, intoId: o.committeeA, reason: '联建' }, 'BAD_USER_INPUT', 'input.organizationId'],
      ['a branch into a group', { organizationId: o.branchA2, intoId: o.groupA1, reason: '联建' }, 'BAD_USER_INPUT', 'input.intoId'],
      ['a branch of another community', { organizationId: o.branchA2, intoId: o.branchB1, reason: '联建' }, 'BAD_USER_INPUT', 'input.intoId'],
      ['a reason of one character', { organizationId: o.branchA2, intoId: o.branchA1, reason: '合' }, 'BAD_USER_INPUT', 'input.reason'],
    ])('%s', async (_case, input, code, field) => {
      await expectRefused(fixture, MERGE, input, code, field);
    });

    test('an organiser of another community', async () => {
      await expectRefused(
        fixture,
        MERGE,
        { organizationId: o.branchA2, intoId: o.branchA1, reason: '联建' },
        'FORBIDDEN',
        undefined,
        organizerOf(HAND.communityB),
      );
    });
  });

  test('A2’s branch into A1’s: its member moves (a transfer), A2 stays covered by A1’s branch, one branch fewer', async () => {
    const result = await fixture.run(organizerOf(HAND.communityA), MERGE, { input: { organizationId: o.branchA2, intoId: o.branchA1, reason: '两小区联建' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.mergePartyOrganizations).toEqual({
      organization: { id: o.branchA1, status: 'ACTIVE' },
      change: { kind: 'ABSORBED', reason: '两小区联建', otherOrganization: { id: o.branchA2 } },
    });
    const m5 = await fixture.em().findOneOrFail(PartyMember, { id: members.m5 });
    expect(m5.organizationId).toBe(o.branchA1);
    expect(await fixture.em().find(PartyMemberTransfer, { memberId: members.m5 })).toMatchObject([
      { fromOrganizationId: o.branchA2, toOrganizationId: o.branchA1 },
    ]);

    const after = await fixture.run(cityAdmin, AFTER_MERGE, {
      representations: [
        { __typename: 'Community', id: HAND.communityA },
        { __typename: 'Compound', id: HAND.compounds.A2 },
      ],
      merged: o.branchA2,
      communityId: HAND.communityA,
    });
    expect(after.errors).toBeUndefined();
    // Community A by hand: compounds A1, A2, A3; A1 and A2 covered by the one branch left; A3 by none.
    expect(after.data._entities).toEqual([{ partyStats: { compounds: 3, compoundsWithBranch: 2, branches: 1 } }, { partyBranch: { id: o.branchA1 } }]);
    expect(after.data.partyOrganization).toEqual({
      status: 'MERGED',
      mergedInto: { id: o.branchA1 },
      history: [{ kind: 'MERGED_INTO', otherOrganization: { id: o.branchA1 } }],
    });
    expect(after.data.partyOrganizations.edges).toEqual([{ node: { id: o.branchA1 } }]);
  });

  test('a merged organisation is changed no more', async () => {
    await expectRefused(fixture, MERGE, { organizationId: o.branchA2, intoId: o.branchA1, reason: '再次合并' }, 'CONFLICT', 'input.organizationId');
    await expectRefused(fixture, MERGE, { organizationId: o.branchA1, intoId: o.branchA2, reason: '反向合并' }, 'CONFLICT', 'input.intoId');
    await expectRefused(fixture, DISSOLVE, { organizationId: o.branchA2, reason: '撤销' }, 'CONFLICT', 'input.organizationId');
    await expectRefused(
      fixture,
      /* GraphQL */ `
        mutation ($input: RenamePartyOrganizationInput!) {
          renamePartyOrganization(input: $input) {
            change {
              kind
            }
          }
        }
      `,
      { organizationId: o.branchA2, name: '新名称' },
      'CONFLICT',
      'input.organizationId',
    );
  });
});

describe('dissolving', () => {
  let fixture: HandFixture;
  beforeAll(async () => {
    fixture = await createHandFixture();
    await registerHandMembers(fixture);
  });
  afterAll(() => fixture.close());

  test.each([
    ['a group with members', o.groupA1, 'CONFLICT'],
    ['a branch with a group beneath it', o.branchA1, 'CONFLICT'],
    ['a community committee', o.committeeA, 'BAD_USER_INPUT'],
    ['an unknown organisation', demoId(['nobody']), 'BAD_USER_INPUT'],
  ])('%s is refused, changing nothing', async (_case, organizationId, code) => {
    await expectRefused(fixture, DISSOLVE, { organizationId, reason: '撤销' }, code, 'input.organizationId');
  });

  test('out of scope is refused, changing nothing', async () => {
    const { organization } = await fixture.command('setUpPartyOrganization', '{ organization { id } }', {
      parentId: o.committeeB,
      level: 'GROUP',
      attachedId: HAND.buildings.B1,
      name: 'B1小区1号楼党小组',
    });
    await expectRefused(fixture, DISSOLVE, { organizationId: organization.id, reason: '撤销' }, 'FORBIDDEN', undefined, organizerOf(HAND.communityA));
  });

  test('an empty group is dissolved and lets go of its building: a new group may be set up there', async () => {
    const group = await fixture.em().findOneOrFail(PartyOrganization, { attachedId: HAND.buildings.B1 });
    const result = await fixture.run(organizerOf(HAND.communityB), DISSOLVE, { input: { organizationId: group.id, reason: '党员全部转出' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.dissolvePartyOrganization).toMatchObject({
      organization: { id: group.id, status: 'DISSOLVED' },
      change: { kind: 'DISSOLVED', reason: '党员全部转出' },
    });
    expect(result.data.dissolvePartyOrganization.organization.endedAt).not.toBeNull();
    const again = await fixture.run(cityAdmin, SET_UP, {
      input: { parentId: o.committeeB, level: 'GROUP', attachedId: HAND.buildings.B1, name: 'B1小区1号楼新党小组' },
    });
    expect(again.errors).toBeUndefined();
    expect(await fixture.em().count(PartyOrganization, { level: 'GROUP' as never, communityId: HAND.communityB, status: PartyOrganizationStatus.ACTIVE })).toBe(
      1,
    );
  });
});

test('twenty merges of A1’s and A2’s branches at once, either way round, leave one standing', async () => {
  const fixture = await createHandFixture();
  try {
    const { m5 } = await registerHandMembers(fixture);
    const results = await raceOverHttp(
      partySubgraph,
      fixture.orm,
      cityAdmin,
      Array.from({ length: 20 }, (_value, index) => ({
        query: MERGE,
        variables: {
          input:
            index % 2
              ? { organizationId: o.branchA2, intoId: o.branchA1, reason: `联建${index}` }
              : { organizationId: o.branchA1, intoId: o.branchA2, reason: `联建${index}` },
        },
      })),
    );
    const tally = tallyOutcomes(results);
    expect(tally.ok).toBe(1);
    expect(Object.keys(tally).filter(key => !['ok', 'CONFLICT input.organizationId', 'CONFLICT input.intoId'].includes(key))).toEqual([]);
    const branches = await fixture.em().find(PartyOrganization, { id: { $in: [o.branchA1, o.branchA2] } });
    expect(branches.map(branch => branch.status).sort()).toEqual(['ACTIVE', 'MERGED']);
    // Whichever stands on holds m5 (A2's) and group A1 (A1's); m5 was transferred once if A1's stood on, else not at all.
    const standing = branches.find(branch => branch.status === PartyOrganizationStatus.ACTIVE)!;
    expect((await fixture.em().findOneOrFail(PartyMember, { id: m5 })).organizationId).toBe(standing.id);
    expect((await fixture.em().findOneOrFail(PartyOrganization, { id: o.groupA1 })).parentId).toBe(standing.id);
    expect(await fixture.em().count(PartyMemberTransfer, { memberId: m5 })).toBe(standing.id === o.branchA1 ? 1 : 0);
  } finally {
    await fixture.close();
  }
});
