import type { MikroORM } from '@mikro-orm/core';
import type { EventApplier } from './event-applier';

/** Something a transport keeps running until the service stops. */
export interface Runner {
  /** Finishes the batch in hand (its checkpoint commits, or it is left for redelivery), then stops. */
  stop(): Promise<void>;
}

/** What the relay reports for `/readyz`. */
export interface RelayStatus {
  readonly stream: string;
  /** Outbox rows not yet acknowledged by the broker. */
  readonly unpublished: number;
  readonly lastError: string | null;
}

/**
 * How events travel from a producer's outbox to its consumers (DESIGN: domain events): NATS
 * JetStream when `NATS_URL` is set, the embedded feed through the gateway otherwise. Both deliver
 * into an `EventApplier`, so the handlers and the exactly-once bookkeeping are the same on both.
 */
export interface EventTransport {
  readonly kind: 'jetstream' | 'embedded';
  /** Starts publishing the producer's outbox; the embedded feed needs no relay (consumers read the outbox). */
  startRelay(producer: string, orm: MikroORM): Runner & { status(): RelayStatus | null };
  /** Starts delivering the applier's stream into it. */
  startConsumer(applier: EventApplier): Runner;
  /** Releases connections, after every runner stopped. */
  close(): Promise<void>;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
