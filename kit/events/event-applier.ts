import { LockMode, type MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DomainEvent, EventConsumer } from './domain-event';
import { EventCheckpoint } from './event-checkpoint.entity';
import { ParkedEvent } from './parked-event.entity';

export interface ApplierOptions {
  /** Tries of one failing event before it is parked (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the second try; doubles each time (default 100 ms). */
  readonly retryDelayMs?: number;
}

/** What a consumer has done and how far behind it is: `/readyz` details and the log lines. */
export interface ConsumerStatus {
  readonly consumer: string;
  readonly stream: string;
  /** Last sequence applied (or parked). */
  readonly sequence: number;
  /** Newest sequence the transport has seen in the stream; null until it has looked. */
  readonly head: number | null;
  readonly eventsBehind: number;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  readonly secondsBehind: number;
  /** Events this process applied (handled or skipped) since it started. */
  readonly applied: number;
  /** Events this process parked since it started. */
  readonly parked: number;
  /** The last error that stopped progress (transport or database), cleared by the next progress. */
  readonly lastError: string | null;
}

/** Outcome of `apply`: how far the checkpoint got, and whether an earlier event is still missing. */
export interface ApplyResult {
  readonly sequence: number;
  /** The first event offered comes after a sequence not applied yet (another replica holds it, or it was lost): nothing was applied. */
  readonly gap: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The transport-independent half of a consumer: applies events in sequence order with the
 * checkpoint in the same transaction (a sequence at or below the checkpoint is skipped; one beyond
 * the next expected is not applied before the ones in between), retries a failing event on its own
 * and parks it after `maxAttempts`, and keeps the figures for the lag. Both transports drive it.
 */
export class EventApplier {
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly types: ReadonlySet<string>;
  private sequence = 0;
  private occurredAt: Date | null = null;
  private head: number | null = null;
  /** When the oldest event seen but not applied happened. */
  private pendingSince: Date | null = null;
  private applied = 0;
  private parked = 0;
  private lastError: string | null = null;

  constructor(
    private readonly orm: MikroORM,
    readonly consumer: EventConsumer,
    private readonly log: Logger,
    options: ApplierOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 100;
    this.types = new Set(consumer.types);
  }

  private created = false;

  /** The stored checkpoint (creating it at 0 the first time). */
  async checkpoint(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    if (!this.created) {
      await em.createQueryBuilder(EventCheckpoint)
        .insert({ consumer: this.consumer.name, stream: this.consumer.stream, sequence: 0, occurredAt: null, appliedAt: new Date() })
        .onConflict('consumer').ignore().execute();
      this.created = true;
    }
    const row = await em.findOneOrFail(EventCheckpoint, { consumer: this.consumer.name });
    this.sequence = row.sequence;
    this.occurredAt = row.occurredAt;
    return row.sequence;
  }

  /** What the transport knows of the stream's newest sequence. */
  noteHead(head: number): void {
    this.head = head;
    if (head <= this.sequence) this.pendingSince = null;
  }

  /** Records an error that stops progress (the transport keeps trying). */
  noteError(error: unknown): void {
    this.lastError = error instanceof Error ? error.message : String(error);
  }

  status(): ConsumerStatus {
    const eventsBehind = Math.max(0, (this.head ?? this.sequence) - this.sequence);
    const since = eventsBehind > 0 ? (this.pendingSince ?? this.occurredAt) : null;
    return {
      consumer: this.consumer.name,
      stream: this.consumer.stream,
      sequence: this.sequence,
      head: this.head,
      eventsBehind,
      secondsBehind: since ? Math.max(0, Math.round((Date.now() - since.getTime()) / 100) / 10) : 0,
      applied: this.applied,
      parked: this.parked,
      lastError: this.lastError,
    };
  }

