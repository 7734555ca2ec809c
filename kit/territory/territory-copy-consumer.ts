import type { EntityManager } from '@mikro-orm/knex';
import type { DomainEvent, EventConsumer } from '../events/domain-event';
import { storePlaces, TerritoryPlace, type PlaceData } from './territory-copy';
import { checkPlace, checkRemoved, PLACE_REMOVED, PLACE_UPSERTED, TERRITORY_STREAM } from './territory-events';

/**
 * Applies territory events in order: runs of upserts go to `storePlaces` together (the last state
 * of each place wins), a removal deletes the place.
 */
async function applyTerritoryEvents(tx: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  let upserts = new Map<string, PlaceData>();
  const flush = async () => {
    if (upserts.size > 0) await storePlaces(tx, [...upserts.values()]);
    upserts = new Map();
  };
  for (const event of events) {
    if (event.type === PLACE_UPSERTED) {
      const place = checkPlace(event.payload);
      upserts.delete(place.id);
      upserts.set(place.id, place);
    } else if (event.type === PLACE_REMOVED) {
      const { id } = checkRemoved(event.payload);
      await flush();
      await tx.nativeDelete(TerritoryPlace, { id });
    }
  }
  await flush();
}

/**
 * Keeps a service subgraph's `territory` table current from the grids subgraph's territory events
 * (DESIGN: territory ancestry): list it in the subgraph's definition, `consumes: [territoryCopyConsumer]`,
 * with `consumerEntities` beside `TerritoryPlace` in its entities. The seed fills the table; this
 * follows every change after it; `npm run sync-territory` stays the full-pass repair.
 */
export const territoryCopyConsumer: EventConsumer = {
  name: 'territory-copy',
  stream: TERRITORY_STREAM,
  types: [PLACE_UPSERTED, PLACE_REMOVED],
  handle: applyTerritoryEvents,
};
