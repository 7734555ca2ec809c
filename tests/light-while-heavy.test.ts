import { Role } from '../kit/auth/role';
import { eventually } from './support/eventually';
import { startSupergraph, type GraphQLResponse, type Supergraph } from './support/supergraph';

/**
 * A legitimately heavy query — every community walked down to its residents, each home's nearest
 * canteens and each resident's elder profile and party membership, across several subgraphs — passes
 * the cost limit and runs; meanwhile another caller's trivial query must not wait behind it.
 *
 * Runs on both databases. The heavy query's time goes mostly to resolving and merging ~200 homes and
 * their residents in the gateway and the subgraphs, in several sequential subgraph fetches of a dozen
 * batched statements; between them the event loops return to other requests. PostgreSQL's driver is
 * asynchronous; the embedded libSQL driver is synchronous (a statement holds its subgraph's event
 * loop), but each statement here is short, so the trivial query waits at most for the step in hand.
 */

// Cost 5.9·10⁶ (10 communities × 10 compounds × 10 buildings × 100 households × 10 residents …):
// within MAX_COST, and on the tiny territory it returns every home and resident.
const HEAVY = `{ communities(first: 10) { edges { node { id name
  compounds(first: 10) { edges { node { id name population { households residents elderly }
    buildings(first: 10) { edges { node { id number population { households residents elderly }
      households(first: 100) { edges { node { id address
        nearestServicePoints(kind: CANTEEN, first: 3) { distanceMetres point { id name } }
        residents(first: 10) { edges { node { id age gender isHead elderProfile { id } partyMember { id } } } }
      } } }
    } } }
  } } }
} } } }`;
const TRIVIAL = '{ districts { id name } }';

describe('a trivial query while a heavy one runs', () => {
  let supergraph: Supergraph;
  beforeAll(async () => { supergraph = await startSupergraph(); });
  afterAll(() => supergraph.close());

  test('another caller\'s trivial query answers before the heavy one finishes, and both answer without errors', async () => {
    const callerA = await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'caller-a' });
    const callerB = await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'caller-b' });
    const finished: string[] = [];
    const grids = supergraph.queryLogs.grids;
    for (const log of Object.values(supergraph.queryLogs)) log.reset();

    const heavy: Promise<GraphQLResponse> = supergraph.query(HEAVY, undefined, callerA).then((response) => {
      finished.push('heavy');
      return response;
    });
    // B is sent only once A is running in the database, so B really arrives while A is in flight.
    await eventually('the heavy query to reach the grids database', () => grids.count > 0);
    expect(finished).toEqual([]);
    const trivial = await supergraph.query(TRIVIAL, undefined, callerB).then((response) => {
      finished.push('trivial');
      return response;
    });

    expect({ status: trivial.status, errors: trivial.body.errors }).toEqual({ status: 200, errors: undefined });
    expect(trivial.body.data.districts).toEqual([{ id: supergraph.territory.district.id, name: supergraph.territory.district.name }]);
    expect(finished).toEqual(['trivial']);

    const answered = await heavy;
    expect(finished).toEqual(['trivial', 'heavy']);
    expect({ status: answered.status, errors: answered.body.errors }).toEqual({ status: 200, errors: undefined });
    // It was heavy because it returned every home of the territory, each with its residents.
    const households = answered.body.data.communities.edges.flatMap((c: any) =>
      c.node.compounds.edges.flatMap((p: any) => p.node.buildings.edges.flatMap((b: any) => b.node.households.edges)));
    expect(households).toHaveLength(supergraph.territory.buildings.flatMap((building) => [...supergraph.territory.households(building)]).length);
  });
});
