/**
 * Our gateway against its peers in one run: the same subgraphs, seeded once, on the same
 * supergraph (`schema/supergraph.graphql`), behind in turn our gateway (sharing identical queries
 * and subgraph requests in flight, subgraph requests only as the peers do, nothing, and with two
 * workers: `GATEWAY_WORKERS=2`), Hive Gateway, Hive Gateway with its
 * Rust query planner, the floor (the
 * building's data by hand-written SQL and JSON.stringify, no GraphQL), and the gateway's floor (the
 * subgraphs' shares of the building and community queries sent and merged by hand: what any gateway
 * pays at the least, bench/support/gateway-floor-server.ts). Each peer's answers are
 * checked equal to ours before it is timed. Loopback only, bounded in time. The phases: the
 * building query on one id (one token, then a token per client) and on varied ids, the community
 * query (alone, 4 clients), and the realistic mix (`bench/support/mix.ts`: a grid worker's list,
 * residents' details across every subgraph, a community's figures from every subgraph, a reported
 * grid event; each client sends as other people, so no gateway may share its requests).
 *
 * Run: `npm run bench:peers` (`cd bench && npm ci` once, for the peers). Settings:
 * `BENCH_SCALE` tiny|demo (demo), `BENCH_SECONDS` per phase (10), `BENCH_CLIENTS` (10),
 * `BENCH_COMMUNITY_CLIENTS` (4), `BENCH_ONLY` a comma list (no space after a comma) of contenders,
 * each a whole name or the start of several (`Hive` times both Hive Gateways, `ours` only ours),
 * `BENCH_PORT` first port (14060),
 * `BENCH_PHASES` a comma list of phase names (all), `BENCH_PROFILE` subgraphs (and `gateway`) to profile,
 * `BENCH_WARMUP_SECONDS` per phase through our gateway before any contender is timed (10; 0: none),
 * `BENCH_ROUNDS` (2): every contender is timed once per round, in the listed order in odd rounds and
 * reversed in even ones (A B B A), and the summary averages its rounds. `BENCH_REVEAL=1` gives a reveal
 * reason (`REGISTRATION_CHECK`): residents' names and party members are then in the answers, and
 * every answer writes its audit entries (the floor, which never reveals, is not timed then).
 * `BENCH_FROM_DIST=1` runs the subgraphs and our gateway from `dist/` (`npm run build` first).
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';
import { generateTerritory } from '../kit/demo/territory';
import type { Scale } from '../kit/demo/types';
import { projectRoot } from '../kit/project-root';
import { GATEWAY_NODE_FLAGS, subgraphNodeFlags, subgraphs } from '../schema/subgraphs';
import { seedIfEmpty } from './support/seed';
import { emptyAuditTrails } from './support/audit-trails';
import { benchEnvironment } from './support/environment';
import { eachTime, runLoad, post, type LoadResult, type Operation } from './support/load';
import { READING_KINDS, realisticMix } from './support/mix';
import { BUILDING_QUERY, COMMUNITY_QUERY } from './support/operations';
import { cpuMs, rssMiB, serviceScript, startProcess, SWC, waitUntilReady, type BenchProcess } from './support/processes';

const root = projectRoot();
const scale = (process.env.BENCH_SCALE ?? 'demo') as Scale;
if (!['tiny', 'demo'].includes(scale)) throw new Error(`BENCH_SCALE must be tiny or demo, got "${scale}"`);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const clients = Number(process.env.BENCH_CLIENTS ?? 10);
const communityClients = Number(process.env.BENCH_COMMUNITY_CLIENTS ?? 4);
const firstPort = Number(process.env.BENCH_PORT ?? 14060);
// Contenders' names hold ", ": the list's commas have no space after them.
const only = process.env.BENCH_ONLY?.split(/,(?! )/).filter(Boolean);
/**
 * The subgraphs' CPU for the same request drifts down through a run (14 → 10–11 ms for grids per
 * building, bench/RESULTS.md "What these runs cannot separate: the order"), so whoever is timed
 * first pays more. Two rounds in A B B A order give every contender the same mean position.
 */
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const reveal = process.env.BENCH_REVEAL === '1' ? 'REGISTRATION_CHECK' : undefined;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number ≥ 1, got "${process.env.BENCH_ROUNDS}"`);
/**
 * `BENCH_PROFILE=grids,party,gateway`: those subgraphs, and our gateway (each worker), write a V8 CPU
 * profile (`--cpu-prof`) into the data directory on exit.
 */
const profiled = process.env.BENCH_PROFILE?.split(',').filter(Boolean) ?? [];

/** Progress on a terminal only: piped into a file, the output is the results alone. */
const progress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
};
const done = () => progress('');

interface Contender {
  readonly name: string;
  readonly start: (port: number, env: NodeJS.ProcessEnv) => BenchProcess;
  /** The queries it answers, where it cannot answer every one: the SQL floor the building query, the gateway's floor the building and community queries. */
  readonly answers?: readonly string[];
}

interface Phase {
  readonly name: string;
  readonly operation: Operation;
  readonly clients: number;
}

/** The JSON of a GraphQL answer, keys sorted, to compare answers whatever order a gateway wrote them in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** The first path at which two answers differ, to say why a peer was not timed. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (canonical(a) === canonical(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return `${path || '.'}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

