import { Role } from '../kit/auth/role';
import { GATEWAY_PROOF_HEADER, gatewayProof, gatewaySecretFromEnv, isGatewayProof } from '../kit/auth/gateway-proof';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** Subgraphs are no side door: with a gateway secret they answer the gateway only, whatever token a caller holds. */
let supergraph: Supergraph;
let token: string;
beforeAll(async () => {
  supergraph = await startSupergraph();
  token = await supergraph.token({ roles: [Role.CITY_ADMIN] });
});
afterAll(() => supergraph.close());

const QUERY = JSON.stringify({ query: '{ districts { name } }' });

async function direct(name: string, headers: Record<string, string>) {
  const response = await fetch(supergraph.subgraphUrls[name], {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: QUERY,
  });
  return { status: response.status, body: (await response.json()) as any };
}

test.each(['grids', 'party'])('%s refuses a direct call with a valid token but no gateway proof, or a forged or replayed one', async (name) => {
  const requestId = 'req-direct-1';
  for (const headers of <Record<string, string>[]>[
    {},
    { 'x-request-id': requestId, [GATEWAY_PROOF_HEADER]: gatewayProof('another-secret-another-secret-another', requestId) },
    { 'x-request-id': 'req-other', [GATEWAY_PROOF_HEADER]: gatewayProof(supergraph.gatewaySecret, requestId) },
    { 'x-request-id': requestId, [GATEWAY_PROOF_HEADER]: gatewayProof(supergraph.gatewaySecret, requestId, Date.now() - 10 * 60_000) },
  ]) {
    const answer = await direct(name, headers);
    expect({ headers, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ headers, status: 403, code: 'FORBIDDEN' });
    expect(answer.body.data).toBeUndefined();
  }
});

test('the gateway signs its subgraph requests, so queries through it answer', async () => {
  const { status, body } = await supergraph.query('{ districts { name } }', undefined, token);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data.districts.length).toBeGreaterThan(0);
  const signed = await direct('grids', supergraph.gatewayHeaders());
  expect(signed.status).toBe(200);
});

test('a proof is bound to its secret, request id and time', () => {
  const now = Date.now();
  const proof = gatewayProof('s'.repeat(32), 'r1', now);
  expect(isGatewayProof('s'.repeat(32), 'r1', proof, now + 30_000)).toBe(true);
  expect(isGatewayProof('s'.repeat(32), 'r2', proof, now)).toBe(false);
  expect(isGatewayProof('t'.repeat(32), 'r1', proof, now)).toBe(false);
  expect(isGatewayProof('s'.repeat(32), 'r1', proof, now + 5 * 60_000)).toBe(false);
  expect(isGatewayProof('s'.repeat(32), 'r1', `${proof}x`, now)).toBe(false);
});

test('production needs a gateway secret unless direct access is declared', () => {
  expect(() => gatewaySecretFromEnv({ NODE_ENV: 'production' })).toThrow('GATEWAY_SECRET must be set');
  expect(gatewaySecretFromEnv({ NODE_ENV: 'production', SUBGRAPH_DIRECT_ACCESS: 'allow' })).toBeUndefined();
  expect(() => gatewaySecretFromEnv({ GATEWAY_SECRET: 'short' })).toThrow('at least 32');
  expect(gatewaySecretFromEnv({})).toBeUndefined();
});
