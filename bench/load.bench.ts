/**
 * Load: the services as `npm start` runs them (scripts/start.ts from source: one process per
 * subgraph and the gateway, embedded libSQL in a fresh data folder, seeded), then
 *  1. a steady mix at a declared rate for a bounded time: a grid worker's list of linked households,
 *     a resident's detail across every subgraph, a community's figures from every subgraph, and a
 *     grid event reported (a mutation); req/s, p50/p95/p99, errors, RSS of every process over time,
 *     and each subgraph's /healthz latency meanwhile (how long its event loop is held);
 *  2. an overload phase at many times the rate from many callers: how fast the refusals (429/503)
 *     come and what happens to the answers that are not refused.
 * Ports 14050–14055 (override with --port-base). Run (`npm run bench:load -- --duration 120`):
 *   node -r @swc-node/register bench/load.bench.ts [--scale tiny|demo] [--rate 20] [--duration 120]
 *     [--overload-rate 200] [--overload-duration 20] [--port-base 14050] [--services-cpus 1] [--database-url postgres://…]
 * `--services-cpus` runs the services under `taskset -c <list>`; with the bench itself started under
 * `taskset -c` on other cores, the load generator does not compete with what it measures.
 * `--database-url postgres://…` (a PostgreSQL server) keeps each subgraph's data in its database
 * `bench_<scale>_<subgraph>` there (the databases `npm run bench:city` uses; seeded once, kept),
 * instead of libSQL files in a fresh folder.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Role } from '../kit/auth/role';
import { signToken, type SharedSecretSettings } from '../kit/auth/token';
import { generateTerritory } from '../kit/demo/territory';
import type { Scale } from '../kit/demo/types';
import { projectRoot } from '../kit/project-root';
import { subgraphs } from '../schema/subgraphs';
import { progressLine } from '../kit/progress';
import { realisticMix, type MixRequest } from './support/mix';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    rate: { type: 'string', default: '20' },
    duration: { type: 'string', default: '120' },
    'overload-rate': { type: 'string', default: '200' },
    'overload-duration': { type: 'string', default: '20' },
    'port-base': { type: 'string', default: '14050' },
    'services-cpus': { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const scale = args.scale as Scale;
const rate = Number(args.rate);
const durationMs = Number(args.duration) * 1000;
const overloadRate = Number(args['overload-rate']);
const overloadMs = Number(args['overload-duration']) * 1000;
const portBase = Number(args['port-base']);
/** In flight at most: past this the bench itself would be the bottleneck; requests not sent count as dropped. */
const MAX_IN_FLIGHT = 500;
/** A request not answered by then counts as an error (status 0). */
const REQUEST_TIMEOUT_MS = 30_000;

const ports = { gateway: portBase, ...Object.fromEntries(subgraphs.map(({ name }, index) => [name, portBase + 1 + index])) } as Record<string, number>;
const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
const tokenSettings: SharedSecretSettings = {
  secret: Buffer.from(randomBytes(32).toString('base64url')),
  issuer: 'grassroots-demo',
  audience: 'grassroots-api',
};

