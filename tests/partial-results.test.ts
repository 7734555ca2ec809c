import { Role } from '../kit/auth/role';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * A service subgraph's outage costs only its own fields. Before every field a subgraph contributes
 * to another's entity was nullable, one failing `Household.partyMembers` nulled `community` and
 * every household's grids data with it; and the masked error said nothing of where it struck.
 */
const HEADLINE = /* GraphQL */ `
  query Headline($code: String!) {
    community(code: $code) {
      name
      partyCommittee {
        name
      }
      partyStats(year: 2025) {
        members
      }
      compounds(first: 100) {
        edges {
          node {
            name
            partyBranch {
              name
            }
            buildings(first: 100) {
              edges {
                node {
                  number
                  partyGroup {
                    name
                  }
                  households(first: 100) {
                    edges {
                      node {
                        address
                        partyMembers {
                          category
                        }
                        nearestServicePoints(kind: MEAL_POINT) {
                          distanceMetres
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** The answer without the party and elderly fields: what grids alone contributes. */
function gridsPart(data: any) {
  return {
    name: data.community.name,
    compounds: data.community.compounds.edges.map(({ node: compound }: any) => ({
      name: compound.name,
      buildings: compound.buildings.edges.map(({ node: building }: any) => ({
        number: building.number,
        households: building.households.edges.map(({ node: household }: any) => household.address),
      })),
    })),
  };
}

/** Paths of every party and elderly field in the answer, walked by hand from its shape. */
function serviceFieldPaths(data: any): string[] {
  const paths = ['community.partyCommittee', 'community.partyStats'];
  data.community.compounds.edges.forEach(({ node: compound }: any, c: number) => {
    const compoundPath = `community.compounds.edges.${c}.node`;
    paths.push(`${compoundPath}.partyBranch`);
    compound.buildings.edges.forEach(({ node: building }: any, b: number) => {
      const buildingPath = `${compoundPath}.buildings.edges.${b}.node`;
      paths.push(`${buildingPath}.partyGroup`);
      building.households.edges.forEach((_: unknown, h: number) => {
        paths.push(`${buildingPath}.households.edges.${h}.node.partyMembers`, `${buildingPath}.households.edges.${h}.node.nearestServicePoints`);
      });
    });
  });
  return paths.sort();
}

function valueAt(data: any, path: string): unknown {
  return path.split('.').reduce((value, key) => value?.[key], data);
}

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
});
afterAll(() => supergraph.close());

test('with party and elderly down, the headline query keeps every grids field and nulls only theirs, each error at its field path', async () => {
  const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
  const token = await supergraph.token({ roles: [Role.CITY_ADMIN] });

  const before = await supergraph.query(HEADLINE, { code: community.code }, token);
  expect(before.body.errors).toBeUndefined();
  const households = gridsPart(before.body.data).compounds.flatMap((compound: any) => compound.buildings.flatMap((building: any) => building.households));
  expect(households.length).toBeGreaterThan(20);
  // Every party and elderly field answers while they are up (the seed gives every building a party group).
  const paths = serviceFieldPaths(before.body.data);
  expect(paths.filter(path => path.endsWith('partyGroup')).every(path => valueAt(before.body.data, path) !== null)).toBe(true);
  expect(paths.filter(path => path.endsWith('partyMembers')).every(path => Array.isArray(valueAt(before.body.data, path)))).toBe(true);

  await supergraph.stopSubgraph('party');
  await supergraph.stopSubgraph('elderly');
  const during = await supergraph.query(HEADLINE, { code: community.code }, token);

  expect(during.status).toBe(200);
  expect(gridsPart(during.body.data)).toEqual(gridsPart(before.body.data));
  expect(paths.filter(path => valueAt(during.body.data, path) !== null)).toEqual([]);
  // One error per field left null — 2 on the community, 1 per compound and building, 2 per household — each at its path.
  expect(during.body.errors.map((error: any) => error.path.join('.')).sort()).toEqual(paths);
  expect(new Set(during.body.errors.map((error: any) => JSON.stringify({ message: error.message, extensions: error.extensions })))).toEqual(
    new Set([JSON.stringify({ message: 'Temporarily unavailable', extensions: { code: 'UNAVAILABLE' } })]),
  );
  const leaks = [
    /\b(?:party|elderly)\b|ECONNREFUSED|localhost|127\.0\.0\.1/i,
    ...Object.values(supergraph.subgraphUrls).map(url => new RegExp(`:${new URL(url).port}\\b`)),
  ];
  expect(leaks.filter(pattern => pattern.test(during.text)).map(String)).toEqual([]);

  // Grids itself is untouched by the outage: the same question answers the same again.
  const gridsOnly = await supergraph.query(
    'query ($code: String!) { community(code: $code) { name compounds(first: 100) { totalCount } } }',
    { code: community.code },
    token,
  );
  expect(gridsOnly.body).toEqual({
    data: { community: { name: before.body.data.community.name, compounds: { totalCount: before.body.data.community.compounds.edges.length } } },
  });
});
