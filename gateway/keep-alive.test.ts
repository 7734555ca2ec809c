import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSubgraphConnections, type SubgraphConnections } from './data-source';

/** The gateway's subgraph fetcher against a real HTTP server that counts the connections it accepts. */
describe('keep-alive connections to a subgraph', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  let subgraph: SubgraphConnections;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      request.resume();
      request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}'));
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    subgraph = createSubgraphConnections(10_000);
  });
  afterAll(async () => {
    subgraph.destroy();
    await new Promise(resolve => server.close(resolve));
  });

  const fetchOnce = async () => {
    const response = await subgraph.fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' });
    return response.json();
  };

  test('sequential fetches reuse one socket', async () => {
    for (let index = 0; index < 5; index += 1) expect(await fetchOnce()).toEqual({ data: { ok: true } });
    expect(connections).toBe(1);
  });
});
