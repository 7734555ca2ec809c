import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A caller's idempotency key (幂等键) and what its command answered: the unique key makes a retried
 * command answer as the first did instead of acting twice, even when the retries race.
 */
@Entity()
@Unique({ properties: ['callerId', 'idempotencyKey'] })
export class IdempotencyRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Token subject of the caller (a partner agency's account): keys are the caller's own. */
  @Property({ type: 'string' })
  callerId!: string;

  @Property({ type: 'string' })
  idempotencyKey!: string;

  /** The mutation the key was first used for. */
  @Property({ type: 'string' })
  operation!: string;

  /** SHA-256 of the input without its key: the same key with another input is refused. */
  @Property({ type: 'string' })
  contentHash!: string;

  /** The answer as row references (`recordedPayload`), written once the command ran; replayed from the rows as they are now. */
  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  @Property({ type: 'datetime' })
  receivedAt!: Date;
}
