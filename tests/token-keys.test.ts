import { SignJWT } from 'jose';
import { Role } from '../kit/auth/role';
import { tokenSettingsFromEnv } from '../kit/config';
import { signWith, startJwksServer, testSigningKey, type JwksServer, type TestSigningKey } from '../kit/testing/signing-keys';
import { subgraphs } from '../schema/subgraphs';
import { eventually } from './support/eventually';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Production tokens: RS256/ES256 from an identity provider's JWKS served over real HTTP, verified by
 * the gateway and again by a subgraph called directly, with keys rotated while both run.
 */
const ISSUER = 'https://id.example.test/realms/grassroots';
const AUDIENCE = 'grassroots-api';
const claims = { issuer: ISSUER, audience: AUDIENCE, roles: [Role.CITY_ADMIN] };
const QUERY = '{ districts { name } }';

let jwks: JwksServer;
let supergraph: Supergraph;
let rsa1: TestSigningKey;
let ec1: TestSigningKey;
let ec2: TestSigningKey;

beforeAll(async () => {
  [rsa1, ec1, ec2] = await Promise.all([testSigningKey('rsa-1', 'RS256'), testSigningKey('ec-1', 'ES256'), testSigningKey('ec-2', 'ES256')]);
  jwks = await startJwksServer([rsa1, ec1]);
  // jose's cooldown (30 s) and cache age (10 min) shortened, so a rotation shows within the test.
  const env = { JWT_JWKS_URL: jwks.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_JWKS_COOLDOWN_MS: '0', JWT_JWKS_MAX_AGE_MS: '300' };
  supergraph = await startSupergraph({ subgraphs: subgraphs.filter(({ name }) => name === 'grids'), tokenSettings: () => tokenSettingsFromEnv(env) });
});
afterAll(async () => {
  await supergraph?.close();
  await jwks?.close();
});

interface Answer {
  readonly status: number;
  readonly code: string | undefined;
  readonly districts: number | undefined;
  readonly text: string;
}

/** Asks the gateway, or the grids subgraph directly (as the gateway would, with its proof). */
async function ask(where: 'gateway' | 'subgraph', token: string): Promise<Answer> {
  const url = where === 'gateway' ? supergraph.url : supergraph.subgraphUrls.grids;
  const headers = where === 'gateway' ? {} : supergraph.gatewayHeaders();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  const text = await response.text();
  const body = JSON.parse(text);
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, districts: body.data?.districts?.length, text };
}

const accepted = (answer: Answer) => answer.status === 200 && answer.code === undefined && answer.districts === 1;
const refused = (answer: Answer) => answer.status === 401 && answer.code === 'UNAUTHENTICATED' && answer.districts === undefined;

const now = () => Math.floor(Date.now() / 1000);
const unsigned = () =>
  `${Buffer.from(JSON.stringify({ alg: 'none', kid: 'rsa-1' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: now() + 3600, roles: [Role.CITY_ADMIN] })).toString('base64url')}.`;
const hmacWithPublicKey = () =>
  new SignJWT({ roles: [Role.CITY_ADMIN] })
    .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
    .setSubject('x')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(rsa1.publicPem));

describe.each(['gateway', 'subgraph'] as const)('the %s', where => {
  it.each([
    ['RS256', () => signWith(rsa1, claims)],
    ['ES256', () => signWith(ec1, claims)],
  ])('accepts an %s token of a published key', async (_alg, token) => {
    expect(accepted(await ask(where, await token()))).toBe(true);
  });

  it.each([
    ['another issuer', () => signWith(rsa1, { ...claims, issuer: 'https://id.example.test/realms/other' })],
    ['another audience', () => signWith(ec1, { ...claims, audience: 'other-api' })],
    ['an expired token', () => signWith(rsa1, { ...claims, expiresAt: now() - 120 })],
    ['a token without exp', () => signWith(ec1, { ...claims, expiresAt: null })],
    ['a token with no known role', () => signWith(ec1, { ...claims, roles: ['ROOT' as Role] })],
    ['HS256 signed with the public key (alg confusion)', hmacWithPublicKey],
    ['alg none', async () => unsigned()],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_case, token) => {
    const answer = await ask(where, await token());
    expect({ status: answer.status, code: answer.code, districts: answer.districts }).toEqual({ status: 401, code: 'UNAUTHENTICATED', districts: undefined });
  });
});

test('rotation without restart: a new kid is accepted once published, a removed key stops verifying, at the gateway and at the subgraph', async () => {
  const next = await signWith(ec2, claims);
  const old = await signWith(rsa1, claims);
  for (const where of ['gateway', 'subgraph'] as const) expect(refused(await ask(where, next))).toBe(true);

  jwks.publish([rsa1, ec1, ec2]);
  // The unknown kid makes each service fetch the set again (cooldown 0 here).
  for (const where of ['gateway', 'subgraph'] as const) {
    expect(accepted(await ask(where, next))).toBe(true);
    expect(accepted(await ask(where, old))).toBe(true);
  }

  jwks.publish([ec1, ec2]);
  // A key still cached verifies until the set is older than JWT_JWKS_MAX_AGE_MS, then never again.
  for (const where of ['gateway', 'subgraph'] as const) {
    await eventually(`${where} to refuse the removed key`, async () => refused(await ask(where, old)));
    expect(accepted(await ask(where, next))).toBe(true);
  }
});

test('a JWKS that cannot be fetched is the platform failing, not the caller: no 401, and no internal detail', async () => {
  await jwks.close();
  const token = await signWith(ec1, claims);
  for (const where of ['gateway', 'subgraph'] as const) {
    const answer = await eventually(`${where} to find the JWKS gone`, async () => {
      const candidate = await ask(where, token);
      return candidate.status !== 200 && candidate;
    });
    expect({ where, status: answer.status, code: answer.code }).toEqual({ where, status: 500, code: 'INTERNAL' });
    expect(answer.text).not.toMatch(/jwks|127\.0\.0\.1|stack/i);
  }
});
