import { Role } from '../../../../kit/auth/role';
import type { Viewer } from '../../../../kit/auth/viewer';
import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../../kit/testing/viewers';
import { createHandFixture, HAND, registerHandMembers, type HandFixture } from '../../test/hand-fixture';
import { PartyOrganization } from '../organization.entity';

const RENAME = /* GraphQL */ `
  mutation ($input: RenamePartyOrganizationInput!) {
    renamePartyOrganization(input: $input) {
      organization {
        id
        name
      }
      change {
        kind
        previousName
        name
      }
    }
  }
`;
const APPOINT = /* GraphQL */ `
  mutation ($input: AppointPartySecretaryInput!) {
    appointPartySecretary(input: $input) {
      organization {
        secretary {
          id
        }
      }
      change {
        kind
        secretary {
          id
        }
        previousSecretary {
          id
        }
      }
    }
  }
`;
const HISTORY = /* GraphQL */ `
  query ($id: ID!) {
    partyOrganization(id: $id) {
      name
      secretary {
        id
      }
      history {
        kind
        previousName
        name
        secretary {
          id
        }
        previousSecretary {
          id
        }
      }
    }
  }
`;

let fixture: HandFixture;
let members: Awaited<ReturnType<typeof registerHandMembers>>;
beforeAll(async () => {
  fixture = await createHandFixture();
  members = await registerHandMembers(fixture);
});
afterAll(() => fixture.close());

const o = HAND.organizations;
const organizerOfB = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityB]);

/** Every table's row count and every organisation's name and secretary: what a refused command must leave as it was. */
async function snapshot() {
  const organizations = await fixture.em().find(PartyOrganization, {}, { orderBy: { id: 'asc' } });
  return { counts: await fixture.rowCounts(), organizations: organizations.map(({ id, name, secretaryId }) => [id, name, secretaryId]) };
}

async function expectRefused(viewer: Viewer, mutation: string, input: Record<string, unknown>, code: string, field?: string) {
  const before = await snapshot();
  const result = await fixture.run(viewer, mutation, { input });
  expect(errorCodes(result)).toEqual([code]);
  if (field) expect(result.errors![0].extensions!.field).toBe(field);
  expect(await snapshot()).toEqual(before);
}

test('renaming twice keeps both old names in the history, newest first', async () => {
  const first = await fixture.run(cityAdmin, RENAME, { input: { organizationId: o.branchA1, name: 'A1小区联合党支部' } });
  expect(first.errors).toBeUndefined();
  expect(first.data.renamePartyOrganization).toEqual({
    organization: { id: o.branchA1, name: 'A1小区联合党支部' },
    change: { kind: 'RENAMED', previousName: 'A1小区党支部', name: 'A1小区联合党支部' },
  });
  const organizerOfA = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]);
  expect((await fixture.run(organizerOfA, RENAME, { input: { organizationId: o.branchA1, name: 'A1小区党支部（二）' } })).errors).toBeUndefined();
  const read = await fixture.run(cityAdmin, HISTORY, { id: o.branchA1 });
  expect(read.data.partyOrganization.name).toBe('A1小区党支部（二）');
  expect(read.data.partyOrganization.history.map((change: any) => [change.previousName, change.name])).toEqual([
    ['A1小区联合党支部', 'A1小区党支部（二）'],
    ['A1小区党支部', 'A1小区联合党支部'],
  ]);
});

test('a secretary is a member of the organisation or beneath it; a replacement keeps the one replaced', async () => {
  // m1 is in building group A1, beneath branch A1 and committee A.
  const toBranch = await fixture.run(cityAdmin, APPOINT, { input: { organizationId: o.branchA1, memberId: members.m1 } });
  expect(toBranch.errors).toBeUndefined();
  expect(toBranch.data.appointPartySecretary).toEqual({
    organization: { secretary: { id: members.m1 } },
    change: { kind: 'SECRETARY_APPOINTED', secretary: { id: members.m1 }, previousSecretary: null },
  });
  expect((await fixture.run(cityAdmin, APPOINT, { input: { organizationId: o.committeeA, memberId: members.m5 } })).errors).toBeUndefined();
  const replaced = await fixture.run(cityAdmin, APPOINT, { input: { organizationId: o.branchA1, memberId: members.m2 } });
  expect(replaced.data.appointPartySecretary.change).toEqual({
    kind: 'SECRETARY_APPOINTED',
    secretary: { id: members.m2 },
    previousSecretary: { id: members.m1 },
  });
  const read = await fixture.run(cityAdmin, HISTORY, { id: o.branchA1 });
  expect(read.data.partyOrganization.secretary).toEqual({ id: members.m2 });
  expect(read.data.partyOrganization.history.filter((change: any) => change.kind === 'SECRETARY_APPOINTED').map((change: any) => change.secretary.id)).toEqual([
    members.m2,
    members.m1,
  ]);
});

describe('refused, changing nothing', () => {
  test.each([
    ['an unknown organisation', { organizationId: '00000000-0000-4000-8000-000000000000', name: '新党支部' }, 'input.organizationId'],
    ['a malformed organisation id', { organizationId: 'branch-1', name: '新党支部' }, 'input.organizationId'],
    ['a name of one character', { organizationId: o.branchA2, name: '支' }, 'input.name'],
    ['a name over 50 characters', { organizationId: o.branchA2, name: '党'.repeat(51) }, 'input.name'],
    ['the same name', { organizationId: o.branchA2, name: 'A2小区党支部' }, 'input.name'],
  ])('rename: %s', async (_case, input, field) => {
    await expectRefused(cityAdmin, RENAME, input, 'BAD_USER_INPUT', field);
  });

  test('rename by an organiser of another community', async () => {
    await expectRefused(organizerOfB, RENAME, { organizationId: o.branchA2, name: '新党支部' }, 'FORBIDDEN');
  });

  test('rename by community staff, who do not run party organisations', async () => {
    await expectRefused(viewerWith([Role.COMMUNITY_STAFF], [HAND.communityA]), RENAME, { organizationId: o.branchA2, name: '新党支部' }, 'FORBIDDEN');
  });

  test('secretary: an unknown member', async () => {
    await expectRefused(
      cityAdmin,
      APPOINT,
      { organizationId: o.branchA2, memberId: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
      'input.memberId',
    );
  });

  test('secretary: a member of another community', async () => {
    await expectRefused(cityAdmin, APPOINT, { organizationId: o.branchA1, memberId: members.m6 }, 'BAD_USER_INPUT', 'input.memberId');
  });

  test('secretary: a member of a sibling branch, not beneath this group', async () => {
    await expectRefused(cityAdmin, APPOINT, { organizationId: o.groupA1, memberId: members.m5 }, 'BAD_USER_INPUT', 'input.memberId');
  });

  test('secretary: the member is secretary already', async () => {
    await expectRefused(cityAdmin, APPOINT, { organizationId: o.committeeA, memberId: members.m5 }, 'CONFLICT');
  });

  test('secretary: an organiser of another community', async () => {
    await expectRefused(organizerOfB, APPOINT, { organizationId: o.groupA1, memberId: members.m3 }, 'FORBIDDEN');
  });
});
