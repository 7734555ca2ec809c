import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { plainRowsWhereIn } from './plain-rows';

@Entity()
class Household {
  @PrimaryKey()
  id!: string;

  @Property()
  room!: string;
}

/**
 * Rows read by key keep their values out of the SQL text (kit/orm/bound-reads.ts), so every lookup
 * of one shape is one statement text — the text a statement cache keeps — on libSQL and on
 * PostgreSQL alike; and such a read still runs inside the request's transaction.
 */
let database: TestDatabase;
const em = () => database.orm.em.fork() as EntityManager;
const rooms = (rows: readonly Household[]) => rows.map(row => row.room).sort();

beforeAll(async () => {
  database = await createTestDatabase('bound_reads', [Household]);
  await em().insertMany(Household, [
    { id: 'h-1', room: '101' },
    { id: 'h-2', room: '102' },
    { id: 'h-3', room: "10'3" },
  ]);
});
afterAll(() => database.close());

test('lookups by different keys send the database one SQL text that names none of them', async () => {
  const meta = database.orm.getMetadata().get<Household>(Household.name);
  const client = (em().getConnection().getKnex() as unknown as { client: { query: (connection: unknown, query: { sql: string }) => unknown } }).client;
  const sent = jest.spyOn(client, 'query');
  try {
    expect(rooms(await plainRowsWhereIn(em(), meta, 'id', ['h-1', 'h-2']))).toEqual(['101', '102']);
    expect(rooms(await plainRowsWhereIn(em(), meta, 'id', ['h-3', 'h-4']))).toEqual(["10'3"]);
    const [first, second] = sent.mock.calls.map(([, query]) => query.sql);
    expect(sent).toHaveBeenCalledTimes(2);
    expect(first).toContain('household');
    expect(first).not.toMatch(/h-\d/);
    expect(second).toBe(first);
  } finally {
    sent.mockRestore();
  }
});

test("a read inside a transaction sees the transaction's own writes", async () => {
  const meta = database.orm.getMetadata().get<Household>(Household.name);
  await em()
    .transactional(async trx => {
      await trx.insert(Household, { id: 'h-9', room: '909' });
      expect(rooms(await plainRowsWhereIn(trx as EntityManager, meta, 'id', ['h-9']))).toEqual(['909']);
      throw new Error('roll back');
    })
    .catch((error: Error) => expect(error.message).toBe('roll back'));
  expect(await plainRowsWhereIn(em(), meta, 'id', ['h-9'])).toEqual([]);
});