interface Row {
  readonly contender: string;
  /** 1-based; the summary's rows, averaged over every round, have none. */
  readonly round?: number;
  readonly phase: string;
  readonly load: LoadResult;
  /** CPU ms per request of each process (the gateway and every subgraph). */
  readonly cpuPerRequest: Record<string, number>;
  /** Peak RSS in MiB of each process during the phase. */
  readonly peakRss: Record<string, number>;
  /** The machine's 1-minute load average at the end of the phase: on a shared machine, how much else ran. */
  readonly load1: number;
}

async function main(): Promise<void> {
  const territory = generateTerritory(scale);
  const dataDir = join(tmpdir(), `grassroots-bench-${scale}`);
  mkdirSync(dataDir, { recursive: true });
  const baseEnv = benchEnvironment({ DATA_DIR: dataDir });

  progress(`seeding ${scale} in ${dataDir} (once; later runs reuse it)…`);
  for (const { name } of subgraphs) await seedIfEmpty(name, scale, { ...baseEnv, LOG_LEVEL: 'warn' });
  emptyAuditTrails(dataDir, subgraphs.map(({ name }) => name));

  // The subgraphs, started once and shared by every contender. Without GATEWAY_SECRET they answer
  // any caller holding a valid token, so the peers need no knowledge of our gateway's proof.
  const subgraphPorts = Object.fromEntries(subgraphs.map(({ name }, index) => [name, firstPort + 1 + index]));
  const subgraphUrls = Object.fromEntries(subgraphs.map(({ name }) => [name, `http://127.0.0.1:${subgraphPorts[name]}/graphql`]));
  const services: BenchProcess[] = subgraphs.map(({ name }) =>
    startProcess(
      name,
      [...subgraphNodeFlags(name), ...(profiled.includes(name) ? ['--cpu-prof', '--cpu-prof-dir', dataDir] : []), ...serviceScript(root, join('subgraphs', name, 'index.ts'))],
      { ...baseEnv, [`${name.toUpperCase()}_PORT`]: String(subgraphPorts[name]) },
      root,
    ),
  );
  const stopAll = () => Promise.all(services.map(service => service.stop()));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    progress('starting the subgraphs…');
    await Promise.all(subgraphs.map(({ name }) => waitUntilReady(`http://127.0.0.1:${subgraphPorts[name]}/readyz`, 300_000)));

    // The committed supergraph with the subgraphs' bench addresses, for the peers.
    const supergraphFile = join(dataDir, 'supergraph.graphql');
    let supergraph = readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8');
    for (const { name, port } of subgraphs) supergraph = supergraph.replace(`http://localhost:${port}/graphql`, subgraphUrls[name]);
    writeFileSync(supergraphFile, supergraph);

    const hiveBin = join(root, 'bench', 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
    const hiveConfig = join(root, 'bench', 'support', 'hive-gateway.config.mjs');
    const ourGateway = (dedup: 'on' | 'subgraphs' | 'off', workers = 1, batch: 'on' | 'off' = 'on') => (port: number, env: NodeJS.ProcessEnv) =>
      startProcess(
        'gateway',
        [...GATEWAY_NODE_FLAGS, ...(profiled.includes('gateway') ? ['--cpu-prof', '--cpu-prof-dir', dataDir] : []), ...serviceScript(root, join('gateway', 'index.ts'))],
        {
          ...env,
          GATEWAY_PORT: String(port),
          GATEWAY_DEDUP: dedup,
          GATEWAY_BATCH: batch,
          GATEWAY_WORKERS: String(workers),
          // One token drives the whole load: the per-token limit would otherwise answer 429.
          RATE_LIMIT_PER_MINUTE: '1000000000',
          ...Object.fromEntries(subgraphs.map(({ name }) => [`${name.toUpperCase()}_URL`, subgraphUrls[name]])),
        },
        root,
      );
    const hive = (rust: boolean) => (port: number, env: NodeJS.ProcessEnv) =>
      startProcess(
        'gateway',
        [hiveBin, 'supergraph', supergraphFile, '--port', String(port), '--host', '127.0.0.1', '--config-path', hiveConfig, '--disable-websockets'],
        {
          ...env,
          HIVE_ROUTER_RUNTIME: rust ? 'true' : 'false',
        },
        join(root, 'bench'),
      );
    const contenders: Contender[] = [
      { name: 'ours', start: ourGateway('on') },
      // Timed next to one worker, so that both see the same load from the rest of the machine.
      { name: 'ours, 2 workers', start: ourGateway('on', 2) },
      ...(existsSync(hiveBin)
        ? [
            { name: 'Hive Gateway', start: hive(false) },
            { name: 'Hive + Rust planner', start: hive(true) },
          ]
        : []),
      // What the peers share: identical subgraph requests, not whole queries.
      { name: 'ours, subgraph dedup only', start: ourGateway('subgraphs') },
      { name: 'ours, no dedup', start: ourGateway('off') },
      { name: 'ours, no batch', start: ourGateway('on', 1, 'off') },
      {
        name: 'floor (SQL + JSON.stringify)',
        answers: [BUILDING_QUERY],
        start: (port: number, env: NodeJS.ProcessEnv) =>
          startProcess('gateway', [...SWC, join('bench', 'support', 'floor-server.ts')], { ...env, FLOOR_PORT: String(port) }, root),
      },
      {
        name: "gateway floor (subgraphs' shares merged by hand)",
        answers: [BUILDING_QUERY, COMMUNITY_QUERY],
        start: (port: number, env: NodeJS.ProcessEnv) =>
          startProcess(
            'gateway',
            [...SWC, join('bench', 'support', 'gateway-floor-server.ts')],
            { ...env, GATEWAY_FLOOR_PORT: String(port), GRIDS_URL: subgraphUrls.grids, PARTY_URL: subgraphUrls.party },
            root,
          ),
      },
    ]
      .filter((contender, _, all) => !only || only.some(name => contender.name === name || (contender.name.startsWith(name) && !all.some(other => other.name === name))))
      .filter(contender => !(reveal && contender.answers));
    if (!existsSync(hiveBin)) console.log('Hive Gateway not installed (cd bench && npm ci): timing ours and the floors only');

    const token = await signToken({ subject: 'bench', roles: [Role.CITY_ADMIN] }, tokenSettingsFromEnv(baseEnv));
    const authorization = `Bearer ${token}`;
    const callers = await Promise.all(
      Array.from({ length: clients }, async (_, n) => `Bearer ${await signToken({ subject: `bench-${n + 1}`, roles: [Role.CITY_ADMIN] }, tokenSettingsFromEnv(baseEnv))}`),
    );
    const community = territory.communities.find(candidate => candidate.name === '文兴社区') ?? territory.communities[0];
    const buildings = territory.buildings;
    const dashboard = buildings.find(building => building.communityId === community.id) ?? buildings[0];
    const until = new Date();
    const mixes = await Promise.all(
      Array.from({ length: clients }, (_, n) => realisticMix(territory, request => signToken(request, tokenSettingsFromEnv(baseEnv)), until, `bench-${n + 1}`)),
    );
    const allPhases: Phase[] = [
      { name: 'building same id', clients, operation: eachTime(BUILDING_QUERY, () => ({ id: dashboard.id, reveal })) },
      // The dashboard many people open: the same query under a token of each one's own, which no gateway may share.
      {
        name: 'building same id, a token per client',
        clients,
        operation: (_, client) => ({ query: BUILDING_QUERY, variables: { id: dashboard.id, reveal }, authorization: callers[client] }),
      },
      { name: 'building varied ids', clients, operation: eachTime(BUILDING_QUERY, index => ({ id: buildings[(index * 7919) % buildings.length].id, reveal })) },
      { name: 'community alone', clients: 1, operation: eachTime(COMMUNITY_QUERY, () => ({ code: community.code, reveal })) },
      { name: 'community 4 clients', clients: communityClients, operation: eachTime(COMMUNITY_QUERY, () => ({ code: community.code, reveal })) },
      // Every subgraph, three kinds of caller, one write in eight requests; each client is other people.
      { name: 'mix', clients, operation: (index, client) => mixes[client][index % mixes[client].length] },
    ];
    const phaseFilter = process.env.BENCH_PHASES?.split(',').filter(Boolean);
    const phases = allPhases.filter(phase => !phaseFilter || phaseFilter.some(name => phase.name.startsWith(name)));
    /** What each check sends: the dashboard's building, two others, the community, the mix's reads (under their senders' tokens). */
    const checks = [
      { body: { query: BUILDING_QUERY, variables: { id: dashboard.id, reveal } }, authorization },
      { body: { query: BUILDING_QUERY, variables: { id: buildings[Math.floor(buildings.length / 2)].id, reveal } }, authorization },
      { body: { query: BUILDING_QUERY, variables: { id: buildings[buildings.length - 1].id, reveal } }, authorization },
      { body: { query: COMMUNITY_QUERY, variables: { code: community.code, reveal } }, authorization },
      ...mixes[0]
        .filter(request => (READING_KINDS as readonly string[]).includes(request.kind))
        .map(({ query, variables, authorization: sender }) => ({ body: { query, variables }, authorization: sender })),
    ];

    const reference = new Map<number, unknown>();
    const rows: Row[] = [];
    const port = firstPort;
    // The subgraphs start cold (JIT, V8's heap sizes, SQLite's page cache), and whoever was timed first
    // paid for it: 15–25 % more subgraph CPU per request than the same code timed later in the run.
    // Every phase runs through our gateway first, untimed.
    if (warmUpSeconds > 0) {
      const warming = ourGateway('on')(port, baseEnv);
      try {
        await waitUntilReady(`http://127.0.0.1:${port}/graphql`, 300_000, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        for (const phase of phases) {
          progress(`subgraphs: ${phase.name}: warming up…`);
          await runLoad(`http://127.0.0.1:${port}/graphql`, phase.operation, authorization, phase.clients, warmUpSeconds);
        }
        done();
      } finally {
        await warming.stop();
      }
    }
    const refused = new Set<string>();
    const order = (round: number) => (round % 2 === 1 ? contenders : [...contenders].reverse());
    for (let round = 1; round <= rounds; round++) {
      for (const contender of order(round).filter(each => !refused.has(each.name))) {
        progress(`${contender.name}: round ${round}: starting…`);
        const gateway = contender.start(port, baseEnv);
        const url = `http://127.0.0.1:${port}/graphql`;
        try {
          // Generous: on a shared machine a gateway's workers may take minutes to compile and start.
          await waitUntilReady(url, 300_000, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization },
            body: JSON.stringify({ query: '{ __typename }' }),
          });
          // Equal answers first: a peer that answers differently is not timed.
          const agent = new Agent({ keepAlive: true });
          let mismatch: string | undefined;
          for (const [index, check] of checks.entries()) {
            if (contender.answers && !contender.answers.includes(check.body.query)) continue;
            const { status, text } = await post(agent, new URL(url), JSON.stringify(check.body), check.authorization);
            const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
            if (status !== 200 || body.errors) {
              mismatch = `HTTP ${status} ${text.slice(0, 300)}`;
              break;
            }
            if (!reference.has(index)) reference.set(index, body.data);
            mismatch = firstDifference(reference.get(index), body.data);
            if (mismatch) break;
          }
          agent.destroy();
          if (mismatch) {
            console.log(`${contender.name}: answers differ from ours, not timed — ${mismatch}`);
            refused.add(contender.name);
            continue;
          }
          for (const phase of phases) {
            if (contender.answers && !contender.answers.includes(phase.operation(0, 0).query)) continue;
            // Warm-up: JIT, plan caches, connection pools.
            progress(`${contender.name}: ${phase.name}: warming up…`);
            await runLoad(url, phase.operation, authorization, phase.clients, Math.min(3, seconds));
            const processes = [gateway, ...services];
            const cpuBefore = processes.map(each => cpuMs(each.child.pid!));
            const peak = processes.map(() => 0);
            const sampler = setInterval(() => processes.forEach((each, index) => (peak[index] = Math.max(peak[index], rssMiB(each.child.pid!)))), 200);
            const ticker = setInterval(() => progress(`${contender.name}: ${phase.name}: ${phase.clients} clients…`), 1000);
            const load = await runLoad(url, phase.operation, authorization, phase.clients, seconds);
            clearInterval(sampler);
            clearInterval(ticker);
            const cpuPerRequest: Record<string, number> = {};
            const peakRss: Record<string, number> = {};
            processes.forEach((each, index) => {
              peak[index] = Math.max(peak[index], rssMiB(each.child.pid!));
              cpuPerRequest[each.name] = (cpuMs(each.child.pid!) - cpuBefore[index]) / Math.max(1, load.requests);
              peakRss[each.name] = peak[index];
            });
            rows.push({ contender: contender.name, round, phase: phase.name, load, cpuPerRequest, peakRss, load1: loadavg()[0] });
            done();
            printRow(rows[rows.length - 1]);
          }
        } finally {
          await gateway.stop();
        }
      }
    }
    done();
    const means = meanOverRounds(rows);
    console.log('\nMean of the rounds:\n');
    console.log(HEADER);
    means.forEach(printRow);
    summarise(means);
    const resultFile = join(dataDir, `peers-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      resultFile,
      JSON.stringify(
        {
          scale,
          seconds,
          clients,
          communityClients,
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model,
          memoryGiB: totalmem() / 2 ** 30,
          node: process.version,
          rounds,
          rows,
          means,
        },
        null,
        2,
      ),
    );
    console.log(`\nAll figures as JSON: ${resultFile}`);
  } finally {
    await stopAll();
  }
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** One row per contender and phase: req/s, latencies, CPU and load averaged over its rounds, requests and errors summed, peak RSS the highest. */
function meanOverRounds(rows: readonly Row[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.contender}\u0000${row.phase}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map(group => {
    const mean = (pick: (row: Row) => number) => group.reduce((sum, row) => sum + pick(row), 0) / group.length;
    const names = Object.keys(group[0].cpuPerRequest);
    return {
      contender: group[0].contender,
      phase: group[0].phase,
      load: {
        seconds: group.reduce((sum, row) => sum + row.load.seconds, 0),
        requests: group.reduce((sum, row) => sum + row.load.requests, 0),
        errors: group.reduce((sum, row) => sum + row.load.errors, 0),
        perSecond: mean(row => row.load.perSecond),
        p50: mean(row => row.load.p50),
        p95: mean(row => row.load.p95),
        p99: mean(row => row.load.p99),
        firstError: group.find(row => row.load.firstError)?.load.firstError,
      },
      cpuPerRequest: Object.fromEntries(names.map(name => [name, mean(row => row.cpuPerRequest[name])])),
      peakRss: Object.fromEntries(names.map(name => [name, Math.max(...group.map(row => row.peakRss[name]))])),
      load1: mean(row => row.load1),
    };
  });
}

function printRow({ contender, round, phase, load, cpuPerRequest, peakRss, load1 }: Row): void {
  const cpu = Object.entries(cpuPerRequest)
    .filter(([, ms]) => ms >= 0.05)
    .map(([name, ms]) => `${name} ${fixed(ms, 2)}`)
    .join(', ');
  const rss = Object.entries(peakRss)
    .map(([name, mib]) => `${name} ${fixed(mib, 0)}`)
    .join(', ');
  console.log(
    `| ${contender}${round ? ` (round ${round})` : ''} | ${phase} | ${fixed(load.perSecond)} | ${fixed(load.p50)} | ${fixed(load.p95)} | ${fixed(load.p99)} | ${load.errors}/${load.requests} | ${cpu} | ${rss} | ${fixed(load1)} |` +
      (load.firstError ? `\n  first error: ${load.firstError}` : ''),
  );
}

/** Ours against the best peer per phase (req/s and p95), and ours against the floor. */
function summarise(rows: readonly Row[]): void {
  console.log('\n| phase | ours req/s | best peer | its req/s | ours / best peer | ours p95 / its p95 | subgraph dedup only / best peer |');
  console.log('|---|---|---|---|---|---|---|');
  for (const phase of new Set(rows.map(row => row.phase))) {
    const ours = rows.find(row => row.phase === phase && row.contender === 'ours');
    const peers = rows.filter(row => row.phase === phase && !row.contender.startsWith('ours') && !row.contender.includes('floor'));
    const best = peers.sort((a, b) => b.load.perSecond - a.load.perSecond)[0];
    if (!ours) continue;
    const floor = rows.find(row => row.phase === phase && row.contender.startsWith('floor'));
    const gatewayFloor = rows.find(row => row.phase === phase && row.contender.startsWith('gateway floor'));
    const likePeers = rows.find(row => row.phase === phase && row.contender === 'ours, subgraph dedup only');
    console.log(
      `| ${phase} | ${fixed(ours.load.perSecond)} | ${best?.contender ?? '–'} | ${fixed(best?.load.perSecond ?? NaN)} | ${fixed(ours.load.perSecond / (best?.load.perSecond ?? NaN), 2)}× | ${fixed(ours.load.p95 / (best?.load.p95 ?? NaN), 2)} | ${fixed((likePeers?.load.perSecond ?? NaN) / (best?.load.perSecond ?? NaN), 2)}× |` +
        (floor ? ` floor ${fixed(floor.load.perSecond)} req/s: ours / floor ${fixed(ours.load.perSecond / floor.load.perSecond, 2)}×` : '') +
        (gatewayFloor
          ? ` gateway floor ${fixed(gatewayFloor.load.perSecond)} req/s: gateway floor / best peer ${fixed(gatewayFloor.load.perSecond / (best?.load.perSecond ?? NaN), 2)}×, ours / gateway floor ${fixed(ours.load.perSecond / gatewayFloor.load.perSecond, 2)}×`
          : ''),
    );
  }
  console.log('\n| phase | 2 workers req/s | 1 worker req/s | 2 workers / 1 | 2 workers p95 / 1 worker p95 | 2 workers / best peer |');
  console.log('|---|---|---|---|---|---|');
  for (const phase of new Set(rows.map(row => row.phase))) {
    const one = rows.find(row => row.phase === phase && row.contender === 'ours');
    const two = rows.find(row => row.phase === phase && row.contender === 'ours, 2 workers');
    const best = rows
      .filter(row => row.phase === phase && !row.contender.startsWith('ours') && !row.contender.includes('floor'))
      .sort((a, b) => b.load.perSecond - a.load.perSecond)[0];
    if (!one || !two) continue;
    console.log(
      `| ${phase} | ${fixed(two.load.perSecond)} | ${fixed(one.load.perSecond)} | ${fixed(two.load.perSecond / one.load.perSecond, 2)}× | ${fixed(two.load.p95 / one.load.p95, 2)} | ${fixed(two.load.perSecond / (best?.load.perSecond ?? NaN), 2)}× |`,
    );
  }
}

const HEADER = '| contender | phase | req/s | p50 ms | p95 ms | p99 ms | errors | CPU ms / request | peak RSS MiB | load avg |\n|---|---|---|---|---|---|---|---|---|---|';
console.log(HEADER);
main().catch((error: unknown) => {
  done();
  console.error(error);
  process.exit(1);
});
