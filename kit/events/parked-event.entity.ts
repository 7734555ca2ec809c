import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event a consumer's handler kept failing on (a poison event): kept here with its last error
 * after the attempts ran out, so the rest of the stream flows on and an operator can look at it.
 * Parking advances the checkpoint in the same transaction.
 */
@Entity({ tableName: 'event_parked' })
export class ParkedEvent {
  @PrimaryKey({ type: 'string', length: 100 })
  consumer!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  sequence!: number;

  @Property({ type: 'string', length: 100 })
  stream!: string;

  @Property({ type: 'string', length: 100 })
  type!: string;

  @Property({ type: 'string', length: 64 })
  aggregateId!: string;

  @Property({ type: 'text' })
  payload!: string;

  @Property({ type: 'text' })
  error!: string;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'datetime' })
  parkedAt!: Date;
}
