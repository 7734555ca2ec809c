import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { createLogger } from '../kit/http/logger';
import type { RunningService } from '../kit/http/service';
import { projectRoot } from '../kit/project-root';
import { createGateway } from '../gateway/server';
import { FIRST_QUERY } from '../gateway/landing-page';
import { MAX_ALIASES, MAX_DEPTH } from '../kit/limits/query-limits';
import { subgraphs } from '../schema/subgraphs';
import { startSupergraph, testTokenSettings, type Supergraph } from './support/supergraph';

/** What must never reach a client: subgraph names, their hosts and ports, stacks. */
function expectNoInternals(text: string, supergraph: Supergraph): void {
  for (const [name, url] of Object.entries(supergraph.subgraphUrls)) {
    const { host, port } = new URL(url);
    expect(text).not.toContain(url);
    expect(text).not.toContain(host);
    expect(text).not.toContain(`:${port}`);
    expect(text).not.toMatch(new RegExp(`\\b${name}\\b`, 'i'));
  }
  expect(text).not.toMatch(/stack|serviceName|downstream|ECONNREFUSED|localhost|127\.0\.0\.1/i);
}

describe('gateway over the supergraph', () => {
  let supergraph: Supergraph;
  let cityAdmin: string;

  beforeAll(async () => {
    supergraph = await startSupergraph();
    cityAdmin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  });
  afterAll(() => supergraph?.close());

  it('answers a query through the gateway', async () => {
    const { status, body } = await supergraph.query(FIRST_QUERY, undefined, cityAdmin);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.districts).toEqual([
      expect.objectContaining({ id: supergraph.territory.district.id, name: supergraph.territory.district.name }),
    ]);
    expect(body.data.districts[0].subdistricts.totalCount).toBe(supergraph.territory.subdistricts.length);
  });

  it('passes variables through', async () => {
    const { district } = supergraph.territory;
    const { body } = await supergraph.query('query ($id: ID!) { district(id: $id) { code } }', { id: district.id }, cityAdmin);
    expect(body).toEqual({ data: { district: { code: district.code } } });
  });

  it('lets a request without a token through, and the subgraph refuses it as UNAUTHENTICATED', async () => {
    const { status, body, text } = await supergraph.query(FIRST_QUERY);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expectNoInternals(text, supergraph);
  });

  it('answers introspection without a token: the schema is public, the data is not', async () => {
    const { body } = await supergraph.query('{ __schema { queryType { name } } }');
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('refuses an invalid token with HTTP 401', async () => {
    const { status, body } = await supergraph.query(FIRST_QUERY, undefined, 'not.a.token');
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret, or expired, with HTTP 401', async () => {
    const foreign = await signToken({ subject: 'x', roles: [Role.CITY_ADMIN] }, testTokenSettings());
    expect((await supergraph.query(FIRST_QUERY, undefined, foreign)).status).toBe(401);
    const expired = await supergraph.token({ roles: [Role.CITY_ADMIN], expiresIn: '-1m' });
    const { status, body } = await supergraph.query(FIRST_QUERY, undefined, expired);
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ message: 'Token has expired', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('echoes the caller\'s request id, or makes one', async () => {
    const own = await supergraph.query('{ __typename }', undefined, cityAdmin, { 'x-request-id': 'trace-me-123' });
    expect(own.headers.get('x-request-id')).toBe('trace-me-123');
    const made = await supergraph.query('{ __typename }', undefined, cityAdmin);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports bad documents as BAD_USER_INPUT without schema hints', async () => {
    const { body } = await supergraph.query('{ districts { nmae } }', undefined, cityAdmin);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
    const syntax = await supergraph.query('{ districts { ', undefined, cityAdmin);
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses documents nested too deep or with too many aliases', async () => {
    // District → subdistricts → edges → node → district: four levels a turn.
    const turns = Math.ceil(MAX_DEPTH / 4);
    const deep = `{ districts { ${'subdistricts(first: 1) { edges { node { district { '.repeat(turns)}id${' } } } }'.repeat(turns)} } }`;
    const tooDeep = await supergraph.query(deep, undefined, cityAdmin);
    expect(tooDeep.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', rule: 'maxDepth' });
    const aliased = `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const tooMany = await supergraph.query(aliased, undefined, cityAdmin);
    expect(tooMany.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', rule: 'maxAliases' });
  });

  it('serves an offline landing page to a browser', async () => {
    for (const path of ['/', '/graphql']) {
      const response = await fetch(new URL(path, supergraph.origin), { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('npm run --silent token -- --role CITY_ADMIN');
      expect(html).toContain('curl');
      expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
    }
  });

  it('refuses a body over 1 MiB with HTTP 413, at the gateway and at a subgraph', async () => {
    const body = JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(1024 * 1024) } });
    for (const url of [supergraph.url, supergraph.subgraphUrls.grids]) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${cityAdmin}` }, body });
      expect({ url, status: response.status, body: await response.json() }).toEqual({
        url, status: 413, body: { errors: [{ message: 'Request body over 1048576 bytes', extensions: { code: 'BAD_USER_INPUT' } }] },
      });
    }
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(new URL('/healthz', supergraph.origin));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL('/readyz', supergraph.origin));
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  // Last: stops a subgraph.
  it('masks a subgraph that is down as UNAVAILABLE at the field it left null, and is no longer ready', async () => {
    await supergraph.stopSubgraph(subgraphs[0].name);
    const { status, body, text } = await supergraph.query(FIRST_QUERY, undefined, cityAdmin);
    expect(status).toBe(200);
    expect(body.errors).toEqual([{ message: 'Temporarily unavailable', path: ['districts'], extensions: { code: 'UNAVAILABLE' } }]);
    expectNoInternals(text, supergraph);
    const ready = await fetch(new URL('/readyz', supergraph.origin));
    expect(ready.status).toBe(503);
  });
});

describe('gateway in front of a misbehaving subgraph', () => {
  /** What the fake subgraph does with the next request. */
  let behave: (response: ServerResponse) => void = () => {};
  /** Headers of the last request the fake subgraph received. */
  let received: IncomingHttpHeaders = {};
  let fake: Server;
  const hanging = new Set<ServerResponse>();
  let running: RunningService;
  let token: string;

  beforeAll(async () => {
    fake = createServer((request, response) => {
      received = request.headers;
      request.resume().on('end', () => behave(response));
    });
    await new Promise<void>((resolve) => fake.listen(0, resolve));
    const { port } = fake.address() as AddressInfo;
    const settings = testTokenSettings();
    running = await createGateway({
      supergraphSdl: readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'),
      subgraphUrls: Object.fromEntries(subgraphs.map(({ name }) => [name, `http://127.0.0.1:${port}/graphql`])),
      tokenSettings: settings,
      log: createLogger('gateway'),
      timeoutMs: 300,
    }).listen(0);
    token = await signToken({ subject: 'x', roles: [Role.CITY_ADMIN] }, settings);
  });
  afterAll(async () => {
    await running?.close();
    for (const response of hanging) response.destroy();
    await new Promise((resolve) => fake.close(resolve));
  });

  async function send(): Promise<{ text: string; body: any }> {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: FIRST_QUERY }),
    });
    const text = await response.text();
    return { text, body: JSON.parse(text) };
  }

  function expectMasked(text: string, body: any, code: 'INTERNAL' | 'UNAVAILABLE' = 'INTERNAL'): void {
    const message = code === 'INTERNAL' ? 'Internal error' : 'Temporarily unavailable';
    expect(body.errors).toEqual([expect.objectContaining({ message, extensions: { code } })]);
    const { port } = fake.address() as AddressInfo;
    expect(text).not.toContain(String(port));
    expect(text).not.toMatch(/abort|timeout|127\.0\.0\.1|localhost|stack|secret|grids/i);
  }

  it("forwards the caller's authorization and request id to the subgraph", async () => {
    behave = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: null }));
    await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-4711' },
      body: JSON.stringify({ query: FIRST_QUERY }),
    });
    expect({ authorization: received.authorization, requestId: received['x-request-id'] }).toEqual({ authorization: `Bearer ${token}`, requestId: 'trace-4711' });
  });

  it('gives up on a slow subgraph after the timeout, as UNAVAILABLE', async () => {
    // The fake never answers: without the gateway's timeout this request would hang past jest's.
    behave = (response) => hanging.add(response);
    const { text, body } = await send();
    expectMasked(text, body, 'UNAVAILABLE');
  });

  it('masks a subgraph failing with a non-JSON HTTP 500', async () => {
    behave = (response) => response.writeHead(500, { 'content-type': 'text/plain' }).end('Error: secret at /srv/grids/index.js:1 stack');
    const { text, body } = await send();
    expectMasked(text, body);
  });

  it('masks a subgraph that rejects what the gateway sent (not the caller\'s fault)', async () => {
    behave = (response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        errors: [{ message: 'Cannot query field "secret" on type "Query" in grids', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
      }));
    const { text, body } = await send();
    expectMasked(text, body);
  });

  it('masks an unexpected subgraph error with a stack, and keeps a deliberate one', async () => {
    behave = (response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        data: null,
        errors: [{ message: 'select * from secret', path: ['districts'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at grids'] } }],
      }));
    const internal = await send();
    expectMasked(internal.text, internal.body);

    behave = (response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        data: null,
        errors: [{ message: 'input.name: must not be empty', path: ['districts'], extensions: { code: 'BAD_USER_INPUT', field: 'input.name', rule: 'notEmpty', detail: 'grids' } }],
      }));
    const deliberate = await send();
    expect(deliberate.body.errors).toEqual([
      { message: 'input.name: must not be empty', path: ['districts'], extensions: { code: 'BAD_USER_INPUT', field: 'input.name', rule: 'notEmpty' } },
    ]);
  });
});
