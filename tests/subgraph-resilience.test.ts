import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Logger } from 'pino';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { createLogger } from '../kit/http/logger';
import { captureLog, type CapturedLog } from '../kit/testing/captured-log';
import type { RunningService } from '../kit/http/service';
import { projectRoot } from '../kit/project-root';
import { DEFAULT_RESILIENCE, type SubgraphResilience } from '../gateway/resilience';
import { createGateway } from '../gateway/server';
import { subgraphs } from '../schema/subgraphs';
import { eventually } from './support/eventually';
import { testTokenSettings } from './support/supergraph';

/**
 * The gateway in front of a real HTTP server standing in for every subgraph, made to hang, reset,
 * flood or leak: what the client sees, and that the gateway itself stays fast and small.
 */

type Behaviour = (request: IncomingMessage, response: ServerResponse, body: string) => void;

const DISTRICTS = '{ districts { code } }';
const HEALTHY: Behaviour = (_request, response) =>
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { districts: [{ code: 'D1' }] } }));
const UNAVAILABLE_AT_DISTRICTS = { errors: [{ message: 'Temporarily unavailable', path: ['districts'], extensions: { code: 'UNAVAILABLE' } }], data: null };

interface Fixture {
  /** Requests the fake subgraph received. */
  received: number;
  behave: Behaviour;
  /** Answers left hanging, released at the end. */
  readonly held: Set<ServerResponse>;
  query(document: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any; text: string }>;
  /** The fake stops listening: its port refuses connections, as while a subgraph restarts or is down. */
  stopListening(): Promise<void>;
  /** It listens again, on the same port. */
  listenAgain(): Promise<void>;
  close(): Promise<void>;
}

async function startFixture(resilience: SubgraphResilience, timeoutMs: number, log: Logger = createLogger('gateway')): Promise<Fixture> {
  let fake: Server | undefined;
  let gateway: RunningService | undefined;
  let callers = 0;
  const settings = testTokenSettings();
  const fixture: Fixture = {
    received: 0,
    behave: HEALTHY,
    held: new Set(),
    async query(document, variables) {
      // Each query comes from a caller of its own (its own token): the gateway's in-flight
      // deduplication (on by default) would otherwise send identical concurrent queries as one
      // subgraph request, and these tests count the requests the fake receives, one per query.
      callers += 1;
      const token = await signToken({ subject: `caller-${callers}`, roles: [Role.CITY_ADMIN] }, settings);
      const response = await fetch(gateway!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: document, variables }),
      });
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text), text };
    },
    async stopListening() {
      fake!.closeAllConnections();
      await new Promise(resolve => fake!.close(resolve));
    },
    async listenAgain() {
      fake!.listen(port, '127.0.0.1');
      await once(fake!, 'listening');
    },
    async close() {
      await gateway?.close();
      for (const response of fixture.held) response.destroy();
      fake?.closeAllConnections();
      if (fake?.listening) await new Promise(resolve => fake?.close(resolve));
    },
  };
  fake = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      fixture.received += 1;
      fixture.behave(request, response, Buffer.concat(chunks).toString('utf8'));
    });
  });
  fake.listen(0, '127.0.0.1');
  await once(fake, 'listening');
  const { port } = fake.address() as AddressInfo;
  const server = createGateway({
    supergraphSdl: readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'),
    subgraphUrls: Object.fromEntries(subgraphs.map(({ name }) => [name, `http://127.0.0.1:${port}/graphql`])),
    tokenSettings: settings,
    log,
    timeoutMs,
    resilience,
  });
  gateway = await server.listen(0);
  // The breaker's timing is observed below: no warm-up planning may compete with it.
  await server.plansWarmed();
  return fixture;
}

const hang: (fixture: Fixture) => Behaviour = fixture => (_request, response) => fixture.held.add(response);

describe('a hung subgraph behind the circuit breaker', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture({ ...DEFAULT_RESILIENCE, breaker: { failures: 3, openMs: 1_000 } }, 1_500);
  });
  afterAll(() => fixture.close());

  it('after 3 timeouts short-circuits without calling it, then probes and answers again once it recovers', async () => {
    fixture.behave = hang(fixture);
    for (let i = 0; i < 3; i += 1) expect((await fixture.query(DISTRICTS)).body).toEqual(UNAVAILABLE_AT_DISTRICTS);
    expect(fixture.received).toBe(3);

    // Open: refused at once — the hung subgraph never sees these, so none waits for its timeout.
    const shortCircuited = await Promise.all(Array.from({ length: 5 }, () => fixture.query(DISTRICTS)));
    expect(shortCircuited.map(({ body }) => body)).toEqual(Array(5).fill(UNAVAILABLE_AT_DISTRICTS));
    expect(fixture.received).toBe(3);

    // Recovered: after the open period one probe goes through, succeeds and closes the breaker.
    fixture.behave = HEALTHY;
    await eventually('the breaker to let a probe through', async () => (await fixture.query(DISTRICTS)).body.data?.districts);
    const after = await Promise.all(Array.from({ length: 3 }, () => fixture.query(DISTRICTS)));
    expect(after.map(({ body }) => body)).toEqual(Array(3).fill({ data: { districts: [{ code: 'D1' }] } }));
  });
});

