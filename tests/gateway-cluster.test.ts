import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';
import { projectRoot } from '../kit/project-root';

/**
 * The gateway as `GATEWAY_WORKERS=2` runs it: a primary and two worker processes behind one port.
 * Each request goes on a connection of its own, so that the primary hands requests to both workers;
 * which worker answered is read from its request log line (every worker's lines carry its pid).
 */

const RATE = 5;
const env = { JWT_SECRET: randomBytes(24).toString('hex'), NODE_ENV: 'development' };
const settings = tokenSettingsFromEnv(env);

interface Answer {
  readonly status: number;
  readonly body: any;
}

/** POSTs on a new connection (no agent): the cluster's round robin spreads connections, not requests. */
function post(url: string, subject: string, requestId: string, query: string): Promise<Answer> {
  return signToken({ subject, roles: [Role.CITY_ADMIN] }, settings).then(
    token =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify({ query });
        const outgoing = httpRequest(
          url,
          {
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}`, 'x-request-id': requestId },
          },
          response => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      }),
  );
}

describe('the gateway with two workers', () => {
  let gateway: ChildProcess;
  let url: string;
  const lines: Record<string, unknown>[] = [];
  const waiters: { test: () => boolean; resolve: () => void }[] = [];
  const until = (test: () => boolean) => new Promise<void>(resolve => (test() ? resolve() : waiters.push({ test, resolve })));
  const linesWith = (msg: string) => lines.filter(line => line.msg === msg);
  /** The pid of the worker that logged the request with this id. */
  const workerOf = (requestId: string) => lines.find(line => line.msg === 'request' && line.requestId === requestId)?.pid;

  // The grids subgraph: answers `building` — at once, or, while `holding`, only when released.
  let subgraph: Server;
  let holding = false;
  const held: ServerResponse[] = [];
  const answer = (response: ServerResponse) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"building":{"id":"b1"}}}');

  beforeAll(async () => {
    subgraph = createServer((incoming, response) => {
      incoming.resume();
      incoming.on('end', () => {
        if (!holding) answer(response);
        else held.push(response);
        waiters.forEach(waiter => waiter.test() && waiter.resolve());
      });
    });
    await new Promise<void>(resolve => subgraph.listen(0, '127.0.0.1', resolve));
    const gridsUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    gateway = spawn(process.execPath, ['-r', '@swc-node/register', 'gateway/index.ts'], {
      cwd: projectRoot(),
      env: { ...process.env, ...env, LOG_LEVEL: 'info', JEST_WORKER_ID: '', GATEWAY_PORT: '0', GATEWAY_WORKERS: '2', RATE_LIMIT_PER_MINUTE: String(RATE), GRIDS_URL: gridsUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    gateway.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) if (line.startsWith('{')) lines.push(JSON.parse(line));
      waiters.forEach(waiter => waiter.test() && waiter.resolve());
    });
    // Both workers listening and done planning: a quiet start for what follows.
    await until(() => linesWith('query plans warmed').length === 2);
    url = linesWith('gateway ready')[0].url as string;
  }, 240_000);
  afterAll(async () => {
    if (gateway.exitCode === null && gateway.signalCode === null) gateway.kill('SIGKILL');
    await new Promise(resolve => subgraph.close(resolve));
  });

  test('answers from both workers, on one port', async () => {
    const answers = [];
    for (let index = 0; index < 4; index += 1) answers.push(await post(url, `reader-${index}`, `both-${index}`, '{ __typename }'));
    expect(answers.map(each => each.status)).toEqual([200, 200, 200, 200]);
    await until(() => [0, 1, 2, 3].every(index => workerOf(`both-${index}`) !== undefined));
    expect(new Set([0, 1, 2, 3].map(index => workerOf(`both-${index}`))).size).toBe(2);
  });

  test('the per-caller rate limit holds across the workers, under concurrent requests', async () => {
    const ids = Array.from({ length: 3 * RATE }, (_, index) => `rate-${index}`);
    const answers = await Promise.all(ids.map(id => post(url, 'one-caller', id, '{ __typename }')));
    // RATE at once per caller, whichever worker serves each request; the rest refused.
    expect(answers.filter(each => each.status === 200)).toHaveLength(RATE);
    expect(answers.filter(each => each.status === 429).map(each => each.body.errors[0].extensions.code)).toEqual(Array(2 * RATE).fill('RATE_LIMITED'));
    await until(() => ids.every(id => workerOf(id) !== undefined));
    expect(new Set(ids.map(workerOf)).size).toBe(2);
  });

  test('SIGTERM drains every worker: requests in flight on each are answered, then the gateway exits 0', async () => {
    holding = true;
    const ids = ['drain-0', 'drain-1', 'drain-2', 'drain-3'];
    // Distinct callers: one caller's identical fetches in flight would be shared (in-flight dedup).
    const answers = ids.map((id, index) => post(url, `drainer-${index}`, id, '{ building(id: "b1") { id } }'));
    await until(() => held.length === ids.length);
    const exited = new Promise<number | null>(resolve => gateway.once('exit', code => resolve(code)));
    gateway.kill('SIGTERM');
    // Both workers have stopped accepting and are waiting on their requests; now the subgraph answers.
    await Promise.race([until(() => linesWith('draining').length === 2), exited]);
    held.splice(0).forEach(answer);
    expect(await Promise.all(answers)).toEqual(Array(ids.length).fill({ status: 200, body: { data: { building: { id: 'b1' } } } }));
    expect(await exited).toBe(0);
    expect(new Set(ids.map(workerOf)).size).toBe(2);
    // Each worker logged its own stop, and the primary its own (no pid) after them.
    expect(linesWith('gateway stopped').map(line => line.pid !== undefined)).toEqual([true, true, false]);
  });
});
