import { demoId } from '../../../../kit/demo/ids';
import { TerritoryPlace } from '../../../../kit/territory/territory-copy';
import { cityAdmin } from '../../../../kit/testing/viewers';
import { PartyOrganization, PartyOrganizationLevel } from '../../organization/organization.entity';
import { createHandFixture, HAND, type HandFixture } from '../../test/hand-fixture';

/**
 * The hand fixture with grids: A1-1 lies in grid G1 and A2-1 in G2 (community A), B1-1 in G3
 * (community B). G1 has a grid branch (网格党支部), G3 a grid group (网格党小组), G2 neither.
 */
const GRIDS = { G1: demoId(['hand-fixture', 'G1']), G2: demoId(['hand-fixture', 'G2']), G3: demoId(['hand-fixture', 'G3']) };

const STATS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Community {
        partyStats {
          compounds
          compoundsWithBranch
          branches
          grids
          gridsWithBranch
          gridCoverage
        }
      }
      ... on Subdistrict {
        partyStats {
          compounds
          compoundsWithBranch
          branches
          grids
          gridsWithBranch
          gridCoverage
        }
      }
    }
  }
`;
const BRANCHES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Grid {
        id
        partyBranch {
          name
          level
        }
      }
    }
  }
`;

let fixture: HandFixture;
beforeAll(async () => {
  fixture = await createHandFixture();
  const em = fixture.em();
  for (const [building, grid] of [
    [HAND.buildings.A1, GRIDS.G1],
    [HAND.buildings.A2, GRIDS.G2],
    [HAND.buildings.B1, GRIDS.G3],
  ]) {
    await em.nativeUpdate(TerritoryPlace, { buildingId: building }, { gridId: grid });
  }
  const inGrid = (id: string, name: string, level: PartyOrganizationLevel, communityId: string, parentId: string) =>
    Object.assign(new PartyOrganization(), {
      id: demoId(['hand-fixture', 'org', id]),
      name,
      level,
      parentId,
      attachedId: id,
      gridId: id,
      communityId,
      subdistrictId: HAND.subdistrict,
    });
  em.persist(inGrid(GRIDS.G1, 'G1网格党支部', PartyOrganizationLevel.BRANCH, HAND.communityA, HAND.organizations.committeeA));
  em.persist(inGrid(GRIDS.G3, 'G3网格党小组', PartyOrganizationLevel.GROUP, HAND.communityB, HAND.organizations.committeeB));
  await em.flush();
});
afterAll(() => fixture.close());

test('Grid.partyBranch: the grid branch or group, or none', async () => {
  const result = await fixture.run(cityAdmin, BRANCHES, { representations: Object.values(GRIDS).map(id => ({ __typename: 'Grid', id })) });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toEqual([
    { id: GRIDS.G1, partyBranch: { name: 'G1网格党支部', level: 'BRANCH' } },
    { id: GRIDS.G2, partyBranch: null },
    { id: GRIDS.G3, partyBranch: { name: 'G3网格党小组', level: 'GROUP' } },
  ]);
});

test('grid coverage, and branches counted apart from the compounds they cover, match the hand count', async () => {
  const result = await fixture.run(cityAdmin, STATS, {
    representations: [
      { __typename: 'Community', id: HAND.communityA },
      { __typename: 'Community', id: HAND.communityB },
      { __typename: 'Subdistrict', id: HAND.subdistrict },
    ],
  });
  expect(result.errors).toBeUndefined();
  const [a, b, s] = result.data._entities.map((entity: any) => entity.partyStats);
  // A: compound branches A1, A2 and grid branch G1; grids G1, G2, of which G1 has a branch.
  expect(a).toEqual({ compounds: 3, compoundsWithBranch: 2, branches: 3, grids: 2, gridsWithBranch: 1, gridCoverage: 0.5 });
  // B: compound branch B1; grid G3 has a group, which covers it but is no branch.
  expect(b).toEqual({ compounds: 1, compoundsWithBranch: 1, branches: 1, grids: 1, gridsWithBranch: 1, gridCoverage: 1 });
  expect(s).toEqual({ compounds: 4, compoundsWithBranch: 3, branches: 4, grids: 3, gridsWithBranch: 2, gridCoverage: 0.6667 });
});

test('Grid.partyBranch for one grid or three costs the same statements', async () => {
  const one = await fixture.queryLog.measure(() => fixture.run(cityAdmin, BRANCHES, { representations: [{ __typename: 'Grid', id: GRIDS.G1 }] }));
  const three = await fixture.queryLog.measure(() =>
    fixture.run(cityAdmin, BRANCHES, { representations: Object.values(GRIDS).map(id => ({ __typename: 'Grid', id })) }),
  );
  expect(three.statements).toBe(one.statements);
  expect(three.statements).toBe(1);
});
