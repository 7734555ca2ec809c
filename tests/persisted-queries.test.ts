import { automaticPersistedQueries } from '../gateway/partners/persisted-queries';
import { sha256Hex } from '../gateway/partners/operation-manifest';
import { Role } from '../kit/auth/role';
import { subgraphs } from '../schema/subgraphs';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Automatic persisted queries (APQ) at the gateway for everyone but partner agencies (#15): the two
 * steps over real HTTP, GET with the hash for queries only, and a bounded store.
 */
const QUERY = 'query Districts { districts { id name } }';
const MUTATION = 'mutation Nothing($input: GridEventCommandInput!) { acceptGridEvent(input: $input) { gridEvent { id } } }';
const hashOf = (text: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } });

let supergraph: Supergraph;
let token: string;
beforeAll(async () => {
  supergraph = await startSupergraph({ subgraphs: subgraphs.filter(entry => entry.name === 'grids') });
  token = await supergraph.token({ roles: [Role.CITY_ADMIN], subject: 'apq-admin' });
});
afterAll(() => supergraph?.close());

async function get(params: Record<string, unknown>) {
  const search = new URLSearchParams(
    Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])),
  );
  const response = await fetch(`${supergraph.url}?${search}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
  return { status: response.status, body: (await response.json()) as any };
}

test('an unknown hash is PERSISTED_QUERY_NOT_FOUND; the hash with the text answers and registers it; the hash alone then answers', async () => {
  const missed = await supergraph.post({ extensions: hashOf(QUERY) }, token);
  expect(missed.body.errors).toEqual([expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
  expect(missed.body.data).toBeUndefined();

  const registered = await supergraph.post({ query: QUERY, extensions: hashOf(QUERY) }, token);
  expect(registered.body.errors).toBeUndefined();
  // Every demo scale has one district (DEMO-DATA.md).
  expect(registered.body.data.districts).toHaveLength(1);

  const hit = await supergraph.post({ extensions: hashOf(QUERY) }, token);
  expect(hit.body).toEqual(registered.body);
});

test('a query runs by GET with its hash once registered; a mutation is not run by GET', async () => {
  const text = 'query DistrictNames { districts { name } }';
  expect((await get({ extensions: hashOf(text) })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const registered = await get({ query: text, extensions: hashOf(text) });
  expect(registered.body.errors).toBeUndefined();
  const hit = await get({ extensions: hashOf(text) });
  expect(hit.status).toBe(200);
  expect(hit.body).toEqual(registered.body);

  const mutation = await get({ query: MUTATION, extensions: hashOf(MUTATION), variables: { input: { eventId: '00000000-0000-4000-8000-00000000dead' } } });
  expect(mutation.status).toBe(405);
  expect(mutation.body.data).toBeUndefined();
});

test('a hash that does not match the text is refused', async () => {
  const response = await supergraph.post({ query: QUERY, extensions: hashOf('query Other { districts { id } }') }, token);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery.sha256Hash', rule: 'sha256OfQuery' });
});

test('the store is bounded: past its size the least recently used text is dropped', async () => {
  const { cache } = automaticPersistedQueries(100);
  await cache.set('a', 'x'.repeat(60));
  await cache.set('b', 'y'.repeat(60));
  expect(await cache.get('a')).toBeUndefined();
  expect(await cache.get('b')).toBe('y'.repeat(60));
});
