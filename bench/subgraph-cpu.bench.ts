/**
 * CPU per building request of the grids and party subgraphs alone, without a gateway: each
 * subgraph gets its share of `BUILDING_QUERY` (what the gateway's plan sends it) for `BENCH_REQUESTS`
 * buildings one after another, and the CPU its process used is read from /proc. Sequential, so a
 * busy machine changes the wall time but hardly the CPU per request — the figure the issue's
 * targets are set in (grids ≤ 5 ms, party ≤ 2 ms). Then grids' and party's shares of the headline
 * community query (`BENCH_COMMUNITY_REQUESTS`, default 5, one after another; target: the whole query
 * ≤ 250 ms). Party's share is sent as one `_entities` request holding every community, compound,
 * building and household of grids' answer (the gateway's plan sends them in one fetch per path).
 * `BENCH_REVEAL=1` asks for residents' names with a reveal reason, so each answer also writes its
 * audit entries. Run: `npm run bench:subgraphs` (after `npm run bench:peers` seeded the bench data,
 * or it seeds it).
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { tokenSettingsFromEnv } from '../kit/config';
import { generateTerritory } from '../kit/demo/territory';
import type { Scale } from '../kit/demo/types';
import { projectRoot } from '../kit/project-root';
import { subgraphNodeFlags } from '../schema/subgraphs';
import { seedIfEmpty } from './support/seed';
import { emptyAuditTrails } from './support/audit-trails';
import { benchEnvironment } from './support/environment';
import { post } from './support/load';
import { buildingEntities, communityEntities, gridsShares, PARTY, PARTY_COMMUNITY, type BuildingAnswer, type CommunityAnswer } from './support/subgraph-shares';
import { cpuMs, startProcess, waitUntilReady } from './support/processes';

const root = projectRoot();
const scale = (process.env.BENCH_SCALE ?? 'demo') as Scale;
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const firstPort = Number(process.env.BENCH_PORT ?? 14060);
const SWC = ['-r', '@swc-node/register'];
const profiled = process.env.BENCH_PROFILE?.split(',').filter(Boolean) ?? [];
const communityRequests = Number(process.env.BENCH_COMMUNITY_REQUESTS ?? 5);
const { GRIDS, GRIDS_COMMUNITY } = gridsShares(process.env.BENCH_REVEAL === '1');

async function main(): Promise<void> {
  const territory = generateTerritory(scale);
  const dataDir = join(tmpdir(), `grassroots-bench-${scale}`);
  mkdirSync(dataDir, { recursive: true });
  const env = benchEnvironment({ DATA_DIR: dataDir });
  for (const name of ['grids', 'party']) await seedIfEmpty(name, scale, { ...env, LOG_LEVEL: 'warn' });
  emptyAuditTrails(dataDir, ['grids', 'party']);

  const ports = { grids: firstPort + 1, party: firstPort + 2 };
  const services = (['grids', 'party'] as const).map(name =>
    startProcess(
      name,
      [...subgraphNodeFlags(name), ...(profiled.includes(name) ? ['--cpu-prof', '--cpu-prof-dir', dataDir] : []), ...SWC, join('subgraphs', name, 'index.ts')],
      { ...env, [`${name.toUpperCase()}_PORT`]: String(ports[name]) },
      root,
    ),
  );
  try {
    await Promise.all(Object.values(ports).map(port => waitUntilReady(`http://127.0.0.1:${port}/readyz`, 120_000)));
    const authorization = `Bearer ${await signToken({ subject: 'bench', roles: [Role.CITY_ADMIN] }, tokenSettingsFromEnv(env))}`;
    const agent = new Agent({ keepAlive: true });
    const buildings = territory.buildings;
    const send = async (index: number) => {
      const building = buildings[(index * 7919) % buildings.length];
      const grids = await post(
        agent,
        new URL(`http://127.0.0.1:${ports.grids}/graphql`),
        JSON.stringify({ query: GRIDS, variables: { id: building.id } }),
        authorization,
      );
      const answer = JSON.parse(grids.text) as BuildingAnswer;
      if (answer.errors) throw new Error(grids.text.slice(0, 300));
      const representations = buildingEntities(building.id, answer);
      const party = await post(
        agent,
        new URL(`http://127.0.0.1:${ports.party}/graphql`),
        JSON.stringify({ query: PARTY, variables: { representations } }),
        authorization,
      );
      if (party.text.includes('"errors":')) throw new Error(party.text.slice(0, 300));
      return { grids: grids.text.length, party: party.text.length };
    };
    // Warm-up: JIT, statement caches.
    for (let index = 0; index < 50; index += 1) await send(requests + index);
    const before = services.map(service => cpuMs(service.child.pid!));
    const started = performance.now();
    let bytes = { grids: 0, party: 0 };
    for (let index = 0; index < requests; index += 1) {
      const sizes = await send(index);
      bytes = { grids: bytes.grids + sizes.grids, party: bytes.party + sizes.party };
    }
    const wall = performance.now() - started;
    const [grids, party] = services.map((service, index) => (cpuMs(service.child.pid!) - before[index]) / requests);
    console.log(
      `${requests} buildings (${scale}), one after another: grids ${grids.toFixed(2)} ms CPU per request (${(bytes.grids / requests / 1024).toFixed(1)} KiB), party ${party.toFixed(2)} ms (${(bytes.party / requests / 1024).toFixed(1)} KiB); wall ${(wall / requests).toFixed(1)} ms per building`,
    );
    if (communityRequests > 0) {
      const community = territory.communities.find(candidate => candidate.name === '文兴社区') ?? territory.communities[0];
      const gridsUrl = new URL(`http://127.0.0.1:${ports.grids}/graphql`);
      const partyUrl = new URL(`http://127.0.0.1:${ports.party}/graphql`);
      const first = await post(agent, gridsUrl, JSON.stringify({ query: GRIDS_COMMUNITY, variables: { code: community.code } }), authorization);
      if (first.text.includes('"errors":')) throw new Error(first.text.slice(0, 300));
      const representations = communityEntities(JSON.parse(first.text) as CommunityAnswer);
      const partyBody = JSON.stringify({ query: PARTY_COMMUNITY, variables: { representations } });
      const shares = [
        { name: 'grids', url: gridsUrl, body: JSON.stringify({ query: GRIDS_COMMUNITY, variables: { code: community.code } }), service: services[0] },
        { name: 'party', url: partyUrl, body: partyBody, service: services[1] },
      ];
      for (const share of shares) {
        const sendShare = async () => {
          const answer = await post(agent, share.url, share.body, authorization);
          if (answer.text.includes('"errors":')) throw new Error(answer.text.slice(0, 300));
          return answer.text.length;
        };
        await sendShare();
        const cpuBefore = cpuMs(share.service.child.pid!);
        const shareStarted = performance.now();
        let shareBytes = 0;
        for (let index = 0; index < communityRequests; index += 1) shareBytes += await sendShare();
        const shareWall = (performance.now() - shareStarted) / communityRequests;
        const shareCpu = (cpuMs(share.service.child.pid!) - cpuBefore) / communityRequests;
        console.log(
          `${communityRequests} × ${share.name === 'grids' ? "grids'" : "party's"} share of the community query (${community.name}${share.name === 'party' ? `, ${representations.length} entities` : ''}), one after another: ${share.name} ${shareCpu.toFixed(0)} ms CPU per request (${(shareBytes / communityRequests / 1024).toFixed(0)} KiB); wall ${shareWall.toFixed(0)} ms`,
        );
      }
    }
    agent.destroy();
  } finally {
    await Promise.all(services.map(service => service.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
