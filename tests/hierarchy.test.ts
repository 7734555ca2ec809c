import { Role } from '../kit/auth/role';
import { startSupergraph, type Supergraph } from './support/supergraph';

const HIERARCHY = /* GraphQL */ `
  query Hierarchy($code: String!) {
    community(code: $code) {
      name
      compounds(first: 100) {
        edges { node {
          name
          buildings(first: 100) {
            edges { node {
              number
              households(first: 100) {
                totalCount
                edges { node { address residents(first: 10) { edges { node { name(reveal: HOUSEHOLD_VISIT) age } } } } }
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

test('one query through the gateway walks community → compounds → buildings → households → residents in a fixed number of statements', async () => {
  const community = supergraph.territory.communities.find((candidate) => candidate.name === '文兴社区')!;
  const token = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [community.id] });
  const log = supergraph.queryLogs.grids;

  log.reset();
  const before = await supergraph.query(HIERARCHY, { code: community.code }, token);
  const statementsBefore = log.count;
  expect(before.body.errors).toBeUndefined();
  const householdsBefore = households(before.body.data);
  expect(householdsBefore.length).toBeGreaterThan(20);
  // In scope, a community worker reads residents' names unmasked.
  const firstResident = householdsBefore[0].residents.edges[0].node;
  expect(firstResident.name).not.toContain('*');

  // Register two more households beside each existing one, through the gateway.
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const buildings = supergraph.territory.buildings.filter((building) => building.communityId === community.id);
  for (const building of buildings) {
    const existing = [...supergraph.territory.households(building)];
    for (const [index, household] of existing.entries()) {
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

  log.reset();
  const after = await supergraph.query(HIERARCHY, { code: community.code }, token);
  expect(after.body.errors).toBeUndefined();
  expect(households(after.body.data)).toHaveLength(3 * householdsBefore.length);
  expect(log.count).toBe(statementsBefore);
});
