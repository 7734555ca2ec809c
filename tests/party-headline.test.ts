import { Role } from '../kit/auth/role';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** The mission's headline query: community → compounds → buildings → households → party members, across grids and party. */
const HEADLINE = /* GraphQL */ `
  query Headline($code: String!) {
    community(code: $code) {
      name
      partyCommittee { name level }
      partyStats { members fullCoverage inServiceMembers inServiceCompliant }
      compounds(first: 100) {
        edges { node {
          name
          partyBranch { name level secretary { id } }
          buildings(first: 100) {
            edges { node {
              number
              partyGroup { name level }
              households(first: 100) {
                edges { node {
                  address
                  partyMembers(reveal: PARTY_AFFAIRS) { category colour organization { level } }
                  centralHousehold(reveal: PARTY_AFFAIRS) { linkedHouseholds { id } }
                } }
              }
            } }
          }
        } }
      }
    }
  }
`;

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
});
afterAll(() => supergraph.close());

function households(data: any): any[] {
  return data.community.compounds.edges.flatMap((compound: any) =>
    compound.node.buildings.edges.flatMap((building: any) => building.node.households.edges.map((edge: any) => edge.node)),
  );
}

test('the headline query walks community → compounds (branch) → buildings (group) → households → party members in a fixed number of statements', async () => {
  const community = supergraph.territory.communities.find((candidate) => candidate.name === '文兴社区')!;
  const token = await supergraph.token({ roles: [Role.PARTY_ORGANIZER], scope: [community.id] });
  const { grids, party } = supergraph.queryLogs;

  grids.reset();
  party.reset();
  const before = await supergraph.query(HEADLINE, { code: community.code }, token);
  expect(before.body.errors).toBeUndefined();
  const partyBefore = party.count;
  const gridsBefore = grids.count;
  const data = before.body.data;
  expect(['COMMITTEE', 'GENERAL_BRANCH']).toContain(data.community.partyCommittee.level);
  expect(data.community.partyStats.fullCoverage).toBe(true);
  for (const compound of data.community.compounds.edges) {
    expect(compound.node.partyBranch.level).toBe('BRANCH');
    for (const building of compound.node.buildings.edges) expect(building.node.partyGroup.level).toBe('GROUP');
  }
  const householdsBefore = households(data);
  const members = householdsBefore.flatMap((household) => household.partyMembers);
  expect(members.length).toBe(data.community.partyStats.members);

  // Two more households beside each existing one, registered in grids through the gateway.
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  for (const building of supergraph.territory.buildings.filter((candidate) => candidate.communityId === community.id)) {
    for (const [index, household] of [...supergraph.territory.households(building)].entries()) {
      for (const copy of [0, 1]) {
        const room = `${Math.floor(Number(household.room) / 100)}${String(50 + ((index * 2 + copy) % 50)).padStart(2, '0')}`;
        const unit = 1 + ((index * 2 + copy) % building.units);
        const result = await supergraph.query(
          'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }',
          { input: { buildingId: building.id, unit, room } },
          admin,
        );
        expect(result.body.errors).toBeUndefined();
      }
    }
  }

  grids.reset();
  party.reset();
  const after = await supergraph.query(HEADLINE, { code: community.code }, token);
  expect(after.body.errors).toBeUndefined();
  expect(households(after.body.data)).toHaveLength(3 * householdsBefore.length);
  expect(party.count).toBe(partyBefore);
  expect(grids.count).toBe(gridsBefore);
});
