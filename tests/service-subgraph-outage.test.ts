import { Role } from '../kit/auth/role';
import { DEFAULT_RESILIENCE } from '../gateway/resilience';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Each service subgraph's outage costs only its own fields, root fields included. Before, the root
 * fields a service subgraph owns (`partyOrganizations`, `propertyCompanies`, `unmanagedCompounds`,
 * `mediationTeams` …) were non-null: with that subgraph down, one of them asked for beside the
 * headline walk nulled the whole answer (`data: null`), every grids field with it.
 *
 * One federation, each subgraph cut off in turn behind a relay (connections refused, as a dead
 * process), then restored.
 */
const HEADLINE = /* GraphQL */ `
  query Headline($id: ID!) {
    community(id: $id) {
      name
      partyCommittee { name }
      partyStats { members }
      propertyStats { meetingsHeld problemsRaised }
      elderlyStats { elders }
      mediationStats { cases }
      compounds(first: 3) {
        edges {
          node {
            name
            partyBranch { name }
            managementHistory { id }
            buildings(first: 2) {
              edges {
                node {
                  number
                  partyGroup { name }
                  households(first: 3) {
                    edges {
                      node {
                        address
                        partyMembers { category }
                        nearestServicePoints(kind: MEAL_POINT, first: 1) { distanceMetres }
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
    partyOrganizations(communityId: $id, first: 5) { totalCount }
    propertyCompanies(first: 5) { totalCount }
    unmanagedCompounds(placeId: $id) { name }
    mediationTeams(placeId: $id) { name }
  }
`;

type Walk = { community: string[]; compound: string[]; building: string[]; household: string[]; root: string[] };

/** Which fields of the query above each service subgraph fills, level by level (from the schema's owners). */
const OWNED: Record<string, Walk> = {
  party: { community: ['partyCommittee', 'partyStats'], compound: ['partyBranch'], building: ['partyGroup'], household: ['partyMembers'], root: ['partyOrganizations'] },
  property: { community: ['propertyStats'], compound: ['managementHistory'], building: [], household: [], root: ['propertyCompanies', 'unmanagedCompounds'] },
  elderly: { community: ['elderlyStats'], compound: [], building: [], household: ['nearestServicePoints'], root: [] },
  mediation: { community: ['mediationStats'], compound: [], building: [], household: [], root: ['mediationTeams'] },
};

/** Paths of every field `owned` names in an answer of the query above, walked from its shape. */
function pathsOf(data: any, owned: Walk): (string | number)[][] {
  const paths: (string | number)[][] = [...owned.root.map(field => [field]), ...owned.community.map(field => ['community', field])];
  data.community.compounds.edges.forEach(({ node: compound }: any, c: number) => {
    const compoundPath = ['community', 'compounds', 'edges', c, 'node'];
    paths.push(...owned.compound.map(field => [...compoundPath, field]));
    compound.buildings.edges.forEach(({ node: building }: any, b: number) => {
      const buildingPath = [...compoundPath, 'buildings', 'edges', b, 'node'];
      paths.push(...owned.building.map(field => [...buildingPath, field]));
      building.households.edges.forEach((_: unknown, h: number) => {
        paths.push(...owned.household.map(field => [...buildingPath, 'households', 'edges', h, 'node', field]));
      });
    });
  });
  return paths;
}

/** `data` with the value at each path replaced by null. */
function nulled(data: any, paths: (string | number)[][]): any {
  const copy = structuredClone(data);
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce((value: any, key) => value[key], copy);
    parent[path.at(-1)!] = null;
  }
  return copy;
}

/**
 * A subgraph refusing connections for the whole reconnect window is down for certain, and the
 * gateway opens its breaker at once (gateway/circuit-breaker.ts, `tripped`): once the subgraph is
 * back, after one open window a single fetch probes it (a query's other fetches to it meanwhile are
 * refused) and its success closes the breaker: the query after that is whole again.
 */
const OPEN_MS = 1_000;

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph({
    cuttable: true,
    resilience: { ...DEFAULT_RESILIENCE, reconnectMs: 500, breaker: { failures: 1_000, openMs: OPEN_MS } },
  });
});
afterAll(() => supergraph?.close());

test.each(Object.keys(OWNED))('with %s down, the headline answer keeps every other field, and each of its fields is null with UNAVAILABLE at its path', async name => {
  const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
  const token = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const before = await supergraph.query(HEADLINE, { id: community.id }, token);
  expect(before.body.errors).toBeUndefined();
  const paths = pathsOf(before.body.data, OWNED[name]);
  // Every one of its fields answered while it was up (an unmanaged list may be empty, never null).
  expect(paths.filter(path => path.reduce((value: any, key) => value?.[key], before.body.data) == null)).toEqual([]);
  expect(paths.length).toBeGreaterThan(OWNED[name].root.length + OWNED[name].community.length - 1);

  await supergraph.cutSubgraph(name);
  try {
    const during = await supergraph.query(HEADLINE, { id: community.id }, token);
    expect(during.status).toBe(200);
    expect(during.body.data).toEqual(nulled(before.body.data, paths));
    const key = (path: (string | number)[]) => path.join('.');
    expect(during.body.errors.map((error: any) => key(error.path)).sort()).toEqual(paths.map(key).sort());
    expect(new Set(during.body.errors.map((error: any) => JSON.stringify({ message: error.message, code: error.extensions.code })))).toEqual(
      new Set([JSON.stringify({ message: 'Temporarily unavailable', code: 'UNAVAILABLE' })]),
    );
  } finally {
    await supergraph.restoreSubgraph(name);
  }
  await new Promise(resolve => setTimeout(resolve, OPEN_MS));
  await supergraph.query(HEADLINE, { id: community.id }, token);
  expect((await supergraph.query(HEADLINE, { id: community.id }, token)).body).toEqual(before.body);
});
