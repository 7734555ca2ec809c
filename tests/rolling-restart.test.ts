import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RESILIENCE } from '../gateway/resilience';
import { Role } from '../kit/auth/role';
import { projectRoot } from '../kit/project-root';
import { subgraphs } from '../schema/subgraphs';
import { eventually } from './support/eventually';
import { startSupergraph, type Supergraph } from './support/supergraph';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

/**
 * A subgraph restarted behind the gateway loses nothing. Before, SIGTERM closed every keep-alive
 * connection whose request the busy subgraph had not read yet (0–3 of 20 answered on libSQL), and
 * the gateway did not retry: the rest were ECONNRESET → INTERNAL.
 *
 * party runs as its own process, as `npm start` runs it, on an embedded database in a temporary
 * directory; grids and the gateway run here. A relay between the gateway and party counts the
 * requests that reached party, so the signal is sent when all 20 are with it, queued or running.
 */

const ORGANIZATIONS = 'query ($communityId: ID!) { partyOrganizations(communityId: $communityId, first: 50) { totalCount edges { node { id name level } } } }';

const dataDir = mkdtempSync(join(tmpdir(), 'rolling-restart-'));
const jwtSecret = randomBytes(32).toString('hex');
const gatewaySecret = randomBytes(32).toString('base64url');
const tokenSettings = { secret: new TextEncoder().encode(jwtSecret), issuer: 'grassroots-test', audience: 'grassroots-test' };
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  PARTY_DATABASE_URL: '',
  NATS_URL: '',
  // Its territory copy is seeded; the event feed it would poll is not needed here.
  GATEWAY_URL: 'http://127.0.0.1:9/graphql',
  JWT_SECRET: jwtSecret,
  JWT_ISSUER: tokenSettings.issuer,
  JWT_AUDIENCE: tokenSettings.audience,
  GATEWAY_SECRET: gatewaySecret,
  LOG_LEVEL: 'info',
  NODE_ENV: 'development',
  JEST_WORKER_ID: '',
};

function run(script: string, args: string[], extra: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], {
    cwd: projectRoot(),
    env: { ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts party on `port` (0: any) and resolves with its port once it listens. */
function startParty(port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = run('subgraphs/party/index.ts', [], { PARTY_PORT: String(port) });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const ready = /"url":"http:\/\/localhost:(\d+)\/graphql","msg":"party ready"/.exec(buffered);
      if (ready) resolve({ child, port: Number(ready[1]) });
    });
    child.stderr!.resume();
    child.on('exit', code => reject(new Error(`party exited (${code}) before it was ready`)));
  });
}

const exitOf = (child: ChildProcess) => new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));

let party: { child: ChildProcess; port: number };
let relay: TcpProxy;
let requestsRelayed = 0;
let supergraph: Supergraph;

beforeAll(async () => {
  const seeded = exitOf(run('subgraphs/party/seed.ts', ['--scale', 'tiny']));
  expect(await seeded).toBe(0);
  party = await startParty(0);
  relay = await startTcpProxy({ host: '127.0.0.1', port: party.port }, chunk => {
    requestsRelayed += chunk.toString('latin1').split('POST /graphql').length - 1;
  });
  supergraph = await startSupergraph({
    subgraphs: subgraphs.filter(({ name }) => name === 'grids'),
    // Long enough for party to boot again on a busy shared machine (the default is 5 s).
    resilience: { ...DEFAULT_RESILIENCE, reconnectMs: 60_000 },
    timeoutMs: 60_000,
    subgraphUrls: { party: `http://127.0.0.1:${relay.port}/graphql` },
    tokenSettings,
    gatewaySecret,
  });
}, 120_000);

afterAll(async () => {
  party?.child.kill('SIGTERM');
  await supergraph?.close();
  await relay?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('20 concurrent queries while party restarts under SIGTERM on the same port and data: all 20 answered, none lost, the data unchanged', async () => {
  const token = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
  const variables = { communityId: community.id };
  const before = await supergraph.query(ORGANIZATIONS, variables, token);
  expect(before.body.errors).toBeUndefined();
  expect(before.body.data.partyOrganizations.totalCount).toBeGreaterThan(0);

  // 20 callers, each with a token of its own: the gateway's in-flight deduplication (on by
  // default) sends identical queries of one caller in flight at once as one subgraph request, and
  // this test means 20 distinct requests with party when it restarts.
  const callers = await Promise.all(Array.from({ length: 20 }, (_, n) => supergraph.token({ roles: [Role.CITY_ADMIN], subject: `caller-${n}` })));
  requestsRelayed = 0;
  const answers = Promise.all(callers.map(caller => supergraph.query(ORGANIZATIONS, variables, caller)));
  // All 20 have reached party (running, or queued on its keep-alive connections): now the signal.
  await eventually('the 20 requests to reach party', () => requestsRelayed >= 20);
  const stopped = exitOf(party.child);
  party.child.kill('SIGTERM');
  expect(await stopped).toBe(0);
  party = await startParty(party.port);

  const during = await answers;
  expect(during.map(({ status, body }) => ({ status, body }))).toEqual(Array(20).fill({ status: 200, body: before.body }));

  // The restarted process serves the same data on the same port.
  const after = await Promise.all(Array.from({ length: 20 }, () => supergraph.query(ORGANIZATIONS, variables, token)));
  expect(after.map(({ body }) => body)).toEqual(Array(20).fill(before.body));
});

/**
 * Uncontrolled: the signal comes while queries still arrive. Before, the queries the gateway sent
 * between the old process closing its port and the new one listening were refused (or reset by the
 * relay) and answered UNAVAILABLE: most of the 40 here. The gateway now sends a request again while its
 * subgraph refuses connections, for up to `SUBGRAPH_RECONNECT_MS`.
 */
test('uncontrolled: SIGTERM while queries are still arriving, a new party started on the same port at once: every query answered in full', async () => {
  const token = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
  const variables = { communityId: community.id };
  const before = await supergraph.query(ORGANIZATIONS, variables, token);
  expect(before.body.errors).toBeUndefined();

  const callers = await Promise.all(Array.from({ length: 40 }, (_, n) => supergraph.token({ roles: [Role.CITY_ADMIN], subject: `uncontrolled-${n}` })));
  requestsRelayed = 0;
  const answers: Promise<{ status: number; body: unknown }>[] = [];
  const ask = (caller: string) => answers.push(supergraph.query(ORGANIZATIONS, variables, caller).then(({ status, body }) => ({ status, body })));
  // The first 20 go out together; the signal comes once some of them reached party, the rest still
  // on their way (queued on keep-alive connections, or not yet sent by the gateway).
  callers.slice(0, 20).forEach(ask);
  await eventually('some of the first 20 requests to reach party', () => requestsRelayed >= 5);
  const stopped = exitOf(party.child);
  party.child.kill('SIGTERM');
  // 10 more while the old process drains, then the new process starts on the same port at once
  // (an orchestrator's restart) and 10 more are sent while it boots.
  callers.slice(20, 30).forEach(ask);
  const restarted = startParty(party.port);
  callers.slice(30).forEach(ask);
  expect(await stopped).toBe(0);
  party = await restarted;

  const during = await Promise.all(answers);
  expect(during.filter(answer => JSON.stringify(answer) !== JSON.stringify({ status: 200, body: before.body }))).toEqual([]);
  expect(during).toHaveLength(40);
}, 180_000);
