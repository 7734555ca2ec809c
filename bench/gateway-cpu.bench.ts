/**
 * CPU per request of the gateway process alone, A/B: the five subgraphs start once, then each
 * gateway checkout given in `BENCH_GATEWAYS` (`label=/path/to/checkout`, comma-separated; default
 * this checkout) runs in turn, round after round (A B A B), over the same phases as the peers bench.
 * Each round starts the gateway afresh, warms it up, then times it; the figure is the CPU its process
 * tree used (from /proc) divided by the requests answered — robust on a shared machine, where req/s
 * is not. Both checkouts must hold the same supergraph and operations.
 *
 * Run: `BENCH_GATEWAYS=main=/tmp/base,new=. npm run bench:gateway`. Settings: `BENCH_ROUNDS` (2),
 * `BENCH_SECONDS` per phase (8), `BENCH_CLIENTS` (10), `BENCH_PHASES` a comma list of phase names
 * (all), `BENCH_PORT` first port (14060), `BENCH_PROFILE=gateway` (each gateway writes a V8 CPU
 * profile into the data directory on exit), `BENCH_GATEWAY_ENV` extra `NAME=value` pairs for the
 * gateways (`;`-separated, e.g. `GATEWAY_WORKERS=2`).
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';
import { generateTerritory } from '../kit/demo/territory';
import { projectRoot } from '../kit/project-root';
import { GATEWAY_NODE_FLAGS, subgraphNodeFlags, subgraphs } from '../schema/subgraphs';
import { benchEnvironment } from './support/environment';
import { seedIfEmpty } from './support/seed';
import { eachTime, runLoad, type Operation } from './support/load';
import { BUILDING_QUERY, COMMUNITY_QUERY } from './support/operations';
import { cpuMs, startProcess, waitUntilReady } from './support/processes';

const root = projectRoot();
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const clients = Number(process.env.BENCH_CLIENTS ?? 10);
const firstPort = Number(process.env.BENCH_PORT ?? 14060);
const profile = (process.env.BENCH_PROFILE ?? '').split(',').includes('gateway');
const phaseFilter = process.env.BENCH_PHASES?.split(',').filter(Boolean);
const gatewayEnv = Object.fromEntries(
  (process.env.BENCH_GATEWAY_ENV ?? '')
    .split(';')
    .filter(Boolean)
    .map(pair => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const gateways = (process.env.BENCH_GATEWAYS ?? `this=${root}`).split(',').map(entry => {
  const [label, dir] = entry.split('=');
  return { label, dir: resolve(dir) };
});
const SWC = ['-r', '@swc-node/register'];

async function main(): Promise<void> {
  const territory = generateTerritory('demo');
  const dataDir = join(tmpdir(), 'grassroots-bench-demo');
  mkdirSync(dataDir, { recursive: true });
  const env = benchEnvironment({ DATA_DIR: dataDir });
  for (const { name } of subgraphs) await seedIfEmpty(name, 'demo', { ...env, LOG_LEVEL: 'warn' });

  const subgraphPorts = Object.fromEntries(subgraphs.map(({ name }, index) => [name, firstPort + 1 + index]));
  const services = subgraphs.map(({ name }) =>
    startProcess(name, [...subgraphNodeFlags(name), ...SWC, join('subgraphs', name, 'index.ts')], { ...env, [`${name.toUpperCase()}_PORT`]: String(subgraphPorts[name]) }, root),
  );
  try {
    await Promise.all(subgraphs.map(({ name }) => waitUntilReady(`http://127.0.0.1:${subgraphPorts[name]}/readyz`, 300_000)));
    const authorization = `Bearer ${await signToken({ subject: 'bench', roles: [Role.CITY_ADMIN] }, tokenSettingsFromEnv(env))}`;
    const community = territory.communities.find(candidate => candidate.name === '文兴社区') ?? territory.communities[0];
    const buildings = territory.buildings;
    const dashboard = buildings.find(building => building.communityId === community.id) ?? buildings[0];
    const phases: { name: string; clients: number; operation: Operation }[] = [
      { name: 'building same id', clients, operation: eachTime(BUILDING_QUERY, () => ({ id: dashboard.id })) },
      { name: 'building varied ids', clients, operation: eachTime(BUILDING_QUERY, index => ({ id: buildings[(index * 7919) % buildings.length].id })) },
      { name: 'community alone', clients: 1, operation: eachTime(COMMUNITY_QUERY, () => ({ code: community.code })) },
    ].filter(phase => !phaseFilter || phaseFilter.some(name => phase.name.startsWith(name)));

    console.log('| round | gateway | phase | req/s | p95 ms | errors | gateway CPU ms / request | load avg |');
    console.log('|---|---|---|---|---|---|---|---|');
    const port = firstPort;
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let round = 1; round <= rounds; round += 1) {
      for (const { label, dir } of gateways) {
        const gateway = startProcess(
          'gateway',
          [...GATEWAY_NODE_FLAGS, ...(profile ? ['--cpu-prof', '--cpu-prof-dir', dataDir, '--cpu-prof-name', `gateway-${label}-${round}.cpuprofile`] : []), ...SWC, join(dir, 'gateway', 'index.ts')],
          {
            ...env,
            LOG_LEVEL: env.LOG_LEVEL ?? 'info',
            GATEWAY_PORT: String(port),
            RATE_LIMIT_PER_MINUTE: '1000000000',
            ...Object.fromEntries(subgraphs.map(({ name }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${subgraphPorts[name]}/graphql`])),
            ...gatewayEnv,
          },
          dir,
        );
        try {
          await waitUntilReady(`http://127.0.0.1:${port}/readyz`, 300_000);
          for (const phase of phases) {
            await runLoad(url, phase.operation, authorization, phase.clients, Math.min(3, seconds));
            const before = cpuMs(gateway.child.pid!);
            const load = await runLoad(url, phase.operation, authorization, phase.clients, seconds);
            const perRequest = (cpuMs(gateway.child.pid!) - before) / Math.max(1, load.requests);
            console.log(
              `| ${round} | ${label} | ${phase.name} | ${load.perSecond.toFixed(1)} | ${load.p95.toFixed(0)} | ${load.errors}/${load.requests} | ${perRequest.toFixed(2)} | ${loadavg()[0].toFixed(1)} |` +
                (load.firstError ? `\n  first error: ${load.firstError}` : ''),
            );
          }
        } finally {
          await gateway.stop();
        }
      }
    }
  } finally {
    await Promise.all(services.map(service => service.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
