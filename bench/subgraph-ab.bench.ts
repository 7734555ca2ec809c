/**
 * CPU per request of grids and party from two source trees, **side by side** — for a change too
 * small to show between runs on a shared machine. `BENCH_A` and `BENCH_B` are source trees (`BENCH_B`
 * defaults to this one; e.g. `git worktree add --detach /tmp/main main` for `BENCH_A`, with its
 * `node_modules` linked). All four processes run at once on the bench data of `npm run
 * bench:subgraphs`, and each building (then each community request) goes to A and to B in turn,
 * the order alternating, so both sides meet the same load: compare A with B within one run. Their
 * answers must be equal, or the bench stops. `BENCH_REQUESTS` buildings (default 300),
 * `BENCH_COMMUNITY_REQUESTS` of each share of the community query (default 10); ports from
 * `BENCH_PORT` + 10. Both sides run with this tree's V8 flags for each subgraph (`nodeFlags` in
 * schema/subgraphs.ts), so a code change is compared under the same heap; `BENCH_A_NODE_FLAGS` /
 * `BENCH_B_NODE_FLAGS` (space-separated, empty for none) replace them for one side, to compare
 * flags with `BENCH_A` set to this tree. Each process's peak RSS is printed at the end;
 * `BENCH_REVEAL=1` asks for residents' names with a reveal reason, so each grids answer also writes
 * its audit entries (both sides append to the same trail). `BENCH_FROM_DIST=1` runs each tree's
 * compiled `dist/` (`npx tsc -p tsconfig.build.json` first), as `npm start` and the image do: the
 * swc loader adds 65–80 MB of RSS to a subgraph run from source.
 * Run: `BENCH_A=/tmp/main npm run bench:subgraphs-ab`.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';
import { generateTerritory } from '../kit/demo/territory';
import { projectRoot } from '../kit/project-root';
import { subgraphNodeFlags } from '../schema/subgraphs';
import { emptyAuditTrails } from './support/audit-trails';
import { benchEnvironment } from './support/environment';
import { post } from './support/load';
import { cpuMs, peakRssMiB, startProcess, waitUntilReady, type BenchProcess } from './support/processes';
import { buildingEntities, communityEntities, gridsShares, PARTY, PARTY_COMMUNITY, type BuildingAnswer, type CommunityAnswer } from './support/subgraph-shares';

const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const communityRequests = Number(process.env.BENCH_COMMUNITY_REQUESTS ?? 10);
const firstPort = Number(process.env.BENCH_PORT ?? 14060) + 10;
const fromDist = process.env.BENCH_FROM_DIST === '1';
const trees = { A: process.env.BENCH_A ?? '', B: process.env.BENCH_B ?? projectRoot() };
const { GRIDS, GRIDS_COMMUNITY } = gridsShares(process.env.BENCH_REVEAL === '1');
const SIDES = ['A', 'B'] as const;
type Side = (typeof SIDES)[number];
const SUBGRAPHS = ['grids', 'party'] as const;
type Subgraph = (typeof SUBGRAPHS)[number];

/** The V8 flags one side's `subgraph` starts with: this tree's, or the side's override. */
function nodeFlags(side: Side, subgraph: Subgraph): readonly string[] {
  const override = process.env[`BENCH_${side}_NODE_FLAGS`];
  if (override !== undefined) return override.split(/\s+/).filter(Boolean);
  return subgraphNodeFlags(subgraph);
}

/** A then B on even rounds, B then A on odd ones. */
const inTurn = (round: number): readonly Side[] => (round % 2 === 0 ? SIDES : [...SIDES].reverse());

