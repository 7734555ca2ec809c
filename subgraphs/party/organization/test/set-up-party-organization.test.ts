import { Role } from '../../../../kit/auth/role';
import type { Viewer } from '../../../../kit/auth/viewer';
import { demoId } from '../../../../kit/demo/ids';
import { TerritoryPlace } from '../../../../kit/territory/territory-copy';
import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../../kit/testing/viewers';
import { createHandFixture, HAND, type HandFixture } from '../../test/hand-fixture';
import { PartyOrganization, PartyOrganizationLevel } from '../organization.entity';
import { partySubgraph } from '../../server';
import { raceOverHttp, tallyOutcomes } from '../../../../kit/testing/race';

const SET_UP = /* GraphQL */ `
  mutation ($input: SetUpPartyOrganizationInput!) {
    setUpPartyOrganization(input: $input) {
      organization {
        id
        name
        level
        parent {
          id
        }
      }
      change {
        kind
        name
      }
    }
  }
`;
const COVERAGE = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Community {
        partyStats {
          compoundsWithBranch
          branches
          gridsWithBranch
        }
      }
      ... on Grid {
        partyBranch {
          name
        }
      }
    }
  }
`;

/** A grid over A1-1 (the hand territory has none of its own). */
const GRID = demoId(['hand-fixture', 'grid']);

let fixture: HandFixture;
beforeAll(async () => {
  fixture = await createHandFixture();
  await fixture.em().nativeUpdate(TerritoryPlace, { buildingId: HAND.buildings.A1 }, { gridId: GRID });
});
afterAll(() => fixture.close());

const o = HAND.organizations;

async function snapshot() {
  const organizations = await fixture.em().find(PartyOrganization, {}, { orderBy: { id: 'asc' } });
  return { counts: await fixture.rowCounts(), organizations: organizations.map(({ id, name, secretaryId }) => [id, name, secretaryId]) };
}

async function expectRefused(input: Record<string, unknown>, code: string, field?: string, viewer: Viewer = cityAdmin) {
  const before = await snapshot();
  const result = await fixture.run(viewer, SET_UP, { input });
  expect(errorCodes(result)).toEqual([code]);
  if (field) expect(result.errors![0].extensions!.field).toBe(field);
  expect(await snapshot()).toEqual(before);
}

test('a branch for the compound without one and a grid branch: coverage counted by hand', async () => {
  const compound = await fixture.run(cityAdmin, SET_UP, {
    input: { parentId: o.committeeA, level: 'BRANCH', attachedId: HAND.compounds.A3, name: 'A3小区党支部' },
  });
  expect(compound.errors).toBeUndefined();
  expect(compound.data.setUpPartyOrganization).toMatchObject({
    organization: { name: 'A3小区党支部', level: 'BRANCH', parent: { id: o.committeeA } },
    change: { kind: 'SET_UP', name: 'A3小区党支部' },
  });
  const organizerOfA = viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]);
  const grid = await fixture.run(organizerOfA, SET_UP, { input: { parentId: o.committeeA, level: 'BRANCH', attachedId: GRID, name: '一网格党支部' } });
  expect(grid.errors).toBeUndefined();

  const result = await fixture.run(cityAdmin, COVERAGE, {
    representations: [
      { __typename: 'Community', id: HAND.communityA },
      { __typename: 'Grid', id: GRID },
    ],
  });
  // Community A: compounds A1, A2, A3 all with a branch now; branches A1, A2, A3 and the grid's.
  expect(result.data._entities).toEqual([
    { partyStats: { compoundsWithBranch: 3, branches: 4, gridsWithBranch: 1 } },
    { partyBranch: { name: '一网格党支部' } },
  ]);
});

test('a group of a building under its compound branch', async () => {
  const result = await fixture.run(cityAdmin, SET_UP, {
    input: { parentId: o.branchA2, level: 'GROUP', attachedId: HAND.buildings.A2, name: 'A2小区1号楼党小组' },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data.setUpPartyOrganization.organization).toMatchObject({ level: 'GROUP', parent: { id: o.branchA2 } });
});

describe('refused, changing nothing', () => {
  test.each([
    ['a community-level organisation', { parentId: o.committeeA, level: 'COMMITTEE', attachedId: HAND.compounds.A3, name: '新党委' }, 'input.level'],
    ['an unknown parent', { parentId: demoId(['nobody']), level: 'BRANCH', attachedId: HAND.compounds.A3, name: '新党支部' }, 'input.parentId'],
    ['a branch under a branch', { parentId: o.branchA1, level: 'BRANCH', attachedId: HAND.compounds.A3, name: '新党支部' }, 'input.parentId'],
    ['a group under a group', { parentId: o.groupA1, level: 'GROUP', attachedId: HAND.buildings.A1, name: '新党小组' }, 'input.parentId'],
    ['an unknown place', { parentId: o.committeeA, level: 'BRANCH', attachedId: demoId(['nowhere']), name: '新党支部' }, 'input.attachedId'],
    ['a branch of a building', { parentId: o.committeeA, level: 'BRANCH', attachedId: HAND.buildings.A2, name: '新党支部' }, 'input.attachedId'],
    ['a compound of another community', { parentId: o.committeeA, level: 'BRANCH', attachedId: HAND.compounds.B1, name: '新党支部' }, 'input.attachedId'],
    ['a second branch of a compound', { parentId: o.committeeA, level: 'BRANCH', attachedId: HAND.compounds.A1, name: '第二党支部' }, 'input.attachedId'],
    ['a building outside the branch’s compound', { parentId: o.branchA2, level: 'GROUP', attachedId: HAND.buildings.A1, name: '新党小组' }, 'input.attachedId'],
    ['a name of one character', { parentId: o.committeeB, level: 'GROUP', attachedId: HAND.buildings.B1, name: '组' }, 'input.name'],
    ['a malformed parent id', { parentId: 'committee', level: 'GROUP', attachedId: HAND.buildings.B1, name: '新党小组' }, 'input.parentId'],
  ])('%s', async (_case, input, field) => {
    await expectRefused(input, 'BAD_USER_INPUT', field);
  });

  test('an organiser of another community', async () => {
    await expectRefused(
      { parentId: o.committeeB, level: 'GROUP', attachedId: HAND.buildings.B1, name: '新党小组' },
      'FORBIDDEN',
      undefined,
      viewerWith([Role.PARTY_ORGANIZER], [HAND.communityA]),
    );
  });
});

test('twenty set-ups of one building’s group at once give one group', async () => {
  const results = await raceOverHttp(
    partySubgraph,
    fixture.orm,
    cityAdmin,
    Array.from({ length: 20 }, (_value, index) => ({
      query: SET_UP,
      variables: { input: { parentId: o.committeeB, level: 'GROUP', attachedId: HAND.buildings.B1, name: `B1小区1号楼党小组${index}` } },
    })),
  );
  const tally = tallyOutcomes(results);
  expect(tally.ok).toBe(1);
  expect(Object.keys(tally).filter(key => !['ok', 'CONFLICT input.attachedId', 'BAD_USER_INPUT input.attachedId'].includes(key))).toEqual([]);
  expect(await fixture.em().count(PartyOrganization, { attachedId: HAND.buildings.B1, level: PartyOrganizationLevel.GROUP })).toBe(1);
});
