import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { producerEntities } from './entities';
import { OutboxEvent } from './outbox-event.entity';
import { recordEvent, recordEvents } from './record-event';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('outbox', producerEntities);
});
afterAll(() => database.close());

const em = () => database.orm.em.fork() as EntityManager;
const sequences = async () => (await em().find(OutboxEvent, {}, { orderBy: { sequence: 'asc' } })).map((row) => row.sequence);
const event = (n: number) => ({ type: 'test.happened', aggregateId: `a-${n}`, payload: { n } });

test('events outside a transaction are refused: they could not roll back with the change', async () => {
  await expect(recordEvent(em(), 'r', event(0))).rejects.toThrow(/inside em.transactional/);
  expect(await sequences()).toEqual([]);
});

test('a transaction that fails after writing its events leaves no event', async () => {
  await expect(em().transactional(async (tx) => {
    await recordEvents(tx, 'r-1', [event(1), event(2)]);
    throw new Error('the change failed after its events were written');
  })).rejects.toThrow(/failed after/);
  expect(await sequences()).toEqual([]);
});

test('sequences continue without gaps, across calls in one transaction and across transactions, also when they run at once', async () => {
  await em().transactional(async (tx) => {
    await recordEvent(tx, 'r-2', event(1));
    await recordEvents(tx, 'r-2', [event(2), event(3)]);
  });
  await Promise.all(Array.from({ length: 8 }, (_, index) => em().transactional((tx) => recordEvents(tx, `r-${index}`, [event(index), event(index)]))));
  expect(await sequences()).toEqual(Array.from({ length: 19 }, (_, index) => index + 1));
  const [first] = await em().find(OutboxEvent, { sequence: 1 });
  expect(first).toMatchObject({ type: 'test.happened', aggregateId: 'a-1', payload: '{"n":1}', requestId: 'r-2', publishedAt: null });
});
