import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { entitiesBy, entityById } from '../kit/loaders';
import { loadsManaged } from '../kit/orm/managed-loads';
import type { SubgraphFixture } from '../kit/testing/subgraph-fixture';
import type { BaseContext } from '../kit/context';
import { execute, type OperationResult } from '../kit/testing/execute';
import { createElderlyFixture } from '../subgraphs/elderly/test/elderly-fixture';
import { createGridsFixture } from '../subgraphs/grids/test/grids-fixture';
import { createMediationFixture } from '../subgraphs/mediation/test/mediation-fixture';
import { createPartyFixture } from '../subgraphs/party/test/party-fixture';
import { createPropertyFixture } from '../subgraphs/property/test/property-fixture';

/** What these tests need of a subgraph's fixture, whatever its context type. */
interface Subject {
  em(): EntityManager;
  close(): Promise<void>;
  /** Runs `query` with a bare context holding `em`: enough for what happens before execution. */
  run(query: string, em: EntityManager): Promise<OperationResult>;
}

function subject<TContext extends BaseContext>(fixture: SubgraphFixture<TContext>): Subject {
  return { em: () => fixture.em(), close: () => fixture.close(), run: (query, em) => execute(fixture.server.apollo, { em } as TContext, query) };
}

const subgraphs: [string, () => Promise<Subject>][] = [
  ['grids', async () => subject(await createGridsFixture())],
  ['party', async () => subject(await createPartyFixture())],
  ['property', async () => subject(await createPropertyFixture())],
  ['elderly', async () => subject(await createElderlyFixture())],
  ['mediation', async () => subject(await createMediationFixture())],
];

type Row = Record<string, unknown>;

/** The properties held in one column: what a plain row carries. */
function columnProps(meta: EntityMetadata): string[] {
  return meta.props.filter(prop => prop.persist !== false && prop.fieldNames?.length === 1).map(prop => prop.name);
}

function valuesOf(meta: EntityMetadata, entity: object): unknown[] {
  return columnProps(meta).map(name => [meta.className, name, (entity as Row)[name]]);
}

const byId = (a: object, b: object) => String((a as Row).id).localeCompare(String((b as Row).id));

/**
 * A query's loaders read plain rows (kit/loaders.ts, kit/orm/plain-rows.ts): for every seeded entity
 * of every subgraph, `entityById` and `entitiesBy` (on each `…Id` column) give objects of the entity's
 * class with exactly the values MikroORM's `em.find` gives for the same keys — and none of them in
 * the request's identity map. A mutation's loaders give managed entities: the subgraphs' command tests
 * check that what a command loads is changed and flushed.
 */
describe.each(subgraphs)('%s', (_name, createFixture) => {
  let fixture: Subject;
  beforeAll(async () => {
    fixture = await createFixture();
  });
  afterAll(() => fixture.close());

  const tables = () =>
    Object.values(fixture.em().getMetadata().getAll()).filter((meta: EntityMetadata) => !meta.abstract && !meta.embeddable && !meta.virtual && meta.primaryKeys.join() === 'id');

  test('entityById reads every seeded entity as em.find does, outside the identity map', async () => {
    let compared = 0;
    for (const meta of tables()) {
      const ids = (await fixture.em().getConnection().execute<Row[]>(`select id from ${meta.tableName} limit 3`)).map(row => String(row.id));
      if (ids.length === 0) continue;
      const em = fixture.em();
      expect(loadsManaged(em)).toBe(false);
      const plain = await entityById(em, meta.class as EntityClass<{ id: string }>).loadMany(ids);
      const managed = await fixture.em().find(meta.class, { id: { $in: ids } });
      expect(managed).toHaveLength(ids.length);
      for (const [index, id] of ids.entries()) {
        const expected = managed.find(entity => (entity as Row).id === id)!;
        expect(plain[index]).toBeInstanceOf(meta.class);
        expect(valuesOf(meta, plain[index] as object)).toEqual(valuesOf(meta, expected));
        expect(em.getUnitOfWork().getById(meta.className, id)).toBeUndefined();
        compared += 1;
      }
    }
    // Every subgraph seeds rows in more than a handful of tables from the tiny territory.
    expect(compared).toBeGreaterThan(6);
  });

  test('entitiesBy reads the rows of each …Id column as em.find does', async () => {
    let compared = 0;
    for (const meta of tables()) {
      for (const property of columnProps(meta).filter(name => name.endsWith('Id') && name !== 'id')) {
        const column = meta.properties[property].fieldNames[0];
        const keys = (await fixture.em().getConnection().execute<Row[]>(`select distinct ${column} as k from ${meta.tableName} where ${column} is not null limit 2`)).map(row => String(row.k));
        if (keys.length === 0) continue;
        const plain = (await entitiesBy(fixture.em(), meta.class as EntityClass<object>, property as never).loadMany(keys)) as object[][];
        const managed = await fixture.em().find(meta.class, { [property]: { $in: keys } });
        for (const [index, key] of keys.entries()) {
          const expected = managed.filter(entity => String((entity as Row)[property]) === key).sort(byId);
          expect([...plain[index]].sort(byId).map(entity => valuesOf(meta, entity))).toEqual(expected.map(entity => valuesOf(meta, entity)));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(3);
  });

  test('a mutation marks its request to load managed entities, a query does not', async () => {
    const [queryEm, mutationEm] = [fixture.em(), fixture.em()];
    expect((await fixture.run('{ __typename }', queryEm)).errors).toBeUndefined();
    expect((await fixture.run('mutation { __typename }', mutationEm)).errors).toBeUndefined();
    expect([loadsManaged(queryEm), loadsManaged(mutationEm)]).toEqual([false, true]);
  });
});
