import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Role } from '../kit/auth/role';
import type * as inFlightDedup from '../gateway/in-flight-dedup';
import type * as sharedOperations from '../gateway/shared-operations';
import { eventually } from './support/eventually';
import { startSupergraph, type Supergraph } from './support/supergraph';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

const BUILDING = 'query ($id: ID!) { building(id: $id) { id code households(first: 5) { edges { node { id code } } } } }';
const CLIENTS = 5;

/**
 * The gateway's subgraph calls, seen from both sides of the deduplication: `arrived` counts the
 * fetches the query plans asked for; below it, a subgraph answer can be held back until they all
 * did, so "in flight at the same moment" is certain rather than a matter of timing.
 */
const arrived: string[] = [];
let gate: Promise<void> | undefined;
jest.mock('../gateway/in-flight-dedup', () => {
  const actual = jest.requireActual<typeof inFlightDedup>('../gateway/in-flight-dedup');
  return {
    ...actual,
    deduplicateInFlight: (fetcher: Fetcher): Fetcher => {
      const held: Fetcher = async (url, init) => {
        if (gate) await gate;
        return fetcher(url, init);
      };
      const shared = actual.deduplicateInFlight(held);
      return (url, init) => {
        if (typeof init?.body === 'string' && init.body.includes('building(')) arrived.push(url);
        return shared(url, init);
      };
    },
  };
});

/** The requests that reached the gateway's plan execution, by request id: every one, shared or not. */
const executed: string[] = [];
jest.mock('../gateway/shared-operations', () => {
  const actual = jest.requireActual<typeof sharedOperations>('../gateway/shared-operations');
  return {
    ...actual,
    shareIdenticalOperations: (gateway: sharedOperations.Gateway): sharedOperations.Gateway => {
      const shared = actual.shareIdenticalOperations(gateway);
      return {
        ...shared,
        load: async options => {
          const { executor, ...loaded } = await shared.load(options);
          return {
            ...loaded,
            executor:
              executor &&
              (requestContext => {
                executed.push((requestContext.context as { requestId: string }).requestId);
                return executor(requestContext);
              }),
          };
        },
      };
    },
  };
});

describe.each([
  ['subgraph requests', 'subgraphs'],
  ['whole queries and subgraph requests', 'on'],
] as const)('gateway in-flight deduplication of %s (GATEWAY_DEDUP=%s)', (_level, deduplication) => {
  let supergraph: Supergraph;
  let buildingId: string;
  /** grids' SQL statements for the building query sent alone. */
  let alone: number;

  beforeAll(async () => {
    supergraph = await startSupergraph({ deduplication });
    buildingId = supergraph.territory.buildings[0].id;
    const token = await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'warm-up' });
    const before = supergraph.queryLogs.grids.count;
    const { body } = await supergraph.query(BUILDING, { id: buildingId }, token);
    expect(body.errors).toBeUndefined();
    alone = supergraph.queryLogs.grids.count - before;
    expect(alone).toBeGreaterThan(0);
  });
  afterAll(() => supergraph?.close());

  /**
   * Sends every request at once with the subgraph answer held until each reached the gateway's plan
   * execution and the fetches expected of them reached its fetcher, then lets them go.
   */
  async function concurrently(tokens: readonly string[]) {
    arrived.length = 0;
    executed.length = 0;
    let release!: () => void;
    gate = new Promise(resolve => (release = resolve));
    const before = supergraph.queryLogs.grids.count;
    const responses = tokens.map(token => supergraph.query(BUILDING, { id: buildingId }, token));
    // Shared whole, one caller's identical queries make one fetch; shared per subgraph request, each makes its own.
    const fetches = deduplication === 'on' ? new Set(tokens).size : tokens.length;
    await eventually(`${tokens.length} requests executing, ${fetches} building fetches at the gateway`, () => (deduplication === 'subgraphs' || executed.length === tokens.length) && arrived.length === fetches);
    gate = undefined;
    release();
    const bodies = (await Promise.all(responses)).map(response => response.body);
    expect(arrived).toHaveLength(fetches);
    return { bodies, statements: supergraph.queryLogs.grids.count - before };
  }

  it('answers identical concurrent requests of one caller with one subgraph request', async () => {
    const token = await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'dashboard' });
    const { bodies, statements } = await concurrently(Array(CLIENTS).fill(token));
    for (const body of bodies) {
      expect(body.errors).toBeUndefined();
      expect(body.data.building).toEqual(expect.objectContaining({ id: buildingId, code: supergraph.territory.buildings[0].code }));
      expect(body.data.building.households.edges).toHaveLength(5);
    }
    // Counted at the subgraph: its SQL for one request, not five.
    expect(statements).toBe(alone);
  });

  it('never shares a subgraph request between different tokens', async () => {
    const tokens = await Promise.all(['alice', 'bob'].map(subject => supergraph.token({ roles: [Role.CITY_ADMIN], subject })));
    const { bodies, statements } = await concurrently([tokens[0], tokens[1], tokens[0], tokens[1]]);
    for (const body of bodies) expect(body.errors).toBeUndefined();
    expect(statements).toBe(2 * alone);
  });
});
