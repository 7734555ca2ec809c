import { Role } from '../kit/auth/role';
import { heldAdmission, type HeldAdmission } from '../kit/testing/held-admission';
import { GridEvent } from '../subgraphs/grids/grid-event/grid-event.entity';
import { DEFAULT_RESILIENCE } from '../gateway/resilience';
import { subgraphs } from '../schema/subgraphs';
import { eventually } from './support/eventually';
import { startSupergraph, type GraphQLResponse, type Supergraph } from './support/supergraph';

/**
 * Overload is answered at once, not with a latency collapse. Before, every request joined a queue
 * (the gateway's per-subgraph cap let 4 × 64 wait) and waited until it ran or timed out: at 50 req/s
 * p50 was 10.7 s and no 503 reached a client (bench/RESULTS.md, "Load").
 *
 * Each service holds the requests it admitted (a test hook) until the test releases them: what the
 * extra requests get is seen while the admitted ones are still held, without any timing.
 */

const REPORT = 'mutation ($input: ReportGridEventInput!) { reportGridEvent(input: $input) { gridEvent { id description } } }';
const COMMUNITY_NAME = 'query ($id: ID!) { community(id: $id) { name } }';
const OVERLOADED = { errors: [{ message: 'Too many requests in progress; retry later', extensions: { code: 'UNAVAILABLE' } }] };
const UNAVAILABLE_AT_COMMUNITY = { data: { community: null }, errors: [{ message: 'Temporarily unavailable', path: ['community'], extensions: { code: 'UNAVAILABLE' } }] };

const grids = subgraphs.filter(({ name }) => name === 'grids');

function refusal({ status, headers, body }: GraphQLResponse) {
  return { status, retryAfter: headers.get('retry-after'), body };
}

/** A grid with buildings, a worker's token for it (one subject per caller: no shared fetches), and a report of one problem. */
async function reporter(supergraph: Supergraph) {
  const grid = supergraph.territory.grids.find(candidate => candidate.buildingIds.length > 0)!;
  return {
    grid,
    report: async (n: number) => {
      const token = await supergraph.token({ roles: [Role.GRID_WORKER], scope: [grid.id], subject: `overload-worker-${n}` });
      const input = { categoryCode: 'SANITATION', description: `overload report ${n}`, gridId: grid.id, buildingId: grid.buildingIds[0], source: 'PATROL' };
      return supergraph.query(REPORT, { input }, token);
    },
  };
}

async function descriptionsWritten(supergraph: Supergraph): Promise<string[]> {
  const events = await supergraph.em('grids').find(GridEvent, { description: { $like: 'overload report %' } });
  return events.map(event => event.description).sort();
}

describe('the gateway over its admission limit (2 executing, 1 waiting)', () => {
  let supergraph: Supergraph;
  let admission: HeldAdmission;
  beforeAll(async () => {
    admission = heldAdmission(2, 1);
    supergraph = await startSupergraph({ subgraphs: grids, admission: { gateway: admission.settings } });
  });
  afterAll(() => supergraph?.close());

  it('answers the extra mutations 503 with Retry-After before the held ones finish, runs the admitted ones, and writes nothing for the refused', async () => {
    const { report } = await reporter(supergraph);
    const admitted = [report(1), report(2)];
    await eventually('2 requests to be admitted and held', () => admission.held() === 2);
    const waiting = report(3);
    await eventually('1 request to wait in the queue', () => admission.queued() === 1);

    // Full: the next three are refused while the three above are still held.
    const refused = await Promise.all([report(4), report(5), report(6)]);
    expect(refused.map(refusal)).toEqual(Array(3).fill({ status: 503, retryAfter: '1', body: OVERLOADED }));
    // Health and readiness are never subject to admission: readiness gives its own verdict (not
    // ready, as only grids of the five subgraphs runs here), not the admission's refusal.
    expect((await fetch(`${supergraph.origin}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${supergraph.origin}/readyz`)).json()).toEqual({ status: 'unavailable' });
    expect(admission.held()).toBe(2);

    admission.release();
    const answered = await Promise.all([...admitted, waiting]);
    expect(answered.map(({ status, body }) => ({ status, description: body.data?.reportGridEvent.gridEvent.description }))).toEqual([
      { status: 200, description: 'overload report 1' },
      { status: 200, description: 'overload report 2' },
      { status: 200, description: 'overload report 3' },
    ]);
    expect(await descriptionsWritten(supergraph)).toEqual(['overload report 1', 'overload report 2', 'overload report 3']);
  });
});

