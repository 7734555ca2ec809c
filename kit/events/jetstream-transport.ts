import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, jetstream, jetstreamManager, RetentionPolicy, StorageType,
  type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg,
} from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { DomainEvent } from './domain-event';
import type { EventApplier } from './event-applier';
import { commitSignal } from './commit-signal';
import { OutboxEvent } from './outbox-event.entity';
import { pause, type EventTransport, type RelayStatus, type Runner } from './transport';

export interface JetStreamTransportOptions {
  /** `NATS_URL`: one server or several, comma-separated. */
  readonly servers: string;
  /** Names streams `<prefix>_<producer>` and subjects `<prefix>.<producer>.<type>` (default `grassroots`); tests use a fresh one each run. */
  readonly prefix?: string;
  /** The subgraph (`grids`): the connection name the server shows, and part of each durable consumer's name. */
  readonly name: string;
  /** Outbox rows per relay round and messages per fetch (default 500). */
  readonly batchSize?: number;
  /** Relay's wait when the outbox has nothing new, unless a commit in this process wakes it first (default 250 ms: other replicas' commits). */
  readonly pollMs?: number;
  /** How long a delivered, unacknowledged message waits before redelivery (default 30 s). */
  readonly ackWaitMs?: number;
  /** How long JetStream drops a re-published message id (default 10 minutes). */
  readonly duplicateWindowMs?: number;
  readonly log: Logger;
}

/** What travels in a message: the event without its stream (the subject says it). */
type WireEvent = Omit<DomainEvent, 'stream' | 'occurredAt'> & { occurredAt: string };

const MAX_BACKOFF_MS = 5_000;

type NatsConnection = Awaited<ReturnType<typeof connect>>;

/** JetStream durations are nanoseconds. */
const nanos = (ms: number) => ms * 1_000_000;

/** Stream and subject names of a producer under a prefix. */
export function jetstreamNames(prefix: string, producer: string) {
  return { stream: `${prefix}_${producer}`, subjects: `${prefix}.${producer}.>`, subject: (type: string) => `${prefix}.${producer}.${type}` };
}

/** The durable consumer of `consumer` in subgraph `subgraph`: unique per consuming subgraph, shared by its replicas. */
export function durableName(subgraph: string, consumer: string): string {
  return `${subgraph}_${consumer}`;
}

/**
 * The production transport (DESIGN: domain events) on NATS JetStream. Each producer's relay
 * publishes its outbox rows in sequence order to the stream `<prefix>_<producer>` with the sequence
 * as message id, so JetStream's duplicate window drops a row published twice (a relay that died
 * between the publish and marking the row); each consumer is a durable pull consumer named after
 * its subgraph and itself (`party_territory-copy`), which replicas of that subgraph share. NATS being away stops nothing but delivery: commands keep
 * committing into the outbox, and the relay catches up once it is back.
 */
