import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { copyRows } from '../kit/orm/copy-rows';
import { withIndexesAfter } from '../kit/orm/deferred-indexes';
import { createTestDatabase, type TestDatabase } from '../kit/testing/test-database';

/**
 * The city seed on PostgreSQL writes with COPY and makes foreign keys and indexes after its rows
 * (issue #14). COPY must write exactly the rows `em.insertMany` writes — text that needs escaping,
 * nulls, JSON, dates, a property's default — and the schema after the load must be the one before.
 */

@Entity({ tableName: 'load_parent' })
class LoadParent {
  @PrimaryKey({ type: 'string' })
  id!: string;
}

@Entity({ tableName: 'load_row' })
class LoadRow {
  @PrimaryKey({ type: 'string' })
  id!: string;

  @ManyToOne({ entity: () => LoadParent, mapToPk: true, fieldName: 'parent_id' })
  parentId!: string;

  @Property({ type: 'string', nullable: true, index: true })
  note!: string | null;

  @Property({ type: 'json' })
  tags!: unknown;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'integer', default: 7 })
  count?: number;

  @Property({ type: 'string', defaultRaw: `'from the column'` })
  label?: string;
}

const serverUrl = process.env.TEST_DATABASE_URL;

(serverUrl ? describe : describe.skip)('bulk load on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('bulk_load', [LoadParent, LoadRow]);
  });
  afterAll(() => database.close());

  const fork = () => database.orm.em.fork() as EntityManager;

  it('COPY writes the rows insertMany writes: escaped text, nulls, JSON, dates and defaults', async () => {
    const em = fork();
    await em.insertMany(LoadParent, [{ id: 'p' }]);
    const rows = [
      { parentId: 'p', note: 'tab\there, new\nline, return\r, back\\slash \\N, 引号 "q" \'s\'', tags: ['a', 'b\tc'], at: new Date('2026-03-04T05:06:07.089Z'), count: 3 },
      { parentId: 'p', note: null, tags: { nested: { list: [1, null, 'x\\y'] } }, at: new Date('2026-01-01T00:00:00Z') },
      { parentId: 'p', note: '', tags: [], at: new Date(0), count: 0 },
    ];
    expect(await copyRows(em, LoadRow, rows.map((row, index) => ({ ...row, id: `copy-${index}` })))).toBe(true);
    await em.insertMany(LoadRow, rows.map((row, index) => ({ ...row, id: `insert-${index}` })));
    const read = async (prefix: string) =>
      (await em.execute(`select parent_id, note, tags::text, at, count from load_row where id like '${prefix}-%' order by id`)) as unknown[];
    const copied = await read('copy');
    expect(copied).toEqual(await read('insert'));
    expect(copied).toHaveLength(3);
    expect((copied[1] as { count: number }).count).toBe(7);
  });

  it('leaves to insertMany rows of which some leave out a property that has only a column default', async () => {
    const em = fork();
    const rows = [
      { id: 'labelled', parentId: 'p', note: null, tags: [], at: new Date(), label: 'given' },
      { id: 'unlabelled', parentId: 'p', note: null, tags: [], at: new Date() },
    ];
    expect(await copyRows(em, LoadRow, rows)).toBe(false);
    expect(await em.count(LoadRow, { id: { $in: ['labelled', 'unlabelled'] } })).toBe(0);
    await em.insertMany(LoadRow, rows);
    const [row] = (await em.execute(`select label from load_row where id = 'unlabelled'`)) as { label: string }[];
    expect(row.label).toBe('from the column');
  });

  /** Inside a transaction, through it (`em.execute`): the dropped indexes' locks would hold any other connection. */
  const schemaOf = async (em: EntityManager) =>
    (await em.execute(
      `select pg_get_indexdef(indexrelid) as definition from pg_index where indrelid in ('load_row'::regclass, 'load_parent'::regclass)
       union all select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where conrelid = 'load_row'::regclass
       order by 1`,
    )) as { definition: string }[];

  it('loads without foreign keys and secondary indexes, and makes them again as they were', async () => {
    const em = fork();
    const before = await schemaOf(em);
    expect(before.some(({ definition }) => definition.includes('FOREIGN KEY'))).toBe(true);
    expect(before.some(({ definition }) => definition.includes('(note)'))).toBe(true);
    let during: { definition: string }[] = [];
    await em.transactional(async tx => {
      await withIndexesAfter(tx as EntityManager, async () => {
        during = await schemaOf(tx as EntityManager);
      });
    });
    expect(during.some(({ definition }) => definition.includes('FOREIGN KEY') || definition.includes('(note)'))).toBe(false);
    expect(during.some(({ definition }) => definition.includes('PRIMARY KEY'))).toBe(true);
    expect(await schemaOf(em)).toEqual(before);
  });

  it('leaves the loaded tables with statistics for the planner', async () => {
    const em = fork();
    const statistics = async () =>
      Number(((await em.execute(`select count(*) as columns from pg_stats where tablename = 'load_parent'`)) as { columns: string }[])[0].columns);
    await em.transactional(async tx => {
      await withIndexesAfter(tx as EntityManager, async () => {
        await copyRows(tx as EntityManager, LoadParent, Array.from({ length: 50 }, (_, index) => ({ id: `analysed-${index}` })));
      });
    });
    // One row of statistics per column of the table (it has one).
    expect(await statistics()).toBe(1);
  });

  it('a load that fails leaves the foreign keys and indexes in place', async () => {
    const em = fork();
    const before = await schemaOf(em);
    await expect(
      em.transactional(tx => withIndexesAfter(tx as EntityManager, () => Promise.reject(new Error('the load failed')))),
    ).rejects.toThrow('the load failed');
    expect(await schemaOf(em)).toEqual(before);
  });

  it('checks the foreign keys it makes again: a row without its parent fails the load', async () => {
    const em = fork();
    await expect(
      em.transactional(tx => withIndexesAfter(tx as EntityManager, async () => {
        await copyRows(tx as EntityManager, LoadRow, [{ id: 'orphan', parentId: 'nobody', note: null, tags: [], at: new Date() }]);
      })),
    ).rejects.toThrow(/foreign key/);
    expect(await em.count(LoadRow, { id: 'orphan' })).toBe(0);
  });
});
