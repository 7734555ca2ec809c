/**
 * The 15-minute circle at scale: seeds the elderly subgraph, then asks communities' circles through
 * the real schema, one community per request, and prints the SQL statements and time per request.
 * `demo`: the whole demo district. `city`: Datong's size — every community, compound and service
 * point of the city, but households, residents and elders only in its eight largest communities
 * (seeding 2.29M residents on a shared machine takes hours; a circle reads one community's elders and
 * the points around them, so those are what must be at city size). Run:
 *   node -r @swc-node/register bench/service-circle.bench.ts [demo|city]
 * (with TEST_DATABASE_URL set, on PostgreSQL).
 */
import 'reflect-metadata';
import { requestInfo } from '../kit/context';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import { generateTerritory } from '../kit/demo/territory';
import type { Scale } from '../kit/demo/types';
import { createSubgraphServer } from '../kit/subgraph';
import { execute } from '../kit/testing/execute';
import { createTestDatabase } from '../kit/testing/test-database';
import { cityAdmin } from '../kit/testing/viewers';
import { elderlyEntities } from '../subgraphs/elderly/entities';
import { ElderProfile } from '../subgraphs/elderly/elder-profile/elder-profile.entity';
import { seedElderly } from '../subgraphs/elderly/seed';
import { elderlySubgraph } from '../subgraphs/elderly/server';

/** Communities with elders at city scale: the largest, by buildings. */
const CITY_SAMPLE = 8;
const CIRCLE = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Community { serviceCircle(kind: MEAL_POINT) { elders covered coverageRate } } } }`;

async function main(): Promise<void> {
  const scale = (process.argv[2] ?? 'demo') as Scale;
  const whole = generateTerritory(scale);
  const buildingsPer = new Map<string, number>();
  for (const building of whole.buildings) buildingsPer.set(building.communityId, (buildingsPer.get(building.communityId) ?? 0) + 1);
  const sampled = scale === 'city'
    ? new Set([...buildingsPer.entries()].sort((a, b) => b[1] - a[1]).slice(0, CITY_SAMPLE).map(([id]) => id))
    : new Set(whole.communities.map((community) => community.id));
  const territory = { ...whole, buildings: whole.buildings.filter((building) => sampled.has(building.communityId)) };
  const database = await createTestDatabase('bench', elderlyEntities);
  try {
    const seeding = performance.now();
    await database.orm.em.fork().transactional((em) => seedElderly(em as EntityManager, territory));
    const elders = await database.orm.em.fork().count(ElderProfile, {});
    console.log(`seeded ${scale}: ${territory.communities.length} communities, ${territory.compounds.length} compounds, ${elders} elders in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    const log = pino({ level: 'silent' });
    const server = await createSubgraphServer(elderlySubgraph, database.orm, log);
    const rows: { elders: number; statements: number; ms: number }[] = [];
    let covered = 0;
    const points = await database.orm.em.fork().getConnection().execute('select count(*) as n from service_point');
    console.log(`${Number(points[0].n)} service points; circles of ${sampled.size} communities`);
    for (const community of territory.communities.filter((candidate) => sampled.has(candidate.id))) {
      const context = elderlySubgraph.createContext(database.orm.em.fork() as EntityManager, requestInfo(cityAdmin, 'bench', log));
      database.queryLog.reset();
      const started = performance.now();
      const result = await execute(server.apollo, context, CIRCLE, { representations: [{ __typename: 'Community', id: community.id }] });
      const ms = performance.now() - started;
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const circle = (result.data as { _entities: { serviceCircle: { covered: number; elders: number } }[] })._entities[0].serviceCircle;
      covered += circle.covered;
      rows.push({ elders: circle.elders, statements: database.queryLog.count, ms });
    }
    rows.sort((a, b) => a.elders - b.elders);
    const statements = [...new Set(rows.map((row) => row.statements))];
    const times = rows.map((row) => row.ms).sort((a, b) => a - b);
    console.log(`meal-point circle, one community per request: ${statements.join('/')} SQL statements for every community `
      + `(${rows[0].elders}–${rows[rows.length - 1].elders} elders); median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, `
      + `max ${times[times.length - 1].toFixed(1)} ms; largest community ${rows[rows.length - 1].ms.toFixed(1)} ms; district coverage ${(covered / elders * 100).toFixed(1)}%`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
