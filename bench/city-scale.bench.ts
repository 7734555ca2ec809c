/**
 * The headline community query (bench/support/operations.ts) at demo and at city scale, through our
 * gateway, on the same code: does it cost the same per household when the city around it is 27×
 * larger? For each scale in `BENCH_SCALES` (default `demo,city`), on embedded libSQL, or on
 * PostgreSQL with `BENCH_DATABASE_URL` (a server; the databases there are `bench_<scale>_<subgraph>`):
 * 1. grids and party as their own processes behind the gateway; `BENCH_REQUESTS` (default 20)
 *    community queries one after another, then `BENCH_BUILDINGS` (default 100) building queries, each
 *    for another building of the territory: p50/p95/max, CPU ms per request of each process, and each
 *    process's peak RSS while answering (sampled every 200 ms);
 * 2. the same subgraphs in this process, each database with a query log, behind the gateway: the
 *    SQL statements one request of each runs in each subgraph (they must not grow with the city).
 * Communities: 文兴社区 at each scale, and at city also the community whose household count is
 * closest to demo's 文兴社区 (the same work in a larger city). Seeds grids and party once per scale
 * in `$TMPDIR/grassroots-bench-<scale>` or its PostgreSQL databases (`--if-empty`, shared with the
 * other benches; a city seed takes minutes). Run: `npm run bench:city` (`BENCH_SCALES=city`,
 * `BENCH_PORT`, `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres`; `BENCH_FROM_DIST=1`
 * runs the services from `dist/`, as deployed: `npm run build` first).
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';
import { householdsPer } from '../kit/demo/household-counts';
import { generateTerritory } from '../kit/demo/territory';
import type { DemoCommunity, Scale } from '../kit/demo/types';
import { createLogger } from '../kit/http/logger';
import { databaseLocationFromEnv, openDatabase } from '../kit/orm/orm-options';
import { QueryLog } from '../kit/orm/query-log';
import { projectRoot } from '../kit/project-root';
import { createSubgraphServer } from '../kit/subgraph';
import { GATEWAY_NODE_FLAGS, subgraphNodeFlags, subgraphs } from '../schema/subgraphs';
import { benchEnvironment } from './support/environment';
import { seedIfEmpty } from './support/seed';
import { post } from './support/load';
import { BUILDING_QUERY, COMMUNITY_QUERY } from './support/operations';
import { cpuMs, rssMiB, serviceScript, startProcess, waitUntilReady, type BenchProcess } from './support/processes';

const root = projectRoot();
/** A PostgreSQL server (`postgres://…`): each subgraph's database there is `bench_<scale>_<subgraph>`; embedded libSQL without it. */
const databaseServer = process.env.BENCH_DATABASE_URL;
const scales = (process.env.BENCH_SCALES ?? 'demo,city').split(',').filter(Boolean) as Scale[];
const requests = Number(process.env.BENCH_REQUESTS ?? 20);
const buildingRequests = Number(process.env.BENCH_BUILDINGS ?? 100);
const firstPort = Number(process.env.BENCH_PORT ?? 14160);
/** The subgraphs the community query reaches. */
const USED = ['grids', 'party'] as const;

const env = benchEnvironment({ LOG_LEVEL: 'warn' });
for (const name of ['GRIDS_DATABASE_URL', 'PARTY_DATABASE_URL']) delete env[name];

