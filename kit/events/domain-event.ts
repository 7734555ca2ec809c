import type { EntityManager } from '@mikro-orm/knex';

/**
 * One fact a subgraph publishes for others (DESIGN: domain events), as a consumer receives it.
 * The payload carries ids and codes only, never personal data.
 */
export interface DomainEvent<TPayload = unknown> {
  /** The producing subgraph's name: one stream per producer (`grids`, `mediation` …). */
  readonly stream: string;
  /** Position in the producer's outbox: 1, 2, 3 … with no gaps, in commit order. */
  readonly sequence: number;
  /** What happened, `<aggregate>.<fact>` (`territory.place.upserted`, `grid-event.reported`). */
  readonly type: string;
  /** Id of the thing it happened to. */
  readonly aggregateId: string;
  readonly payload: TPayload;
  /** When the producer committed it. */
  readonly occurredAt: Date;
  /** Request id of the command that caused it (links a consumer's log line to the producer's). */
  readonly requestId: string | null;
}

/** An event as a command records it; the outbox adds stream, sequence and time. */
export interface NewEvent<TPayload = unknown> {
  readonly type: string;
  readonly aggregateId: string;
  readonly payload: TPayload;
}

/**
 * Applies events inside the consumer's transaction. `tx` is that transaction: everything written
 * through it commits together with the consumer's checkpoint, or not at all. Events come in
 * sequence order, usually several at once (a replay applies pages of hundreds); when a batch fails
 * it is retried one event at a time, so a handler need not care which it gets.
 */
export type EventHandler = (tx: EntityManager, events: readonly DomainEvent[]) => Promise<void>;

/**
 * A consumer of one producer's stream, listed in the consuming subgraph's definition
 * (`SubgraphDefinition.consumes`). Its checkpoint lives in the consumer's own database.
 */
export interface EventConsumer {
  /** Unique in the consuming subgraph and stable: the checkpoint's key and, with the subgraph's name, the durable consumer's (`territory-copy`, `party_territory-copy`). */
  readonly name: string;
  /** The producing subgraph whose stream it reads. */
  readonly stream: string;
  /** Event types it acts on; the others advance its checkpoint without calling `handle`. */
  readonly types: readonly string[];
  readonly handle: EventHandler;
}

/** One handler per event type, applied in sequence order: the usual way to write `handle`. */
export function byType(handlers: Readonly<Record<string, (tx: EntityManager, event: DomainEvent) => Promise<void>>>): EventHandler {
  return async (tx, events) => {
    for (const event of events) await handlers[event.type]?.(tx, event);
  };
}

/** A consumer that calls `handlers[type]` for each event of those types, in order. */
export function eventConsumer(
  name: string,
  stream: string,
  handlers: Readonly<Record<string, (tx: EntityManager, event: DomainEvent) => Promise<void>>>,
): EventConsumer {
  return { name, stream, types: Object.keys(handlers), handle: byType(handlers) };
}
