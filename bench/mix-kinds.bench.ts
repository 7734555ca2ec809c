/**
 * What each kind of request in the realistic mix (`bench/support/mix.ts`) costs every process: the
 * five subgraphs and our gateway, started as `bench:peers` starts them, on its bench data; then
 * `BENCH_REQUESTS` (300) of each kind one after another, twice (the first pass warms up, the second
 * is the one to read): wall ms and CPU ms per request of each process. This is where the mix's time
 * goes, kind by kind, before any load: which subgraph to work on. `BENCH_PORT` first port (14160),
 * `BENCH_KINDS` a comma list of kinds (all), `BENCH_PROFILE` a process (`grids`, …, `gateway`) that
 * writes a V8 CPU profile into the data directory on exit. `BENCH_DATA_DIR` another data directory
 * (seeded when empty), e.g. to compare two trees' schemas.
 * Run: `npm run bench:mix-kinds`.
 */
import 'reflect-metadata';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';
import { generateTerritory } from '../kit/demo/territory';
import { projectRoot } from '../kit/project-root';
import { GATEWAY_NODE_FLAGS, subgraphNodeFlags, subgraphs } from '../schema/subgraphs';
import { emptyAuditTrails } from './support/audit-trails';
import { seedIfEmpty } from './support/seed';
import { benchEnvironment } from './support/environment';
import { post } from './support/load';
import { realisticMix } from './support/mix';
import { cpuMs, startProcess, waitUntilReady, type BenchProcess } from './support/processes';

const root = projectRoot();
const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const firstPort = Number(process.env.BENCH_PORT ?? 14160);
const kinds = process.env.BENCH_KINDS?.split(',').filter(Boolean);
const profiled = process.env.BENCH_PROFILE;
const dataDir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'grassroots-bench-demo');
const SWC = ['-r', '@swc-node/register'];

async function main(): Promise<void> {
  const env = benchEnvironment({ DATA_DIR: dataDir });
  for (const { name } of subgraphs) await seedIfEmpty(name, 'demo', { ...env, LOG_LEVEL: 'warn' });
  emptyAuditTrails(dataDir, subgraphs.map(({ name }) => name));
  const profile = (name: string) => (profiled === name ? ['--cpu-prof', '--cpu-prof-dir', dataDir] : []);
  const ports = Object.fromEntries(subgraphs.map(({ name }, index) => [name, firstPort + 1 + index]));
  const processes: BenchProcess[] = subgraphs.map(({ name }) =>
    startProcess(name, [...subgraphNodeFlags(name), ...profile(name), ...SWC, join('subgraphs', name, 'index.ts')], { ...env, [`${name.toUpperCase()}_PORT`]: String(ports[name]) }, root),
  );
  processes.push(
    startProcess(
      'gateway',
      [...GATEWAY_NODE_FLAGS, ...profile('gateway'), ...SWC, join('gateway', 'index.ts')],
      {
        ...env,
        GATEWAY_PORT: String(firstPort),
        RATE_LIMIT_PER_MINUTE: '1000000000',
        ...Object.fromEntries(subgraphs.map(({ name }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`])),
      },
      root,
    ),
  );
  try {
    await Promise.all([...subgraphs.map(({ name }) => `http://127.0.0.1:${ports[name]}/readyz`), `http://127.0.0.1:${firstPort}/readyz`].map(url => waitUntilReady(url, 300_000)));
    const mix = await realisticMix(generateTerritory('demo'), request => signToken(request, tokenSettingsFromEnv(env)), new Date());
    const url = new URL(`http://127.0.0.1:${firstPort}/graphql`);
    const agent = new Agent({ keepAlive: true });
    console.log(`| pass | kind | wall ms | ${processes.map(each => `${each.name} CPU ms`).join(' | ')} | load avg |`);
    console.log(`|---|---|---|${processes.map(() => '---|').join('')}---|`);
    for (const pass of [1, 2]) {
      for (const kind of [...new Set(mix.map(request => request.kind))].filter(each => !kinds || kinds.includes(each))) {
        const ofKind = mix.filter(request => request.kind === kind);
        const before = processes.map(each => cpuMs(each.child.pid!));
        const started = performance.now();
        for (let index = 0; index < requests; index += 1) {
          const { query, variables, authorization } = ofKind[index % ofKind.length];
          const { status, text } = await post(agent, url, JSON.stringify({ query, variables }), authorization);
          if (status !== 200 || text.includes('"errors":')) throw new Error(`${kind}: HTTP ${status} ${text.slice(0, 300)}`);
        }
        const wall = (performance.now() - started) / requests;
        const cpu = processes.map((each, index) => ((cpuMs(each.child.pid!) - before[index]) / requests).toFixed(2));
        console.log(`| ${pass} | ${kind} | ${wall.toFixed(2)} | ${cpu.join(' | ')} | ${loadavg()[0].toFixed(1)} |`);
      }
    }
    agent.destroy();
  } finally {
    await Promise.all(processes.map(each => each.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