describe('a slow subgraph behind the concurrency cap', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    // 2 at once, 8 waiting; the breaker out of the way.
    fixture = await startFixture({ ...DEFAULT_RESILIENCE, breaker: { failures: 1_000, openMs: 1_000 }, maxConcurrent: 2, maxQueued: 8 }, 30_000);
  });
  afterAll(() => fixture.close());

  it('runs 2 at once, queues 8 and refuses the 2 beyond at once; the queued ones are answered once it speeds up', async () => {
    fixture.behave = hang(fixture);
    const settled: { body: any }[] = [];
    const answers = Array.from({ length: 12 }, () => fixture.query(DISTRICTS).then(answer => (settled.push(answer), answer)));
    // The 2 refused answer while the 2 running still hang: they did not wait for a slot.
    await eventually('the excess to be refused', () => settled.length === 2 && fixture.received === 2);
    expect(settled.map(({ body }) => body)).toEqual([UNAVAILABLE_AT_DISTRICTS, UNAVAILABLE_AT_DISTRICTS]);

    fixture.behave = HEALTHY;
    for (const response of fixture.held) HEALTHY({} as IncomingMessage, response, '');
    fixture.held.clear();
    const bodies = (await Promise.all(answers)).map(({ body }) => body);
    expect(bodies.filter(body => body.data?.districts)).toHaveLength(10);
    expect(fixture.received).toBe(10);
  });
});

describe('a subgraph that resets the connection', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture(DEFAULT_RESILIENCE, 5_000);
  });
  afterAll(() => fixture.close());

  /** Resets the first request's connection, answers the next ones. */
  function resetOnce(answer: unknown): Behaviour {
    let reset = false;
    return (request, response) => {
      if (!reset) {
        reset = true;
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    };
  }

  it('sends a query once more on a new connection, and the client gets its answer', async () => {
    fixture.received = 0;
    fixture.behave = resetOnce({ data: { districts: [{ code: 'D1' }] } });
    expect((await fixture.query(DISTRICTS)).body).toEqual({ data: { districts: [{ code: 'D1' }] } });
    expect(fixture.received).toBe(2);
  });

  it('never sends a mutation twice: it may have run', async () => {
    fixture.received = 0;
    fixture.behave = resetOnce({ data: { registerHousehold: { household: { id: 'h1' } } } });
    const { body } = await fixture.query('mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }', {
      input: { buildingId: '00000000-0000-4000-8000-000000000000', unit: 1, room: '101' },
    });
    expect(body).toEqual({ errors: [{ message: 'Temporarily unavailable', path: ['registerHousehold'], extensions: { code: 'UNAVAILABLE' } }], data: null });
    expect(fixture.received).toBe(1);
  });
});

describe('a subgraph that refuses connections', () => {
  const RETRIED = 'connection reset or refused; sending the request again';
  const OPENED = 'circuit open: the subgraph failed repeatedly';
  const REGISTER = 'mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }';
  const INPUT = { input: { buildingId: '00000000-0000-4000-8000-000000000000', unit: 1, room: '101' } };
  const REGISTERED = { data: { registerHousehold: { household: { id: 'h1' } } } };
  let fixture: Fixture;
  let captured: CapturedLog;
  beforeAll(async () => {
    captured = captureLog();
    // A 2 s reconnect window; on its own count the breaker would open only after 5 failures.
    fixture = await startFixture({ ...DEFAULT_RESILIENCE, reconnectMs: 2_000, breaker: { failures: 5, openMs: 60_000 } }, 5_000, captured.log);
  });
  afterAll(() => fixture.close());

  const logged = (message: string) => captured.lines().filter(line => line.msg === message).length;

  it('sends a mutation again while its port refuses (nothing reached the subgraph), and it runs once when the subgraph listens again', async () => {
    fixture.received = 0;
    fixture.behave = (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(REGISTERED));
    await fixture.stopListening();
    const answer = fixture.query(REGISTER, INPUT);
    await eventually('the gateway to meet a refused connection', () => logged(RETRIED) > 0);
    await fixture.listenAgain();
    expect((await answer).body).toEqual(REGISTERED);
    expect(fixture.received).toBe(1);
  });

  it('refusing for the whole reconnect window: the waiting requests fail UNAVAILABLE, the breaker opens at once, later requests fail without a connection attempt', async () => {
    await fixture.stopListening();
    const waited = await Promise.all(Array.from({ length: 3 }, () => fixture.query(DISTRICTS)));
    expect(waited.map(({ body }) => body)).toEqual(Array(3).fill(UNAVAILABLE_AT_DISTRICTS));
    // Three failures, fewer than the breaker's five: a refusal that outlasted the window is certain.
    expect(logged(OPENED)).toBe(1);

    const attempts = logged(RETRIED);
    const later = await Promise.all(Array.from({ length: 5 }, () => fixture.query(DISTRICTS)));
    expect(later.map(({ body }) => body)).toEqual(Array(5).fill(UNAVAILABLE_AT_DISTRICTS));
    expect(logged(RETRIED)).toBe(attempts);
  });
});

