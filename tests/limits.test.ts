import { Role } from '../kit/auth/role';
import { MAX_REPRESENTATIONS } from '../kit/limits/query-cost';
import { MAX_ALIASES, MAX_DEPTH } from '../kit/limits/query-limits';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * The gateway's limits hold in every subgraph too: a subgraph reached directly (a side door around
 * the gateway) refuses the same deep, aliased and expensive documents before any statement runs.
 */
let supergraph: Supergraph;
let token: string;
beforeAll(async () => {
  supergraph = await startSupergraph();
  token = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [supergraph.territory.communities[0].id] });
});
afterAll(() => supergraph.close());

async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...supergraph.gatewayHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
/** `a(first: 100) { edges { node { b(first: 100) { … { id } … } } } }`: lists of 100 nested in one another. */
const connections = (fields: string[]): string =>
  fields.length === 0 ? 'id' : `${fields[0]}(first: 100) { edges { node { ${connections(fields.slice(1))} } } }`;
const nest = (open: string, levels: number, leaf = 'id') => `${open.repeat(levels)} ${leaf} ${'}'.repeat(levels)}`;

/** Documents each subgraph's schema accepts (so only the limits can refuse them). */
const documents = {
  grids: {
    deep: `{ gridEvent(id: "${UNKNOWN}") { ${nest('duplicateOf { ', 52)} } }`,
    sixLists: `{ districts { ${connections(['subdistricts', 'communities', 'compounds', 'buildings', 'households', 'residents'])} } }`,
    trivial: '{ districts { name } }',
  },
  party: {
    deep: `{ partyOrganization(id: "${UNKNOWN}") { ${nest('parent { ', 52)} } }`,
    sixLists: `{ partyOrganization(id: "${UNKNOWN}") { ${connections(Array(6).fill('children'))} } }`,
    trivial: `{ partyOrganization(id: "${UNKNOWN}") { id } }`,
  },
};

function statements(): number {
  return Object.values(supergraph.queryLogs).reduce((sum, log) => sum + log.count, 0);
}

test.each([
  ['grids', 'subgraph'], ['party', 'subgraph'], ['grids', 'gateway'], ['party', 'gateway'],
] as const)('%s fields through the %s: too deep, too many aliases and six nested lists of 100 are refused before they run', async (name, via) => {
  const target = `${name} via ${via}`;
  const url = via === 'gateway' ? supergraph.url : supergraph.subgraphUrls[name];
  const docs = documents[name];
  for (const log of Object.values(supergraph.queryLogs)) log.reset();

  const deep = await post(url, docs.deep);
  expect({ target, status: deep.status, ext: deep.body.errors?.[0]?.extensions }).toEqual({ target, status: 400, ext: { code: 'BAD_USER_INPUT', rule: 'maxDepth' } });
  expect(deep.body.errors[0].message).toContain(`at most ${MAX_DEPTH}`);

  const aliased = await post(url, `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
  expect({ target, status: aliased.status, ext: aliased.body.errors?.[0]?.extensions }).toEqual({ target, status: 400, ext: { code: 'BAD_USER_INPUT', rule: 'maxAliases' } });
  expect(aliased.body.errors[0].message).toContain(`60 aliases; at most ${MAX_ALIASES}`);

  const expensive = await post(url, docs.sixLists);
  expect({ target, status: expensive.status, ext: expensive.body.errors?.[0]?.extensions }).toEqual({ target, status: 400, ext: { code: 'BAD_USER_INPUT', rule: 'maxCost' } });
  // Six nested lists of 100 could produce at least 100⁶ objects: the message gives the computed cost.
  const cost = Number(/produce (\S+) objects/.exec(expensive.body.errors[0].message)?.[1]);
  expect(cost).toBeGreaterThanOrEqual(1e12);
  expect(expensive.body.data).toBeUndefined();
  expect(statements()).toBe(0);

  const trivial = await post(url, docs.trivial);
  expect({ target, status: trivial.status, errors: trivial.body.errors }).toEqual({ target, status: 200, errors: undefined });
});

test('a subgraph refuses an _entities call with too many representations, and answers a large legitimate one', async () => {
  const households = [...supergraph.territory.buildings.flatMap((building) => [...supergraph.territory.households(building)])];
  const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id } } }';
  const tooMany = Array.from({ length: MAX_REPRESENTATIONS + 1 }, (_, i) => ({ __typename: 'Household', id: households[i % households.length].id }));
  const refused = await post(supergraph.subgraphUrls.grids, query, { r: tooMany });
  expect(refused.status).toBe(400);
  expect(refused.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', rule: 'maxRepresentations' });
  const legitimate = households.slice(0, 500).map((household) => ({ __typename: 'Household', id: household.id }));
  const answered = await post(supergraph.subgraphUrls.grids, query, { r: legitimate });
  expect(answered.body.errors).toBeUndefined();
  expect(answered.body.data._entities).toHaveLength(legitimate.length);
});
