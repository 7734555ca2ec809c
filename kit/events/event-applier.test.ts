import type { EntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import { v4 as uuidv4 } from 'uuid';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { TerritoryLevel, TerritoryPlace, type PlaceData } from '../territory/territory-copy';
import { territoryCopyConsumer } from '../territory/territory-copy-consumer';
import { PLACE_UPSERTED } from '../territory/territory-events';
import { eventConsumer, type DomainEvent, type EventConsumer } from './domain-event';
import { consumerEntities } from './entities';
import { EventApplier } from './event-applier';
import { EventCheckpoint } from './event-checkpoint.entity';
import { ParkedEvent } from './parked-event.entity';

const log = pino({ level: 'silent' });
const subdistrictId = uuidv4();

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('events', [TerritoryPlace, ...consumerEntities]);
});
afterAll(() => database.close());

const em = () => database.orm.em.fork() as EntityManager;

/** A `territory.place.upserted` of a fresh subdistrict-level place at `sequence`. */
function upsert(sequence: number, place: Partial<PlaceData> = {}): DomainEvent {
  const id = place.id ?? uuidv4();
  return {
    stream: 'grids', sequence, type: PLACE_UPSERTED, aggregateId: id, occurredAt: new Date(), requestId: null,
    payload: { id, level: TerritoryLevel.SUBDISTRICT, subdistrictId, communityId: null, compoundId: null, buildingId: null, householdId: null, gridId: null, ...place },
  };
}

/** The territory consumer under its own name, recording the sequences each handler call received. */
function recording(name: string, fail: (event: DomainEvent, attempt: number) => boolean = () => false) {
  const calls: number[][] = [];
  const attempts = new Map<number, number>();
  const consumer: EventConsumer = {
    ...territoryCopyConsumer,
    name,
    handle: async (tx, events) => {
      calls.push(events.map((event) => event.sequence));
      for (const event of events) {
        const attempt = (attempts.get(event.sequence) ?? 0) + 1;
        attempts.set(event.sequence, attempt);
        if (fail(event, attempt)) throw new Error(`handler failed on ${event.sequence}`);
      }
      await territoryCopyConsumer.handle(tx, events);
    },
  };
  return { consumer, calls, attempts };
}

async function stored(ids: readonly string[]): Promise<string[]> {
  const rows = await em().find(TerritoryPlace, { id: { $in: [...ids] } });
  return rows.map((row) => row.id).sort();
}

test('applies in order with the checkpoint; a redelivered or replayed event changes nothing', async () => {
  const { consumer, calls } = recording('in-order');
  const applier = new EventApplier(database.orm, consumer, log);
  expect(await applier.checkpoint()).toBe(0);
  const events = [1, 2, 3, 4, 5].map((sequence) => upsert(sequence));
  expect(await applier.apply(events.slice(0, 3))).toEqual({ sequence: 3, gap: false });
  // 2 and 3 again (a redelivery), then 4 and 5: only 4 and 5 reach the handler.
  expect(await applier.apply([events[3], events[1], events[4], events[2]])).toEqual({ sequence: 5, gap: false });
  expect(await applier.apply(events)).toEqual({ sequence: 5, gap: false });
  expect(calls).toEqual([[1, 2, 3], [4, 5]]);
  expect(await stored(events.map((event) => event.aggregateId))).toEqual(events.map((event) => event.aggregateId).sort());
  expect(await em().findOneOrFail(EventCheckpoint, { consumer: 'in-order' })).toMatchObject({ stream: 'grids', sequence: 5 });
  expect(applier.status()).toMatchObject({ sequence: 5, applied: 5, parked: 0, eventsBehind: 0, secondsBehind: 0 });
});

test('an event after a missing one is not applied until the missing one comes', async () => {
  const { consumer, calls } = recording('gap');
  const applier = new EventApplier(database.orm, consumer, log);
  await applier.checkpoint();
  const events = [1, 2, 3].map((sequence) => upsert(sequence));
  expect(await applier.apply([events[1], events[2]])).toEqual({ sequence: 0, gap: true });
  expect(calls).toEqual([]);
  expect(applier.status()).toMatchObject({ sequence: 0, head: 3, eventsBehind: 3 });
  expect(await applier.apply(events)).toEqual({ sequence: 3, gap: false });
  expect(calls).toEqual([[1, 2, 3]]);
});

