import { cityAdmin } from '../../../kit/testing/viewers';
import { PartyMember } from '../member/member.entity';
import { PartyOrganization, PartyOrganizationLevel } from '../organization/organization.entity';
import { TerritoryPlace } from '../../../kit/territory/territory-copy';
import { createPartyFixture, type PartyFixture } from './party-fixture';

let fixture: PartyFixture;
beforeAll(async () => {
  fixture = await createPartyFixture();
});
afterAll(() => fixture.close());

test('the seed gives every compound a branch and every building a group, under one community organisation', async () => {
  const em = fixture.em();
  const organizations = await em.find(PartyOrganization, {});
  const { communities, compounds, buildings } = fixture.territory;
  const inGrids = organizations.filter((o) => o.gridId !== null);
  const territorial = organizations.filter((o) => o.gridId === null);
  expect(territorial.filter((o) => o.level === PartyOrganizationLevel.BRANCH).map((o) => o.compoundId).sort()).toEqual(compounds.map((c) => c.id).sort());
  expect(territorial.filter((o) => o.level === PartyOrganizationLevel.GROUP).map((o) => o.buildingId).sort()).toEqual(buildings.map((b) => b.id).sort());
  // Grid branches and groups (网格党支部/党小组): in some, not all, grids with buildings, under their community's organisation.
  const gridsWithBuildings = fixture.territory.grids.filter((grid) => grid.buildingIds.length > 0);
  expect(inGrids.length).toBeGreaterThan(0);
  expect(inGrids.length).toBeLessThan(gridsWithBuildings.length);
  for (const organization of inGrids) {
    const grid = gridsWithBuildings.find((candidate) => candidate.id === organization.gridId)!;
    expect(grid.communityId).toBe(organization.communityId);
    expect(organizations.find((o) => o.id === organization.parentId)?.attachedId).toBe(grid.communityId);
  }
  expect(organizations.filter((o) => o.parentId === null).map((o) => o.attachedId).sort()).toEqual(communities.map((c) => c.id).sort());
  const residents = await em.count(TerritoryPlace, { level: 'RESIDENT' as never });
  const members = await em.count(PartyMember, {});
  expect(members / residents).toBeGreaterThan(0.01);
  expect(members / residents).toBeLessThan(0.08);
});

test('the four-level chain walks down and back up', async () => {
  const community = fixture.territory.communities[0];
  const result = await fixture.run(cityAdmin, `
    query ($id: ID!) {
      partyOrganizations(communityId: $id, where: { level: GROUP }, first: 100) {
        totalCount
        edges { node { id name level parent { level name parent { level name parent { id } } } } }
      }
    }`, { id: community.id });
  expect(result.errors).toBeUndefined();
  const group = result.data.partyOrganizations.edges[0].node;
  expect(group.level).toBe('GROUP');
  expect(group.parent.level).toBe('BRANCH');
  expect(['COMMITTEE', 'GENERAL_BRANCH']).toContain(group.parent.parent.level);
  expect(group.parent.parent.parent).toBeNull();
});