  /**
   * Applies the events (in any order, duplicates allowed) that continue the checkpoint without a
   * gap: all of them in one transaction, or, when that fails, one by one, parking an event whose
   * handler fails `maxAttempts` times. Throws only when the database itself refuses (nothing then
   * moved past the last commit); the transport retries later.
   */
  async apply(offered: readonly DomainEvent[]): Promise<ApplyResult> {
    // The transport reached the stream: its last error is over.
    this.lastError = null;
    const sorted = [...offered].sort((a, b) => a.sequence - b.sequence);
    let expected = this.sequence + 1;
    const run: DomainEvent[] = [];
    for (const event of sorted) {
      if (event.sequence < expected) continue;
      if (event.sequence > expected) break;
      run.push(event);
      expected += 1;
    }
    const newest = sorted.at(-1);
    if (newest && (this.head === null || newest.sequence > this.head)) this.head = newest.sequence;
    if (run.length === 0) {
      const gap = !!newest && newest.sequence > this.sequence;
      if (gap) this.pendingSince = sorted.find((event) => event.sequence > this.sequence)?.occurredAt ?? this.pendingSince;
      return { sequence: this.sequence, gap };
    }
    this.pendingSince ??= run[0].occurredAt;
    try {
      await this.commit(run);
    } catch (error) {
      this.log.warn({ consumer: this.consumer.name, from: run[0].sequence, to: run.at(-1)!.sequence, err: error }, 'event batch failed; applying one by one');
      for (const event of run) await this.applyOne(event);
    }
    const next = sorted.find((event) => event.sequence > this.sequence);
    this.pendingSince = next?.occurredAt ?? null;
    return { sequence: this.sequence, gap: false };
  }

  private async applyOne(event: DomainEvent): Promise<void> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        await this.commit([event]);
        return;
      } catch (error) {
        lastError = error;
        if (attempt < this.maxAttempts) await sleep(this.retryDelayMs * 2 ** (attempt - 1));
      }
    }
    await this.park(event, lastError);
  }

  /** Runs the handler on the events it wants and moves the checkpoint, in one transaction. */
  private async commit(events: readonly DomainEvent[]): Promise<void> {
    const last = events.at(-1)!;
    const [fresh, count] = await (this.orm.em.fork() as EntityManager).transactional(async (tx): Promise<[EventCheckpoint, number]> => {
      const checkpoint = await this.lockCheckpoint(tx);
      // Another replica may have applied some meanwhile: take only what still follows the checkpoint.
      const pending = events.filter((event) => event.sequence > checkpoint.sequence);
      if (pending.length === 0 || pending[0].sequence !== checkpoint.sequence + 1) return [checkpoint, 0];
      const wanted = pending.filter((event) => this.types.has(event.type));
      if (wanted.length > 0) await this.consumer.handle(tx, wanted);
      checkpoint.sequence = last.sequence;
      checkpoint.occurredAt = last.occurredAt;
      checkpoint.appliedAt = new Date();
      return [checkpoint, pending.length];
    });
    this.sequence = fresh.sequence;
    this.occurredAt = fresh.occurredAt;
    this.applied += count;
  }

  private async park(event: DomainEvent, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await (this.orm.em.fork() as EntityManager).transactional(async (tx) => {
      const checkpoint = await this.lockCheckpoint(tx);
      if (checkpoint.sequence !== event.sequence - 1) return;
      tx.persist(Object.assign(new ParkedEvent(), {
        consumer: this.consumer.name,
        sequence: event.sequence,
        stream: event.stream,
        type: event.type,
        aggregateId: event.aggregateId,
        payload: JSON.stringify(event.payload),
        error: message.slice(0, 2000),
        attempts: this.maxAttempts,
        parkedAt: new Date(),
      }));
      checkpoint.sequence = event.sequence;
      checkpoint.occurredAt = event.occurredAt;
      checkpoint.appliedAt = new Date();
    });
    this.sequence = event.sequence;
    this.occurredAt = event.occurredAt;
    this.parked += 1;
    this.log.error(
      { consumer: this.consumer.name, stream: event.stream, sequence: event.sequence, type: event.type, attempts: this.maxAttempts, err: error },
      'event parked: its handler kept failing; the stream goes on',
    );
  }

  /** The checkpoint row, locked against other replicas until commit (PostgreSQL; libSQL has one writer). */
  private lockCheckpoint(tx: EntityManager): Promise<EventCheckpoint> {
    const lockMode = tx.getPlatform() instanceof PostgreSqlPlatform ? LockMode.PESSIMISTIC_WRITE : undefined;
    return tx.findOneOrFail(EventCheckpoint, { consumer: this.consumer.name }, { lockMode, refresh: true });
  }
}