describe('a subgraph answering more than the size limit', () => {
  const LIMIT = 1024 * 1024;
  const FLOOD = 200 * 1024 * 1024;
  let fixture: Fixture;
  /** Bytes the fake managed to send of each flooding answer. */
  const sent: number[] = [];
  beforeAll(async () => {
    fixture = await startFixture({ ...DEFAULT_RESILIENCE, maxResponseBytes: LIMIT }, 30_000);
  });
  afterAll(() => fixture.close());

  /** Streams a 200 MB JSON answer in 64 KiB chunks, without a length, until done or cut off. */
  const flood: Behaviour = (_request, response) => {
    const chunk = Buffer.from(`{"code":"${'x'.repeat(64 * 1024 - 12)}"},`);
    let written = 0;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"data":{"districts":[');
    const pump = () => {
      while (written < FLOOD && !response.destroyed) {
        written += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      if (!response.destroyed) response.end('{"code":"end"}]}}');
    };
    response.on('close', () => sent.push(written));
    pump();
  };

  function heapAfterGc(): number {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return process.memoryUsage().heapUsed;
  }

  it("is refused as INTERNAL while it streams in — never read whole — and the gateway's heap returns to its baseline", async () => {
    fixture.behave = HEALTHY;
    await fixture.query(DISTRICTS);
    const baseline = heapAfterGc();

    fixture.behave = flood;
    const answers = await Promise.all(Array.from({ length: 3 }, () => fixture.query(DISTRICTS)));
    for (const { body } of answers) {
      expect(body).toEqual({ errors: [{ message: 'Internal error', path: ['districts'], extensions: { code: 'INTERNAL' } }], data: null });
    }
    await eventually('the fake to see its answers cut off', () => sent.length === 3);
    // Cut off near the limit (socket buffers aside), far from the 200 MB it would have sent.
    expect(sent.every(bytes => bytes < FLOOD / 4)).toBe(true);
    expect(heapAfterGc() - baseline).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses at once an answer whose declared length is over the limit', async () => {
    fixture.behave = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(FLOOD) });
      response.write('{"data":');
    };
    expect((await fixture.query(DISTRICTS)).body).toEqual({
      errors: [{ message: 'Internal error', path: ['districts'], extensions: { code: 'INTERNAL' } }],
      data: null,
    });
  });
});

describe("a subgraph's caller's-fault error holding internal detail", () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture(DEFAULT_RESILIENCE, 5_000);
  });
  afterAll(() => fixture.close());

  const leaky = {
    message: 'input.name: could not check it against db-primary.internal.example.com:5432 (10.0.3.7)',
    path: ['districts'],
    extensions: { code: 'BAD_USER_INPUT', field: 'input.name', rule: 'notEmpty' },
  };

  it.each([
    ['in a 200 answer', 200],
    ['in an HTTP 400 answer', 400],
  ])('reaches the client as field: rule, without the host (%s)', async (_label, status) => {
    fixture.behave = (_request, response) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ data: null, errors: [leaky] }));
    const { body, text } = await fixture.query(DISTRICTS);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'input.name: notEmpty', extensions: { code: 'BAD_USER_INPUT', field: 'input.name', rule: 'notEmpty' } }),
    ]);
    expect(text).not.toMatch(/db-primary|example\.com|5432|10\.0\.3\.7/);
  });

  it('passes a plain message naming the input as it is', async () => {
    const plain = { ...leaky, message: 'input.name: must not be empty' };
    fixture.behave = (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: null, errors: [plain] }));
    expect((await fixture.query(DISTRICTS)).body.errors[0].message).toBe('input.name: must not be empty');
  });
});
