import { Agent as HttpAgent, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ResponseTooLargeError } from './bounded-body';
import { subgraphFetch, type SubgraphFetchOptions } from './subgraph-fetch';

/** The gateway's subgraph request against a real HTTP server whose answer each test picks by path. */
describe('subgraphFetch', () => {
  let server: Server;
  let base: string;
  const received: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const http = new HttpAgent({ keepAlive: true });
  const https = new HttpsAgent({ keepAlive: true });
  const options: SubgraphFetchOptions = { http, https, timeoutMs: 2_000, maxResponseBytes: 1_000 };

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ method: request.method, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (request.url === '/ok') response.writeHead(200, { 'content-type': 'application/json', 'x-answer': 'yes' }).end('{"data":{"名":"文兴"}}');
        else if (request.url === '/refused') response.writeHead(401, 'Unauthorized', { 'content-type': 'application/json' }).end('{"errors":[]}');
        // 2,000 bytes without a declared length: cut off while it streams in.
        else if (request.url === '/large') {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.write('x'.repeat(600));
          response.end('x'.repeat(1_400));
        }
        // /slow never answers
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    http.destroy();
    https.destroy();
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  });

  test('sends method, headers and body, and answers status, headers and the body as JSON', async () => {
    const response = await subgraphFetch(`${base}/ok`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body: '{"query":"{ a }"}' }, options);
    expect(received.at(-1)).toMatchObject({ method: 'POST', body: '{"query":"{ a }"}', headers: { authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/ok`);
    expect(response.headers.get('x-answer')).toBe('yes');
    expect(await response.json()).toEqual({ data: { 名: '文兴' } });
  });

  test('a non-2xx answer is an answer, with its status text', async () => {
    const response = await subgraphFetch(`${base}/refused`, { method: 'POST', body: '{}' }, options);
    expect([response.status, response.ok, response.statusText]).toEqual([401, false, 'Unauthorized']);
  });

  test('an answer over the limit fails with ResponseTooLargeError', async () => {
    await expect(subgraphFetch(`${base}/large`, { method: 'POST', body: '{}' }, options)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  test('no answer within the time limit fails as an AbortError', async () => {
    await expect(subgraphFetch(`${base}/slow`, { method: 'POST', body: '{}' }, { ...options, timeoutMs: 200 })).rejects.toMatchObject({ name: 'AbortError' });
  });

  test("the caller's abort fails the request as an AbortError", async () => {
    const controller = new AbortController();
    const pending = subgraphFetch(`${base}/slow`, { method: 'POST', body: '{}', signal: controller.signal }, options);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('nothing listening fails as a system FetchError with the socket code', async () => {
    const closed = createServer();
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise(resolve => closed.close(resolve));
    await expect(subgraphFetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' }, options)).rejects.toMatchObject({
      name: 'FetchError',
      type: 'system',
      code: 'ECONNREFUSED',
    });
  });
});
