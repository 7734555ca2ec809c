import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far one consumer has applied its producer's stream, in the consumer's own database. Written in
 * the same transaction as the changes the events made, so a redelivered or replayed event (sequence
 * at or below this one) changes nothing: exactly once in effect.
 */
@Entity({ tableName: 'event_checkpoint' })
export class EventCheckpoint {
  /** The consumer's name (`territory-copy`). */
  @PrimaryKey({ type: 'string', length: 100 })
  consumer!: string;

  @Property({ type: 'string', length: 100 })
  stream!: string;

  /** Last sequence applied (or parked); 0 before the first. */
  @Property({ type: 'integer' })
  sequence: number = 0;

  /** When the producer committed that event, for the lag in seconds. */
  @Property({ type: 'datetime', nullable: true })
  occurredAt: Date | null = null;

  @Property({ type: 'datetime' })
  appliedAt!: Date;
}