export function jetstreamTransport(options: JetStreamTransportOptions): EventTransport {
  const prefix = options.prefix ?? 'grassroots';
  const batchSize = options.batchSize ?? 500;
  const pollMs = options.pollMs ?? 250;
  const ackWaitMs = options.ackWaitMs ?? 30_000;
  const duplicateWindow = nanos(options.duplicateWindowMs ?? 10 * 60_000);
  let connecting: Promise<{ nc: NatsConnection; js: JetStreamClient; jsm: JetStreamManager }> | null = null;
  let closed = false;

  /** One connection per process, made on first use and retried until it succeeds; the client reconnects by itself after that. */
  function connection() {
    connecting ??= (async () => {
      const nc = await connect({ servers: options.servers.split(','), name: options.name, reconnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
      return { nc, js: jetstream(nc, { timeout: 5_000 }), jsm: await jetstreamManager(nc, { timeout: 5_000 }) };
    })().catch((error: unknown) => {
      connecting = null;
      throw error;
    });
    return connecting;
  }

  async function ensureStream(jsm: JetStreamManager, producer: string): Promise<string> {
    const names = jetstreamNames(prefix, producer);
    try {
      await jsm.streams.info(names.stream);
    } catch (error) {
      if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound)) throw error;
      await jsm.streams.add({
        name: names.stream, subjects: [names.subjects], storage: StorageType.File, retention: RetentionPolicy.Limits, duplicate_window: duplicateWindow,
      });
    }
    return names.stream;
  }

  /** Runs `step` until stopped; waits after a failure, longer each time, and says so in the log. */
  function keepRunning(log: Logger, step: (signal: AbortSignal) => Promise<void>, onError: (error: unknown) => void): Runner {
    const stopping = new AbortController();
    const loop = (async () => {
      let failures = 0;
      while (!stopping.signal.aborted) {
        try {
          await step(stopping.signal);
          if (failures > 0) log.info('NATS reachable again');
          failures = 0;
        } catch (error) {
          if (stopping.signal.aborted) break;
          onError(error);
          failures += 1;
          if (failures === 1 || failures % 20 === 0) log.warn({ err: error, failures }, 'NATS unavailable; retrying');
          await pause(Math.min(100 * 2 ** Math.min(failures, 6), MAX_BACKOFF_MS), stopping.signal);
        }
      }
    })();
    return {
      async stop() {
        stopping.abort();
        await loop;
      },
    };
  }

  return {
    kind: 'jetstream',

    startRelay(producer: string, orm: MikroORM) {
      const log = options.log.child({ stream: producer, transport: 'jetstream', role: 'relay' });
      const names = jetstreamNames(prefix, producer);
      let unpublished = 0;
      let lastError: string | null = null;
      let streamReady = false;
      const commits = commitSignal(orm.em as EntityManager);
      const runner = keepRunning(log, async (signal) => {
        const { js, jsm } = await connection();
        if (!streamReady) {
          await ensureStream(jsm, producer);
          streamReady = true;
        }
        const em = orm.em.fork() as EntityManager;
        const rows = await em.find(OutboxEvent, { publishedAt: null }, { orderBy: { sequence: 'asc' }, limit: batchSize });
        unpublished = rows.length < batchSize ? rows.length : await em.count(OutboxEvent, { publishedAt: null });
        if (rows.length === 0) {
          lastError = null;
          return commits.wait(pollMs, signal);
        }
        // Published in order on one connection, all at once: the server stores them in the order sent.
        // A failure marks only the rows before it; the rest go again next round (their ids dedup).
        const acks = await Promise.allSettled(rows.map((row) => js.publish(names.subject(row.type), JSON.stringify(toWire(row)), { msgID: String(row.sequence) })));
        const failed = acks.findIndex((ack) => ack.status === 'rejected');
        const done = failed < 0 ? rows : rows.slice(0, failed);
        if (done.length > 0) {
          await em.nativeUpdate(OutboxEvent, { sequence: { $in: done.map((row) => row.sequence) } }, { publishedAt: new Date() });
          unpublished -= done.length;
        }
        if (failed >= 0) throw (acks[failed] as PromiseRejectedResult).reason;
        lastError = null;
      }, (error) => {
        streamReady = false;
        lastError = error instanceof Error ? error.message : String(error);
      });
      return { stop: runner.stop, status: (): RelayStatus => ({ stream: producer, unpublished, lastError }) };
    },

    startConsumer(applier: EventApplier): Runner {
      const { stream: producer } = applier.consumer;
      // Named for the consuming subgraph too: party's and mediation's `territory-copy` are two
      // consumers of grids' stream, each of which needs every event (replicas of one subgraph share one).
      const name = durableName(options.name, applier.consumer.name);
      const log = options.log.child({ consumer: applier.consumer.name, stream: producer, transport: 'jetstream' });
      let current: ConsumerMessages | null = null;

      /** Applies a batch, then acknowledges what the checkpoint now covers and hands the rest back. */
      async function deliver(messages: readonly JsMsg[]): Promise<void> {
        const events = messages.map((message) => {
          const wire = message.json<WireEvent>();
          return { ...wire, stream: producer, occurredAt: new Date(wire.occurredAt) };
        });
        applier.noteHead(Math.max(...events.map((event) => event.sequence)) + messages.at(-1)!.info.pending);
        const result = await applier.apply(events);
        // Beyond the checkpoint: an earlier event is with another replica or not published yet.
        for (const [index, message] of messages.entries()) {
          if (events[index].sequence <= result.sequence) message.ack();
          else message.nak(500);
        }
        if (result.gap) log.warn({ sequence: result.sequence, next: events[0].sequence }, 'events arrived ahead of the checkpoint; waiting for the ones between');
      }

      /**
       * The durable consumer: it remembers what was acknowledged across restarts, and replicas share
       * it. The checkpoint in the database is what counts, though: when the consumer has acknowledged
       * events the database has not applied (a database restored or reset, a replay from zero after
       * deleting the checkpoint), it is made again from the stream's start, and the applier skips
       * what is applied.
       */
      async function alignDurable(jsm: JetStreamManager, streamName: string, checkpoint: number): Promise<void> {
        const info = await jsm.consumers.info(streamName, name).catch((error: unknown) => {
          if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound) return null;
          throw error;
        });
        if (info && info.ack_floor.stream_seq > 0) {
          const acked = await jsm.streams.getMessage(streamName, { seq: info.ack_floor.stream_seq }).catch(() => null);
          const ackedSequence = acked?.json<WireEvent>().sequence ?? 0;
          if (ackedSequence <= checkpoint) return;
          log.warn({ checkpoint, acknowledged: ackedSequence }, 'the durable consumer is ahead of the checkpoint; making it again to redeliver from the stream\'s start');
          await jsm.consumers.delete(streamName, name);
        } else if (info) return;
        await jsm.consumers.add(streamName, {
          durable_name: name, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All,
          ack_wait: nanos(ackWaitMs), max_ack_pending: batchSize * 4,
        });
      }

      const runner = keepRunning(log, async (signal) => {
        const { js, jsm } = await connection();
        const streamName = await ensureStream(jsm, producer);
        await alignDurable(jsm, streamName, await applier.checkpoint());
        const messages = await (await js.consumers.get(streamName, name)).consume({ max_messages: batchSize });
        current = messages;
        if (signal.aborted) messages.stop();
        // Messages queue up while a batch is applied, and the next batch takes all that came: one
        // transaction for a backlog, no waiting when a single event arrives.
        const queue: JsMsg[] = [];
        let wake = null as (() => void) | null;
        let ended = false;
        const reading = (async () => {
          try {
            for await (const message of messages) {
              queue.push(message);
              wake?.();
            }
          } finally {
            ended = true;
            wake?.();
          }
        })();
        try {
          for (;;) {
            if (queue.length === 0) {
              if (ended) break;
              await new Promise<void>((resolve) => (wake = resolve));
              wake = null;
              continue;
            }
            const batch = queue.splice(0, batchSize);
            // Stopping: what is in hand goes back to the stream for whoever reads next.
            if (signal.aborted) for (const message of batch) message.nak();
            else await deliver(batch);
          }
        } finally {
          messages.stop();
          await reading.catch(() => undefined);
          current = null;
          for (const message of queue.splice(0)) message.nak();
        }
      }, (error) => applier.noteError(error));
      return {
        async stop() {
          current?.stop();
          await runner.stop();
        },
      };
    },

    async close() {
      if (closed) return;
      closed = true;
      const open = await connecting?.catch(() => null);
      if (!open) return;
      // Drain flushes what is in flight; with NATS away it could wait for a reconnect that never comes.
      const drained = open.nc.drain().then(() => true, () => false);
      if (!(await Promise.race([drained, new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]))) await open.nc.close();
    },
  };
}

function toWire(row: OutboxEvent): WireEvent {
  return {
    sequence: row.sequence, type: row.type, aggregateId: row.aggregateId, payload: JSON.parse(row.payload),
    occurredAt: row.occurredAt.toISOString(), requestId: row.requestId,
  };
}
