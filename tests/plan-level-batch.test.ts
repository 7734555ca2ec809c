import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Role } from '../kit/auth/role';
import { createLogger } from '../kit/http/logger';
import type { RunningService } from '../kit/http/service';
import { projectRoot } from '../kit/project-root';
import type * as inFlightDedup from '../gateway/in-flight-dedup';
import { createGateway } from '../gateway/server';
import { startSupergraph, type GraphQLResponse, type Supergraph } from './support/supergraph';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * A building page as the front ends ask for it. Its plan asks grids once, then party three times at
 * the same step: the building's party group, the compound's branch, and the households' members with
 * their central household.
 */
const BUILDING = `query BuildingPage($id: ID!) {
  building(id: $id) {
    id
    compound { id name partyBranch { id name level } }
    partyGroup { id name level }
    households(first: 100) {
      totalCount
      edges { node { id code partyMembers { id category colour } centralHousehold { id designatedAt } } }
    }
  }
}`;

/** Every subgraph request both gateways send, by subgraph URL (seen below the batching, above the sockets). */
const sent: { url: string; body: string }[] = [];
jest.mock('../gateway/in-flight-dedup', () => {
  const actual = jest.requireActual<typeof inFlightDedup>('../gateway/in-flight-dedup');
  return {
    ...actual,
    deduplicateInFlight: (fetcher: Fetcher): Fetcher => {
      const shared = actual.deduplicateInFlight(fetcher);
      return (url, init) => {
        sent.push({ url, body: String(init?.body ?? '') });
        return shared(url, init);
      };
    },
  };
});

describe('a plan step’s fetches to one subgraph go out as one request', () => {
  let supergraph: Supergraph;
  let unbatched: RunningService;

  beforeAll(async () => {
    supergraph = await startSupergraph();
    const gateway = createGateway({
      supergraphSdl: readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'),
      subgraphUrls: supergraph.subgraphUrls,
      tokenSettings: supergraph.tokenSettings,
      gatewaySecret: supergraph.gatewaySecret,
      log: createLogger('gateway-unbatched'),
      batchPlanLevels: false,
    });
    unbatched = await gateway.listen(0);
    await gateway.plansWarmed();
  });
  afterAll(async () => {
    await unbatched?.close();
    await supergraph?.close();
  });

  async function ask(url: string, query: string, variables: Record<string, unknown>, token: string) {
    sent.length = 0;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body: GraphQLResponse['body'] = await response.json();
    const party = sent.filter(request => request.url === supergraph.subgraphUrls.party);
    return { body, partyRequests: party.length, partyBodies: party.map(request => request.body) };
  }

  const buildingWithMembers = () => supergraph.territory.buildings[0].id;

  it('asks party once for the building page, with the same answer as three separate requests', async () => {
    const token = await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'batch' });
    const id = buildingWithMembers();
    const batched = await ask(supergraph.url, BUILDING, { id }, token);
    const separate = await ask(unbatched.url, BUILDING, { id }, token);

    expect(batched.body.errors).toBeUndefined();
    expect(separate.body.errors).toBeUndefined();
    expect(separate.partyRequests).toBe(3);
    expect(batched.partyRequests).toBe(1);
    expect(batched.body).toEqual(separate.body);
    expect(batched.body.data.building.households.edges.length).toBeGreaterThan(0);
    expect(batched.body.data.building.partyGroup).not.toBeNull();
    expect(batched.body.data.building.compound.partyBranch).not.toBeNull();
    // The one request carries the three parts, each with its own representations.
    const [merged] = batched.partyBodies.map(body => JSON.parse(body) as { query: string; variables: Record<string, unknown> });
    expect(merged.query).toContain('BuildingPage__party__');
    expect(Object.keys(merged.variables).sort()).toEqual(['_0_representations', '_1_representations', '_2_representations']);
  });

  it('keeps each part’s errors at that part’s own paths', async () => {
    // BI may not list a party group's members: that part fails at its field, the compound's branch
    // (another part of the same request) is answered.
    const query = `query GroupMembers($id: ID!) {
      building(id: $id) { id compound { id partyBranch { id name } } partyGroup { id members(first: 1) { totalCount } } }
    }`;
    const token = await supergraph.token({ roles: [Role.BI_ANALYST], subject: 'batch-bi' });
    const id = buildingWithMembers();
    const batched = await ask(supergraph.url, query, { id }, token);
    const separate = await ask(unbatched.url, query, { id }, token);

    expect([batched.partyRequests, separate.partyRequests]).toEqual([1, 2]);
    expect(batched.body.errors.map((error: { path: unknown; extensions: { code: string } }) => [error.path, error.extensions.code])).toEqual([
      [['building', 'partyGroup', 'members'], 'FORBIDDEN'],
    ]);
    expect(batched.body.data.building.compound.partyBranch.name).toEqual(expect.any(String));
    expect(batched.body).toEqual(separate.body);
  });

  it('never merges the fetches of two client requests', async () => {
    const tokens = await Promise.all(['alice', 'bob'].map(subject => supergraph.token({ roles: [Role.CITY_ADMIN], subject })));
    const id = buildingWithMembers();
    sent.length = 0;
    const bodies = await Promise.all(
      tokens.map(token =>
        fetch(supergraph.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: BUILDING, variables: { id } }) }).then(
          async (response): Promise<GraphQLResponse['body']> => response.json(),
        ),
      ),
    );
    for (const body of bodies) expect(body.errors).toBeUndefined();
    const party = sent.filter(request => request.url === supergraph.subgraphUrls.party);
    expect(party).toHaveLength(2);
    for (const request of party) expect(Object.keys(JSON.parse(request.body).variables)).toHaveLength(3);
  });
});
