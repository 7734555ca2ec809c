import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { QueryPlanner } from '@apollo/query-planner';
import pino from 'pino';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import type { RunningService } from '../kit/http/service';
import { projectRoot } from '../kit/project-root';
import { exampleOperations } from '../gateway/ide/example-operations';
import { createGateway, subgraphsOfSupergraph } from '../gateway/server';
import { testTokenSettings } from './support/supergraph';

/**
 * The gateway plans the operations clients are known to send (docs/operations, schema/reports) at
 * start, so that none of them is planned on a client's first request — and sends nothing to a
 * subgraph while doing so.
 */
describe('query plans warmed at start', () => {
  const supergraphSdl = readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
  const settings = testTokenSettings();
  const planned = jest.spyOn(QueryPlanner.prototype, 'buildQueryPlan');
  let subgraphRequests = 0;
  let subgraph: Server;
  let running: RunningService;
  let warmed: number;

  beforeAll(async () => {
    // Every subgraph's address points here: whatever the gateway sends to a subgraph is counted.
    subgraph = createServer((request, response) => {
      subgraphRequests += 1;
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: null }));
    });
    await new Promise<void>(resolve => subgraph.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const gateway = createGateway({
      supergraphSdl,
      subgraphUrls: Object.fromEntries(Object.keys(subgraphsOfSupergraph(supergraphSdl)).map(name => [name, url])),
      tokenSettings: settings,
      log: pino({ level: 'silent' }),
    });
    running = await gateway.listen(0, '127.0.0.1');
    warmed = await gateway.plansWarmed();
  });
  afterAll(async () => {
    await running.close();
    await new Promise(resolve => subgraph.close(resolve));
  });

  test('each example operation and report is planned twice (with and without its name), nothing reaches a subgraph', () => {
    // Six files in docs/operations and six in schema/reports, counted by hand.
    expect(warmed).toBe(24);
    expect(planned).toHaveBeenCalledTimes(24);
    expect(subgraphRequests).toBe(0);
  });

  test("a client's first request of a warmed operation is not planned again; an unknown one is", async () => {
    const token = await signToken({ subject: 'warm-up-reader', roles: [Role.CITY_ADMIN] }, settings);
    const post = async (body: object) => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      await response.text();
    };
    const before = planned.mock.calls.length;
    for (const { name, document } of exampleOperations()) {
      await post({ query: document, operationName: name });
      await post({ query: document });
    }
    expect(planned.mock.calls.length - before).toBe(0);
    expect(subgraphRequests).toBeGreaterThan(0);

    await post({ query: 'query NotWarmed { building(id: "b1") { id } }' });
    expect(planned.mock.calls.length - before).toBe(1);
  });
});