interface Sample {
  readonly kind: string;
  readonly status: number;
  readonly ok: boolean;
  readonly ms: number;
  /** `extensions.code` of each error in the answer (`RATE_LIMITED`, `INTERNAL` …). */
  readonly codes: readonly string[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function latencyLine(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms`;
}

/** A subgraph's database on `--database-url`'s server (`bench_<scale>_<subgraph>`), or '' for a libSQL file in the data folder. */
function databaseUrl(name: string): string {
  if (!args['database-url']) return '';
  const url = new URL(args['database-url']);
  url.pathname = `/bench_${scale}_${name}`;
  return url.toString();
}

/** Starts `npm start` from source on its own data folder and ports. */
function startServices(dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    NATS_URL: '',
    SCALE: scale,
    JWT_SECRET: tokenSettings.secret.toString(),
    // Request logs at info cost the services time on every request; a production-like level.
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: String(ports.gateway),
  };
  for (const { name } of subgraphs) {
    env[`${name.toUpperCase()}_PORT`] = String(ports[name]);
    env[`${name.toUpperCase()}_DATABASE_URL`] = databaseUrl(name);
  }
  const command = [process.execPath, '-r', '@swc-node/register', 'scripts/start.ts'];
  if (args['services-cpus']) command.unshift('taskset', '-c', args['services-cpus']);
  return spawn(command[0], command.slice(1), {
    cwd: projectRoot(),
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: false,
  });
}

async function waitReady(deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (const port of Object.values(ports)) {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        response => response.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`port ${port} not ready after ${deadlineMs / 1000} s`);
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }
}

/** The services' processes (children of scripts/start.ts), by name, for their RSS. */
function servicePids(startPid: number): Record<string, number> {
  const children = readFileSync(`/proc/${startPid}/task/${startPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const pids: Record<string, number> = {};
  for (const pid of children) {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const name = ['gateway', ...subgraphs.map(entry => entry.name)].find(candidate => command.includes(`${candidate}/index`));
    if (name) pids[name] = pid;
  }
  return pids;
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function send(operation: MixRequest, authorization = operation.authorization): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const codes = (body.errors ?? []).map(error => error.extensions?.code ?? 'none');
    return { kind: operation.kind, status: response.status, ok: response.ok && codes.length === 0 && !!body.data, ms: performance.now() - started, codes };
  } catch {
    return { kind: operation.kind, status: 0, ok: false, ms: performance.now() - started, codes: ['no answer'] };
  }
}

/**
 * Sends `next()` at `perSecond` for `ms`, open loop (the schedule does not wait for answers), at
 * most MAX_IN_FLIGHT outstanding. Every `sampleEveryMs` calls `sample`.
 */
async function drive(
  perSecond: number,
  ms: number,
  next: (index: number) => Promise<Sample>,
  label: string,
): Promise<{ samples: Sample[]; dropped: number; seconds: number }> {
  const samples: Sample[] = [];
  const total = Math.round((perSecond * ms) / 1000);
  const progress = progressLine(total, label, ms);
  const started = performance.now();
  const pending = new Set<Promise<void>>();
  let dropped = 0;
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait));
    if (pending.size >= MAX_IN_FLIGHT) {
      dropped += 1;
      progress.tick();
      continue;
    }
    const request: Promise<void> = next(index).then(sample => {
      samples.push(sample);
      pending.delete(request);
    });
    pending.add(request);
    progress.tick();
  }
  await Promise.all(pending);
  progress.done();
  return { samples, dropped, seconds: (performance.now() - started) / 1000 };
}

