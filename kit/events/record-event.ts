import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { NewEvent } from './domain-event';
import { OutboxEvent } from './outbox-event.entity';

/** Key of the advisory lock that orders outbox writers on PostgreSQL (one lock per database: one outbox per database). */
const OUTBOX_LOCK = 'outbox_event';

/**
 * Writes events into the outbox inside the caller's transaction (`em.transactional(tx => …)`), so
 * they commit with the change they report or roll back with it: nothing is published that did not
 * happen. Sequences continue the outbox without gaps. On PostgreSQL an advisory lock, held until
 * commit, makes concurrent writers take turns, so rows become visible in sequence order and a reader
 * that has seen sequence n has seen everything before it (embedded libSQL has one writer anyway).
 * The rows are inserted at once, so later events of the same transaction follow them.
 */
export async function recordEvents(tx: EntityManager, requestId: string | null, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (!tx.isInTransaction()) throw new Error('recordEvents must run inside em.transactional, with the change it reports');
  if (tx.getPlatform() instanceof PostgreSqlPlatform) await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [OUTBOX_LOCK]);
  const [{ last }] = await tx.execute<{ last: number | string | null }[]>(`select max(sequence) as last from ${tx.getMetadata().get(OutboxEvent.name).tableName}`);
  const first = Number(last ?? 0) + 1;
  const occurredAt = new Date();
  await tx.insertMany(OutboxEvent, events.map((event, index) => ({
    sequence: first + index,
    type: event.type,
    aggregateId: event.aggregateId,
    payload: JSON.stringify(event.payload),
    occurredAt,
    requestId,
    publishedAt: null,
  })));
}

/** `recordEvents` for one event. */
export function recordEvent(tx: EntityManager, requestId: string | null, event: NewEvent): Promise<void> {
  return recordEvents(tx, requestId, [event]);
}