/** Where a subgraph's data lives at `scale`: its own PostgreSQL database on `BENCH_DATABASE_URL`, or a libSQL file in `dataDir`. */
function databaseEnv(scale: Scale, dataDir: string, name: string): NodeJS.ProcessEnv {
  if (!databaseServer) return { DATA_DIR: dataDir };
  const url = new URL(databaseServer);
  url.pathname = `/bench_${scale}_${name}`;
  return { [`${name.toUpperCase()}_DATABASE_URL`]: url.toString() };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Target {
  readonly label: string;
  readonly community: DemoCommunity;
  readonly households: number;
}

/** `BENCH_BUILDINGS` building queries, each for another building spread over the whole territory. */
function buildingBodies(scale: Scale): string[] {
  const { buildings } = generateTerritory(scale);
  return Array.from({ length: buildingRequests }, (_, index) => JSON.stringify({ query: BUILDING_QUERY, variables: { id: buildings[(index * 7919) % buildings.length].id } }));
}

/** 文兴社区, and at a larger scale the community most like demo's 文兴社区 in households. */
function targets(scale: Scale): Target[] {
  const territory = generateTerritory(scale);
  const households = householdsPer(territory, 'communityId');
  const named = (name: string) => territory.communities.find(community => community.name === name)!;
  const wenxing = named('文兴社区');
  const found: Target[] = [{ label: '文兴社区', community: wenxing, households: households.get(wenxing.id)! }];
  if (scale !== 'demo') {
    const demo = generateTerritory('demo');
    const size = householdsPer(demo, 'communityId').get(demo.communities.find(community => community.name === '文兴社区')!.id)!;
    const like = territory.communities
      .filter(community => community.kind === 'URBAN_COMMUNITY')
      .reduce((best, community) => (Math.abs(households.get(community.id)! - size) < Math.abs(households.get(best.id)! - size) ? community : best));
    found.push({ label: `${like.name} (closest to demo's 文兴社区)`, community: like, households: households.get(like.id)! });
  }
  return found;
}

async function timed(scale: Scale, dataDir: string, authorization: string): Promise<void> {
  const ports = { gateway: firstPort, grids: firstPort + 1, party: firstPort + 2 };
  const services: BenchProcess[] = USED.map(name =>
    startProcess(name, [...subgraphNodeFlags(name), ...serviceScript(root, join('subgraphs', name, 'index.ts'))], { ...env, ...databaseEnv(scale, dataDir, name), [`${name.toUpperCase()}_PORT`]: String(ports[name]) }, root),
  );
  const gateway = startGateway(ports.gateway, Object.fromEntries(USED.map(name => [name, `http://127.0.0.1:${ports[name]}/graphql`])));
  const processes = [gateway, ...services];
  const url = `http://127.0.0.1:${ports.gateway}/graphql`;
  try {
    await Promise.all(USED.map(name => waitUntilReady(`http://127.0.0.1:${ports[name]}/readyz`, 300_000)));
    await gatewayAnswers(url, authorization);
    const agent = new Agent({ keepAlive: true });
    const send = async (body: string) => {
      const answer = await post(agent, new URL(url), body, authorization);
      if (answer.status !== 200 || answer.text.includes('"errors":')) throw new Error(`HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
      return answer.text;
    };
    /** `bodies` one after another: latencies, CPU per request of each process, and each one's peak RSS meanwhile. */
    const measure = async (bodies: readonly string[]) => {
      const cpuBefore = processes.map(each => cpuMs(each.child.pid!));
      const peak = processes.map(each => rssMiB(each.child.pid!));
      const sampler = setInterval(() => processes.forEach((each, index) => (peak[index] = Math.max(peak[index], rssMiB(each.child.pid!)))), 200);
      const latencies: number[] = [];
      for (const body of bodies) {
        const sent = performance.now();
        await send(body);
        latencies.push(performance.now() - sent);
      }
      clearInterval(sampler);
      const sorted = [...latencies].sort((a, b) => a - b);
      const cpu = processes.map((each, index) => `${each.name} ${((cpuMs(each.child.pid!) - cpuBefore[index]) / bodies.length).toFixed(1)}`).join(', ');
      const rss = processes.map((each, index) => `${each.name} ${peak[index].toFixed(0)}`).join(', ');
      return (
        `${bodies.length} requests one after another: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; ` +
        `CPU ms per request: ${cpu}; peak RSS MiB: ${rss}; load average ${loadavg()[0].toFixed(1)}`
      );
    };
    for (const target of targets(scale)) {
      const body = JSON.stringify({ query: COMMUNITY_QUERY, variables: { code: target.community.code } });
      // Warm-up: JIT, plans, statement caches.
      const first = await send(body);
      await send(body);
      const answered = (first.match(/"address":/g) ?? []).length;
      const figures = await measure(Array(requests).fill(body));
      console.log(`${scale} ${target.label}: ${target.households} households (${answered} in the answer, ${(first.length / 1024).toFixed(0)} KiB); ${figures}`);
    }
    const bodies = buildingBodies(scale);
    await send(bodies[bodies.length - 1]);
    console.log(`${scale} building query, a different building each time: ${await measure(bodies)}`);
    agent.destroy();
  } finally {
    await Promise.all(processes.map(each => each.stop()));
  }
}

/** The gateway as its own process, in front of the subgraphs at `urls` (any other subgraph is unreachable). */
function startGateway(port: number, urls: Readonly<Record<string, string>>): BenchProcess {
  return startProcess(
    'gateway',
    [...GATEWAY_NODE_FLAGS, ...serviceScript(root, join('gateway', 'index.ts'))],
    {
      ...env,
      GATEWAY_PORT: String(port),
      GATEWAY_WORKERS: '1',
      RATE_LIMIT_PER_MINUTE: '1000000000',
      // A latency is measured, not cut: on a busy shared machine one city request may take more than the default 10 s.
      SUBGRAPH_TIMEOUT_MS: '120000',
      ...Object.fromEntries(subgraphs.map(({ name }) => [`${name.toUpperCase()}_URL`, urls[name] ?? 'http://127.0.0.1:9/graphql'])),
    },
    root,
  );
}

/** Waits until the gateway on `url` answers a query (its /readyz also waits for subgraphs this bench does not start). */
function gatewayAnswers(url: string, authorization: string): Promise<void> {
  return waitUntilReady(url, 300_000, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
}

/** The SQL statements one community query runs in each subgraph: the subgraphs in this process, each database with a query log, behind the gateway. */
async function statements(scale: Scale, dataDir: string, authorization: string): Promise<void> {
  const tokenSettings = tokenSettingsFromEnv(env);
  const closers: (() => Promise<void>)[] = [];
  try {
    const logs: Record<string, QueryLog> = {};
    const urls: Record<string, string> = {};
    for (const name of USED) {
      const { definition } = subgraphs.find(entry => entry.name === name)!;
      const queryLog = new QueryLog();
      const location = databaseLocationFromEnv(name, databaseEnv(scale, dataDir, name));
      const orm = await openDatabase({ entities: definition.entities, migrations: definition.migrations, location, queryLog });
      closers.push(() => orm.close(true));
      const service = await (await createSubgraphServer(definition, orm, createLogger(name, { LOG_LEVEL: 'warn' }))).listen(0, tokenSettings);
      closers.push(() => service.close());
      urls[name] = service.url;
      logs[name] = queryLog;
    }
    const gateway = startGateway(firstPort + 3, urls);
    closers.push(() => gateway.stop());
    const url = `http://127.0.0.1:${firstPort + 3}/graphql`;
    await gatewayAnswers(url, authorization);
    const agent = new Agent({ keepAlive: true });
    for (const target of targets(scale)) {
      const body = JSON.stringify({ query: COMMUNITY_QUERY, variables: { code: target.community.code } });
      await post(agent, new URL(url), body, authorization);
      for (const log of Object.values(logs)) log.reset();
      const answer = await post(agent, new URL(url), body, authorization);
      if (answer.text.includes('"errors":')) throw new Error(answer.text.slice(0, 300));
      console.log(`${scale} ${target.label}: SQL statements per request: ${USED.map(name => `${name} ${logs[name].count}`).join(', ')}`);
    }
    const [building] = buildingBodies(scale);
    await post(agent, new URL(url), building, authorization);
    for (const log of Object.values(logs)) log.reset();
    const answer = await post(agent, new URL(url), building, authorization);
    if (answer.text.includes('"errors":')) throw new Error(answer.text.slice(0, 300));
    console.log(`${scale} building query: SQL statements per request: ${USED.map(name => `${name} ${logs[name].count}`).join(', ')}`);
    agent.destroy();
  } finally {
    for (const close of closers.reverse()) await close();
  }
}

async function main(): Promise<void> {
  const authorization = `Bearer ${await signToken({ subject: 'bench', roles: [Role.CITY_ADMIN] }, tokenSettingsFromEnv(env))}`;
  for (const scale of scales) {
    const dataDir = join(tmpdir(), `grassroots-bench-${scale}`);
    mkdirSync(dataDir, { recursive: true });
    for (const name of USED) await seedIfEmpty(name, scale, { ...env, ...databaseEnv(scale, dataDir, name) });
    await timed(scale, dataDir, authorization);
    await statements(scale, dataDir, authorization);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