/** Probes every subgraph's /healthz every 250 ms until stopped: how long each event loop is held. */
function probeHealth(): { stop(): Promise<Record<string, number[]>> } {
  const latencies: Record<string, number[]> = Object.fromEntries(subgraphs.map(({ name }) => [name, []]));
  let running = true;
  const loops = subgraphs.map(async ({ name }) => {
    while (running) {
      const started = performance.now();
      await fetch(`http://127.0.0.1:${ports[name]}/healthz`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(
        response => response.text(),
        () => undefined,
      );
      latencies[name].push(performance.now() - started);
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return latencies;
    },
  };
}

function report(title: string, run: { samples: Sample[]; dropped: number; seconds: number }): void {
  const { samples, dropped, seconds } = run;
  const statuses: Record<string, number> = {};
  for (const sample of samples) statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
  console.log(
    `\n${title}: ${samples.length} answered in ${seconds.toFixed(0)} s (${(samples.length / seconds).toFixed(1)} req/s), ${dropped} not sent (over ${MAX_IN_FLIGHT} in flight)`,
  );
  console.log(
    `  HTTP status: ${Object.entries(statuses)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ')}; answers with errors or no data: ${samples.filter(sample => !sample.ok).length}`,
  );
  const codes: Record<string, number> = {};
  for (const code of samples.flatMap(sample => sample.codes)) codes[code] = (codes[code] ?? 0) + 1;
  console.log(
    `  error codes: ${
      Object.entries(codes)
        .map(([code, count]) => `${code}: ${count}`)
        .join(', ') || 'none'
    }`,
  );
  console.log(`  all: ${latencyLine(samples.map(sample => sample.ms))}`);
  for (const kind of [...new Set(samples.map(sample => sample.kind))]) {
    const ofKind = samples.filter(sample => sample.kind === kind);
    console.log(
      `  ${kind.padEnd(16)} ${String(ofKind.length).padStart(5)}  ${latencyLine(ofKind.map(sample => sample.ms))}, errors ${ofKind.filter(sample => !sample.ok).length}`,
    );
  }
  // Admitted (200) beside refused (429/503): a refusal should come in milliseconds.
  for (const status of Object.keys(statuses)) {
    console.log(`  HTTP ${status}: ${latencyLine(samples.filter(sample => String(sample.status) === status).map(sample => sample.ms))}`);
  }
}

async function main(): Promise<void> {
  if (![rate, durationMs, overloadRate, overloadMs, portBase].every(value => Number.isFinite(value) && value >= 0))
    throw new Error('numeric options must be numbers ≥ 0');
  const dataDir = mkdtempSync(join(tmpdir(), 'load-'));
  console.log(`load: ${scale} data in ${dataDir}, steady ${rate} req/s for ${durationMs / 1000} s, then ${overloadRate} req/s for ${overloadMs / 1000} s`);
  const services = startServices(dataDir);
  try {
    const seeded = performance.now();
    // Seeding comes first (scripts/start.ts): a city seed on PostgreSQL takes many minutes.
    await waitReady(args['database-url'] ? 3_600_000 : 600_000);
    console.log(`services ready in ${((performance.now() - seeded) / 1000).toFixed(0)} s (seed included)`);
    const pids = servicePids(services.pid!);
    const mix = await realisticMix(generateTerritory(scale), request => signToken(request, tokenSettings), new Date());

    const idle = probeHealth();
    await new Promise(resolve => setTimeout(resolve, 5_000));
    const idleHealth = await idle.stop();

    const rss: { at: number; mb: Record<string, number> }[] = [];
    const sampleRss = () =>
      rss.push({
        at: Math.round((performance.now() - steadyStart) / 1000),
        mb: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssMb(pid)])),
      });
    const steadyStart = performance.now();
    sampleRss();
    const rssTimer = setInterval(sampleRss, Math.max(5_000, durationMs / 12));
    const busy = probeHealth();
    const steady = await drive(rate, durationMs, index => send(mix[index % mix.length]), 'steady');
    const busyHealth = await busy.stop();
    clearInterval(rssTimer);
    sampleRss();
    report(`steady mix at ${rate} req/s`, steady);

    console.log('\n/healthz latency per subgraph, idle → during the steady mix:');
    for (const { name } of subgraphs)
      console.log(`  ${name.padEnd(10)} idle ${latencyLine(idleHealth[name])}\n  ${''.padEnd(10)} busy ${latencyLine(busyHealth[name])}`);

    console.log('\nRSS (MB) over the steady mix:');
    const names = Object.keys(pids);
    console.log(`  ${'s'.padStart(5)} ${names.map(name => name.padStart(10)).join('')}`);
    for (const point of rss) console.log(`  ${String(point.at).padStart(5)} ${names.map(name => point.mb[name].toFixed(0).padStart(10)).join('')}`);

    if (overloadMs > 0 && overloadRate > 0) {
      // Many callers, so the per-caller rate limit alone does not decide it: the services' own limits must.
      const callers = await Promise.all(
        Array.from({ length: 200 }, async (_, index) => `Bearer ${await signToken({ subject: `load-caller-${index}`, roles: [Role.CITY_ADMIN] }, tokenSettings)}`),
      );
      const overload = await drive(overloadRate, overloadMs, index => send(mix[index % mix.length], callers[index % callers.length]), 'overload');
      report(`overload at ${overloadRate} req/s from ${callers.length} callers`, overload);
      console.log(
        `  RSS after (MB): ${Object.entries(pids)
          .map(([name, pid]) => `${name} ${rssMb(pid).toFixed(0)}`)
          .join(', ')}`,
      );
    }
  } finally {
    services.kill('SIGTERM');
    await new Promise(resolve => services.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
