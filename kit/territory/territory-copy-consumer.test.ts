import type { EntityManager } from '@mikro-orm/knex';
import { v4 as uuidv4 } from 'uuid';
import type { DomainEvent } from '../events/domain-event';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { TerritoryLevel, TerritoryPlace, type PlaceData } from './territory-copy';
import { territoryCopyConsumer } from './territory-copy-consumer';
import { placeRemoved, placeUpserted } from './territory-events';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('territory_events', [TerritoryPlace]);
});
afterAll(() => database.close());

const [subdistrictId, communityId, compoundId, buildingId, householdA, householdB, gridId] = Array.from({ length: 7 }, () => uuidv4());
const resident = (id: string, householdId: string): PlaceData => ({
  id, level: TerritoryLevel.RESIDENT, subdistrictId, communityId, compoundId, buildingId, householdId, gridId,
});

let sequence = 0;
function delivered(event: { type: string; aggregateId: string; payload: unknown }): DomainEvent {
  sequence += 1;
  return { ...event, stream: 'grids', sequence, occurredAt: new Date(), requestId: null };
}

async function apply(events: DomainEvent[]): Promise<void> {
  await (database.orm.em.fork() as EntityManager).transactional((tx) => territoryCopyConsumer.handle(tx, events));
}

const row = (id: string) => (database.orm.em.fork() as EntityManager).findOne(TerritoryPlace, { id });

test('a place registered then moved within one batch is stored once, where it ended up', async () => {
  const id = uuidv4();
  await apply([delivered(placeUpserted(resident(id, householdA))), delivered(placeUpserted(resident(id, householdB)))]);
  expect(await row(id)).toMatchObject({ level: 'RESIDENT', householdId: householdB, buildingId, gridId });
});

test('a removal deletes the place; an upsert after it in the same batch brings it back', async () => {
  const gone = uuidv4();
  const back = uuidv4();
  await apply([delivered(placeUpserted(resident(gone, householdA))), delivered(placeUpserted(resident(back, householdA)))]);
  await apply([
    delivered(placeRemoved({ id: gone, level: TerritoryLevel.RESIDENT })),
    delivered(placeRemoved({ id: back, level: TerritoryLevel.RESIDENT })),
    delivered(placeUpserted(resident(back, householdB))),
  ]);
  expect(await row(gone)).toBeNull();
  expect(await row(back)).toMatchObject({ householdId: householdB });
});

test.each([
  ['a malformed id', { id: 'not-a-uuid' }, /id is not a UUID/],
  ['an unknown level', { level: 'GALAXY' }, /unknown level GALAXY/],
  ['a malformed ancestor', { householdId: '1; drop table territory' }, /householdId is not a UUID/],
])('%s is refused before anything is written', async (_case, change, message) => {
  const id = uuidv4();
  const place = { ...resident(id, householdA), ...change };
  await expect(apply([delivered({ type: 'territory.place.upserted', aggregateId: id, payload: place })])).rejects.toThrow(message);
  expect(await row(id)).toBeNull();
});
