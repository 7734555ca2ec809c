import { cityAdmin } from '../../../kit/testing/viewers';
import { PartyMember } from '../member/member.entity';
import { CentralHousehold } from '../central-household/central-household.entity';
import { PartyOrganization, PartyOrganizationLevel, PartyOrganizationStatus } from '../organization/organization.entity';
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

test('joint branches (联建): the demo has branches for about 1,119 of every 1,724 compounds, all compounds covered; central households about one per building group', async () => {
  const em = fixture.em();
  const { compounds, buildings } = fixture.territory;
  const branches = await em.find(PartyOrganization, { level: PartyOrganizationLevel.BRANCH, gridId: null });
  const standing = branches.filter((branch) => branch.status === PartyOrganizationStatus.ACTIVE);
  // Every compound's branch stands, or was merged into one that does and covers it.
  for (const branch of branches.filter((candidate) => candidate.status !== PartyOrganizationStatus.ACTIVE)) {
    expect(standing.map((candidate) => candidate.id)).toContain(branch.mergedIntoId);
  }
  expect(Math.abs(standing.length - (compounds.length * 1_119) / 1_724)).toBeLessThanOrEqual(1);
  expect(standing.length).toBeLessThan(compounds.length);
  // One central household in every building group with a member (every tiny compound has more than ten other households to link).
  const groupsWithMembers = new Set((await em.find(PartyMember, {})).map((member) => member.buildingId));
  expect(await em.count(CentralHousehold, {})).toBe(groupsWithMembers.size);
  expect(groupsWithMembers.size / buildings.length).toBeGreaterThanOrEqual(0.6);
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