describe('a subgraph over its admission limit (1 executing, none waiting)', () => {
  let supergraph: Supergraph;
  let admission: HeldAdmission;
  beforeAll(async () => {
    admission = heldAdmission(1, 0);
    supergraph = await startSupergraph({ subgraphs: grids, admission: { subgraphs: { grids: admission.settings } } });
  });
  afterAll(() => supergraph?.close());

  it('answers a direct call 503 with Retry-After, and through the gateway the field is UNAVAILABLE at its path, while the held one waits', async () => {
    const { grid, report } = await reporter(supergraph);
    const first = supergraph.query(COMMUNITY_NAME, { id: grid.communityId }, await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'admin-1' }));
    await eventually('the first request to be held in grids', () => admission.held() === 1);

    // Straight at grids, as the gateway calls it: refused before anything runs.
    const direct = await fetch(supergraph.subgraphUrls.grids, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'admin-2' })}`, ...supergraph.gatewayHeaders() },
      body: JSON.stringify({ query: COMMUNITY_NAME, variables: { id: grid.communityId } }),
    });
    expect({ status: direct.status, retryAfter: direct.headers.get('retry-after'), body: await direct.json() }).toEqual({ status: 503, retryAfter: '1', body: OVERLOADED });

    // Through the gateway: the answer is 200 with the field grids was to fill null and UNAVAILABLE, not INTERNAL.
    const second = await supergraph.query(COMMUNITY_NAME, { id: grid.communityId }, await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'admin-3' }));
    expect({ status: second.status, body: second.body }).toEqual({ status: 200, body: UNAVAILABLE_AT_COMMUNITY });
    const mutation = await report(1);
    expect(mutation.body.errors.map((error: any) => ({ path: error.path, code: error.extensions.code }))).toEqual([{ path: ['reportGridEvent'], code: 'UNAVAILABLE' }]);
    const gridsOrigin = new URL(supergraph.subgraphUrls.grids).origin;
    expect((await fetch(`${gridsOrigin}/healthz`)).status).toBe(200);
    expect((await fetch(`${gridsOrigin}/readyz`)).status).toBe(200);
    expect(admission.held()).toBe(1);

    admission.release();
    const name = supergraph.territory.communities.find(community => community.id === grid.communityId)!.name;
    expect((await first).body).toEqual({ data: { community: { name } } });
    expect(await descriptionsWritten(supergraph)).toEqual([]);
    // Refusals do not open the breaker: grids answers the next request.
    expect((await supergraph.query(COMMUNITY_NAME, { id: grid.communityId }, await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'admin-4' }))).body).toEqual({
      data: { community: { name } },
    });
  });
});

describe("the gateway's cap on one subgraph (1 running, none waiting)", () => {
  let supergraph: Supergraph;
  let admission: HeldAdmission;
  beforeAll(async () => {
    admission = heldAdmission(10, 10);
    supergraph = await startSupergraph({
      subgraphs: grids,
      resilience: { ...DEFAULT_RESILIENCE, maxConcurrent: 1, maxQueued: 0 },
      admission: { subgraphs: { grids: admission.settings } },
    });
  });
  afterAll(() => supergraph?.close());

  it('refuses a second fetch to that subgraph at once, UNAVAILABLE on its field, without sending it', async () => {
    const grid = supergraph.territory.grids[0];
    const first = supergraph.query(COMMUNITY_NAME, { id: grid.communityId }, await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'admin-1' }));
    await eventually('the first request to be held in grids', () => admission.held() === 1);

    const second = await supergraph.query(COMMUNITY_NAME, { id: grid.communityId }, await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'admin-2' }));
    expect({ status: second.status, body: second.body }).toEqual({ status: 200, body: UNAVAILABLE_AT_COMMUNITY });
    expect(admission.held()).toBe(1);

    admission.release();
    const name = supergraph.territory.communities.find(community => community.id === grid.communityId)!.name;
    expect((await first).body).toEqual({ data: { community: { name } } });
  });
});
