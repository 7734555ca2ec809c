import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { MikroORM } from '@mikro-orm/core';
import pino from 'pino';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { generateTerritory } from '../kit/demo/territory';
import type { RunningService } from '../kit/http/service';
import { databaseLocationFromEnv, openDatabase, type DatabaseLocation } from '../kit/orm/orm-options';
import { createSubgraphServer } from '../kit/subgraph';
import { Compound } from '../subgraphs/grids/compound/compound.entity';
import { District } from '../subgraphs/grids/district/district.entity';
import { Household } from '../subgraphs/grids/household/household.entity';
import { seedGrids } from '../subgraphs/grids/seed';
import { gridsSubgraph } from '../subgraphs/grids/server';
import { freshNationalId } from './support/domain-event-scenario';
import { testTokenSettings } from './support/supergraph';

/**
 * Read replicas (`DATABASE_REPLICA_URLS`, MikroORM's `replicas`): a query reads from a replica, a
 * mutation reads and writes on the primary, its payload included. The "replica" here is a second
 * database holding a visibly different copy of the same rows, so every answer shows which server
 * gave it. PostgreSQL only: libSQL has no replicas.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const onPostgres = serverUrl ? describe : describe.skip;

function databaseOn(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

test('replica URLs and pool settings come from the environment', () => {
  const env = {
    DATABASE_URL: 'postgres://app@primary:5432/postgres',
    DATABASE_REPLICA_URLS: 'postgres://app@standby-1:5432/postgres, postgres://app@standby-2:5432/postgres',
    DATABASE_POOL_MIN: '0',
    DATABASE_POOL_MAX: '25',
    DATABASE_POOL_IDLE_MS: '5000',
  };
  expect(databaseLocationFromEnv('grids', env)).toEqual({
    kind: 'postgresql',
    url: 'postgres://app@primary:5432/grassroots_grids',
    replicaUrls: ['postgres://app@standby-1:5432/grassroots_grids', 'postgres://app@standby-2:5432/grassroots_grids'],
    pool: { min: 0, max: 25, idleTimeoutMs: 5000 },
  });
  // One subgraph's own replicas are full URLs, like its own database URL.
  expect(databaseLocationFromEnv('party', { ...env, PARTY_DATABASE_REPLICA_URLS: 'postgres://app@party-standby/party' })).toMatchObject({
    replicaUrls: ['postgres://app@party-standby/party'],
  });
  expect(() => databaseLocationFromEnv('grids', { ...env, DATABASE_POOL_MAX: 'ten' })).toThrow('DATABASE_POOL_MAX must be an integer ≥ 1, got "ten"');
  expect(() => databaseLocationFromEnv('grids', { ...env, DATABASE_POOL_MIN: '30' })).toThrow('DATABASE_POOL_MIN (30) must not exceed DATABASE_POOL_MAX (25)');
});

onPostgres('with a read replica', () => {
  const territory = generateTerritory('tiny');
  const names = { primary: `test_replica_primary_${randomUUID().slice(0, 8)}`, replica: `test_replica_copy_${randomUUID().slice(0, 8)}` };
  const settings = testTokenSettings();
  let primary: MikroORM;
  let replica: MikroORM;
  let orm: MikroORM;
  let service: RunningService;

  async function seeded(name: string): Promise<MikroORM> {
    const database = await openDatabase({ ...gridsSubgraph, location: { kind: 'postgresql', url: databaseOn(serverUrl!, name) } });
    await database.em.fork().transactional(em => seedGrids(em as EntityManager, territory));
    return database;
  }

  beforeAll(async () => {
    [primary, replica] = await Promise.all([seeded(names.primary), seeded(names.replica)]);
    // The copy differs where the answers below look: the district's name, every compound's and grid's code.
    await replica.em.fork().nativeUpdate(District, {}, { name: '副本区' });
    await replica.em.getConnection().execute(`update compound set code = 'REPLICA-' || code`);
    await replica.em.getConnection().execute(`update grid set code = 'REPLICA-' || code`);
    const location: DatabaseLocation = {
      kind: 'postgresql',
      url: databaseOn(serverUrl!, names.primary),
      replicaUrls: [databaseOn(serverUrl!, names.replica)],
    };
    orm = await openDatabase({ ...gridsSubgraph, location });
    const server = await createSubgraphServer(gridsSubgraph, orm, pino({ level: 'silent' }));
    service = await server.listen(0, settings);
  }, 120_000);

  afterAll(async () => {
    await service?.close();
    await orm?.close(true);
    for (const [name, database] of [
      [names.primary, primary],
      [names.replica, replica],
    ] as const) {
      if (!database) continue;
      await database.schema.dropDatabase(name);
      await database.close(true);
    }
  });

  async function post(query: string, variables?: Record<string, unknown>) {
    const token = await signToken({ subject: 'replica-test', roles: [Role.CITY_ADMIN] }, settings);
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  }

  it('answers a query from the replica: rows by id and windowed pages', async () => {
    const community = territory.communities[0];
    const compound = territory.compounds.filter(candidate => candidate.communityId === community.id).sort((a, b) => a.code.localeCompare(b.code))[0];
    const answer = await post(
      `query ($code: String, $community: ID) {
        district(code: $code) { name }
        community(id: $community) { compounds(first: 1, orderBy: { field: CODE, direction: ASC }) { edges { node { code } } } }
      }`,
      { code: territory.district.code, community: community.id },
    );
    expect(answer).toEqual({ data: { district: { name: '副本区' }, community: { compounds: { edges: [{ node: { code: `REPLICA-${compound.code}` } }] } } } });
  });

  it('reads and writes a mutation on the primary, its payload included', async () => {
    const building = territory.buildings[0];
    const compound = territory.compounds.find(candidate => candidate.id === building.compoundId)!;
    const answer = await post(
      `mutation ($input: RegisterHouseholdInput!) {
        registerHousehold(input: $input) { household { id code grid { code } residents { totalCount } } }
      }`,
      {
        input: {
          buildingId: building.id,
          unit: 1,
          room: `${building.floors}77`,
          residents: [{ name: '测试户主', nationalId: freshNationalId(), isHead: true }],
        },
      },
    );
    // The code is made from the compound's as the command read it, and the payload is read after the
    // command committed: both the primary's, not the copy's.
    expect(answer.errors).toBeUndefined();
    const household = answer.data.registerHousehold.household;
    const grid = territory.grids.find(candidate => candidate.id === building.gridId)!;
    expect(household).toEqual({
      id: expect.any(String),
      code: `${compound.code}-${building.number}-1-${building.floors}77`,
      grid: { code: grid.code },
      residents: { totalCount: 1 },
    });
    expect(await primary.em.fork().count(Household, { id: household.id })).toBe(1);
    expect(await replica.em.fork().count(Household, { id: household.id })).toBe(0);
    // The copy still differs from the primary: the test above saw the replica, not a mirror.
    expect((await replica.em.fork().findOneOrFail(Compound, { id: compound.id })).code).toBe(`REPLICA-${compound.code}`);
  });
});