async function main(): Promise<void> {
  if (!existsSync(join(trees.A, 'subgraphs'))) throw new Error('BENCH_A must be a source tree (e.g. a worktree of main with node_modules linked)');
  const dataDir = join(tmpdir(), 'grassroots-bench-demo');
  if (!existsSync(join(dataDir, 'grids.seeded')) || !existsSync(join(dataDir, 'party.seeded'))) throw new Error(`no bench data in ${dataDir}: run npm run bench:subgraphs first`);
  const territory = generateTerritory('demo');
  const env = benchEnvironment({ DATA_DIR: dataDir });
  emptyAuditTrails(dataDir, ['grids', 'party']);

  const services = new Map<string, { process: BenchProcess; url: URL }>();
  let port = firstPort;
  for (const side of SIDES) {
    for (const subgraph of SUBGRAPHS) {
      const own = port++;
      const script = fromDist ? [join('dist', 'subgraphs', subgraph, 'index.js')] : ['-r', '@swc-node/register', join('subgraphs', subgraph, 'index.ts')];
      const child = startProcess(`${subgraph} ${side}`, [...nodeFlags(side, subgraph), ...script], { ...env, [`${subgraph.toUpperCase()}_PORT`]: String(own) }, trees[side]);
      services.set(`${subgraph} ${side}`, { process: child, url: new URL(`http://127.0.0.1:${own}/graphql`) });
    }
  }
  const service = (subgraph: Subgraph, side: Side) => services.get(`${subgraph} ${side}`)!;
  const cpu = () => new Map([...services].map(([key, { process }]) => [key, cpuMs(process.child.pid!)]));
  try {
    await Promise.all([...services.values()].map(({ url }) => waitUntilReady(new URL('/readyz', url).toString(), 180_000)));
    const authorization = `Bearer ${await signToken({ subject: 'bench', roles: [Role.CITY_ADMIN] }, tokenSettingsFromEnv(env))}`;
    const agent = new Agent({ keepAlive: true });
    const ask = async (subgraph: Subgraph, side: Side, body: string) => {
      const { text } = await post(agent, service(subgraph, side).url, body, authorization);
      if (text.includes('"errors":')) throw new Error(`${subgraph} ${side}: ${text.slice(0, 300)}`);
      return text;
    };
    const building = async (side: Side, index: number) => {
      const { id } = territory.buildings[(index * 7919) % territory.buildings.length];
      const grids = await ask('grids', side, JSON.stringify({ query: GRIDS, variables: { id } }));
      const representations = buildingEntities(id, JSON.parse(grids) as BuildingAnswer);
      return grids + (await ask('party', side, JSON.stringify({ query: PARTY, variables: { representations } })));
    };
    /** CPU ms per request of each process over `rounds` rounds of `work`. */
    const measure = async (rounds: number, work: (side: Side, round: number) => Promise<unknown>) => {
      const before = cpu();
      for (let round = 0; round < rounds; round += 1) for (const side of inTurn(round)) await work(side, round);
      const after = cpu();
      const load = loadavg()[0].toFixed(1);
      const perRequest = (subgraph: Subgraph) => SIDES.map(side => `${side} ${((after.get(`${subgraph} ${side}`)! - before.get(`${subgraph} ${side}`)!) / rounds).toFixed(2)}`).join(', ');
      return `grids ${perRequest('grids')}; party ${perRequest('party')} ms CPU per request (load ${load})`;
    };

    // Warm-up (JIT, statement caches), checking that both sides answer alike.
    for (let index = 0; index < 50; index += 1) {
      const [a, b] = [await building('A', requests + index), await building('B', requests + index)];
      if (a !== b) throw new Error(`A and B answer building ${requests + index} differently`);
    }
    console.log(`${requests} buildings, A and B in turn: ${await measure(requests, building)}`);

    if (communityRequests > 0) {
      const community = territory.communities.find(candidate => candidate.name === '文兴社区') ?? territory.communities[0];
      const gridsBody = JSON.stringify({ query: GRIDS_COMMUNITY, variables: { code: community.code } });
      const partyBody = JSON.stringify({ query: PARTY_COMMUNITY, variables: { representations: communityEntities(JSON.parse(await ask('grids', 'A', gridsBody)) as CommunityAnswer) } });
      const both = async (side: Side) => (await ask('grids', side, gridsBody)) + (await ask('party', side, partyBody));
      if ((await both('A')) !== (await both('B'))) throw new Error('A and B answer the community query differently');
      console.log(`${communityRequests} × the community query's shares (${community.name}), A and B in turn: ${await measure(communityRequests, both)}`);
    }
    agent.destroy();
    const peaks = (subgraph: Subgraph) => SIDES.map(side => `${side} ${peakRssMiB(service(subgraph, side).process.child.pid!).toFixed(0)}`).join(', ');
    console.log(`peak RSS MiB: grids ${peaks('grids')}; party ${peaks('party')} (flags: ${SIDES.map(side => `${side} [${SUBGRAPHS.map(subgraph => nodeFlags(side, subgraph).join(' ')).join(' | ')}]`).join(', ')})`);
  } finally {
    await Promise.all([...services.values()].map(({ process }) => process.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
