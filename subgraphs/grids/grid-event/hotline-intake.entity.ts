import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A partner agency's idempotency key (幂等键) and what it created: the unique key makes a retried
 * intake return the first result instead of a second event, even when the retries race.
 */
@Entity()
@Unique({ properties: ['agencyId', 'idempotencyKey'] })
export class HotlineIntake {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Token subject of the partner agency. */
  @Property({ type: 'string' })
  agencyId!: string;

  @Property({ type: 'string' })
  idempotencyKey!: string;

  /** SHA-256 of the request's content: the same key with other content is a CONFLICT. */
  @Property({ type: 'string' })
  contentHash!: string;

  @Property({ type: 'uuid', index: true })
  eventId!: string;

  @Property({ type: 'datetime' })
  receivedAt!: Date;
}
