import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The transactional outbox of a producing subgraph (DESIGN: domain events): one row per event,
 * written by `recordEvent` in the same transaction as the change it reports. The sequence is the
 * stream position consumers keep as their checkpoint; `publishedAt` is set by the JetStream relay
 * once NATS acknowledged the row (the embedded feed reads rows whether published or not).
 */
@Entity({ tableName: 'outbox_event' })
// The relay's query, `published_at is null order by sequence limit n`: an index range scan, not a
// sort of every unpublished row (a backlog of a hundred thousand rows made that quadratic).
@Index({ properties: ['publishedAt', 'sequence'] })
export class OutboxEvent {
  /** 1, 2, 3 … without gaps, assigned under a lock so rows commit in sequence order. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  sequence!: number;

  @Property({ type: 'string', length: 100 })
  type!: string;

  @Property({ type: 'string', length: 64 })
  aggregateId!: string;

  /** JSON of ids and codes. */
  @Property({ type: 'text' })
  payload!: string;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId: string | null = null;

  /** When the relay's publish was acknowledged by JetStream; null while it waits. */
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;
}
