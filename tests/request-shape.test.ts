import { Role } from '../kit/auth/role';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** Malformed requests get a clear 4xx with a code, from the gateway and from a subgraph alike, never a 500 or a reset. */
let supergraph: Supergraph;
let token: string;
beforeAll(async () => {
  supergraph = await startSupergraph();
  token = await supergraph.token({ roles: [Role.CITY_ADMIN] });
});
afterAll(() => supergraph.close());

async function post(url: string, body: string) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...supergraph.gatewayHeaders() };
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}

const TARGETS = ['gateway', 'grids subgraph'] as const;
const urlOf = (target: (typeof TARGETS)[number]) => (target === 'gateway' ? supergraph.url : supergraph.subgraphUrls.grids);

test.each(TARGETS)('%s: two operations without operationName, or an unknown one, answer 400 BAD_USER_INPUT', async (target) => {
  const url = urlOf(target);
  const twoOperations = 'query A { districts { name } } query B { districts { code } }';
  for (const body of [{ query: twoOperations }, { query: twoOperations, operationName: 'C' }, { query: '{ districts { name } }', operationName: 'Nope' }]) {
    const answer = await post(url, JSON.stringify(body));
    expect({ body, status: answer.status, code: answer.json.errors?.[0]?.extensions?.code }).toEqual({ body, status: 400, code: 'BAD_USER_INPUT' });
    expect(answer.text).not.toMatch(/stack|at .*\.js|localhost/);
  }
  const named = await post(url, JSON.stringify({ query: twoOperations, operationName: 'B' }));
  expect(named.status).toBe(200);
});

test.each(TARGETS)('%s: a body over 1 MB answers 413 instead of a reset connection', async (target) => {
  const url = urlOf(target);
  const padding = 'x'.repeat(1024 * 1024 + 10);
  const answer = await post(url, JSON.stringify({ query: '{ districts { name } }', variables: { padding } }));
  expect(answer.status).toBe(413);
  expect(answer.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