test('a poison event is parked after the attempts run out, with its error; the ones after it flow', async () => {
  const { consumer, calls, attempts } = recording('poison');
  const applier = new EventApplier(database.orm, consumer, log, { maxAttempts: 3, retryDelayMs: 1 });
  await applier.checkpoint();
  const events = [upsert(1), upsert(2), upsert(3, { level: 'GALAXY' as TerritoryLevel }), upsert(4), upsert(5)];
  expect(await applier.apply(events)).toEqual({ sequence: 5, gap: false });
  // The batch failed as a whole (the handler validates 3), so each went alone; 3 three times.
  expect(calls[0]).toEqual([1, 2, 3, 4, 5]);
  expect(calls.slice(1)).toEqual([[1], [2], [3], [3], [3], [4], [5]]);
  expect(attempts.get(3)).toBe(4);
  const parked = await em().find(ParkedEvent, { consumer: 'poison' });
  expect(parked).toEqual([expect.objectContaining({ sequence: 3, stream: 'grids', type: PLACE_UPSERTED, attempts: 3, error: expect.stringContaining('unknown level GALAXY') })]);
  const good = [events[0], events[1], events[3], events[4]].map((event) => event.aggregateId);
  expect(await stored([...good, events[2].aggregateId])).toEqual(good.sort());
  expect(applier.status()).toMatchObject({ sequence: 5, parked: 1, applied: 4 });
});

test('a handler that fails twice and then succeeds is applied once, not parked; the failed tries left nothing behind', async () => {
  const { consumer } = recording('transient', (event, attempt) => event.sequence === 2 && attempt <= 2);
  const applier = new EventApplier(database.orm, consumer, log, { maxAttempts: 3, retryDelayMs: 1 });
  await applier.checkpoint();
  const events = [upsert(1), upsert(2), upsert(3)];
  expect(await applier.apply(events)).toEqual({ sequence: 3, gap: false });
  expect(await em().count(ParkedEvent, { consumer: 'transient' })).toBe(0);
  expect(await stored(events.map((event) => event.aggregateId))).toEqual(events.map((event) => event.aggregateId).sort());
});

test('the lag: events behind the newest the transport has seen, and the age of the oldest not applied', async () => {
  const { consumer } = recording('lag');
  const applier = new EventApplier(database.orm, consumer, log);
  await applier.checkpoint();
  const old = { ...upsert(1), occurredAt: new Date(Date.now() - 60_000) };
  await applier.apply([old]);
  applier.noteHead(4);
  const status = applier.status();
  expect(status).toMatchObject({ sequence: 1, head: 4, eventsBehind: 3 });
  expect(status.secondsBehind).toBeGreaterThanOrEqual(60);
  await applier.apply([upsert(2), upsert(3), upsert(4)]);
  expect(applier.status()).toMatchObject({ eventsBehind: 0, secondsBehind: 0 });
});

test('eventConsumer: each type to its handler, in order; other types move the checkpoint without a call', async () => {
  const seen: string[] = [];
  const consumer = eventConsumer('by-type', 'mediation', {
    'mediation-case.agreed': async (_tx, event) => void seen.push(`agreed ${event.aggregateId}`),
    'mediation-case.closed': async (_tx, event) => void seen.push(`closed ${event.aggregateId}`),
  });
  expect(consumer.types).toEqual(['mediation-case.agreed', 'mediation-case.closed']);
  const applier = new EventApplier(database.orm, consumer, log);
  await applier.checkpoint();
  const event = (sequence: number, type: string, aggregateId: string): DomainEvent => ({ stream: 'mediation', sequence, type, aggregateId, payload: {}, occurredAt: new Date(), requestId: null });
  await applier.apply([event(1, 'mediation-case.opened', 'c1'), event(2, 'mediation-case.agreed', 'c1'), event(3, 'mediation-case.session-held', 'c2'), event(4, 'mediation-case.closed', 'c1')]);
  expect(seen).toEqual(['agreed c1', 'closed c1']);
  expect(applier.status()).toMatchObject({ sequence: 4, applied: 4 });
});
