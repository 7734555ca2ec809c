import type { EntityClass, MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { canSign, type TokenSettings } from '../auth/token';
import { DEFAULT_GATEWAY_URL } from '../territory/territory-sync';
import type { EventConsumer } from './domain-event';
import { EventApplier, type ApplierOptions, type ConsumerStatus } from './event-applier';
import { EventCheckpoint } from './event-checkpoint.entity';
import { embeddedTransport } from './embedded-transport';
import { MAX_FEED_WAIT_MS } from './event-feed';
import { jetstreamTransport } from './jetstream-transport';
import { OutboxEvent } from './outbox-event.entity';
import type { EventTransport, RelayStatus, Runner } from './transport';

export interface EventsSettings {
  /** The subgraph's name: its stream's name when it produces. */
  readonly subgraph: string;
  /** Runs the relay of its outbox (JetStream; the embedded feed needs none). */
  readonly produces: boolean;
  readonly consumers: readonly EventConsumer[];
  readonly orm: MikroORM;
  readonly transport: EventTransport;
  readonly log: Logger;
  readonly applier?: ApplierOptions;
  /** How often the lag is logged while a consumer is behind or failing (default 10 s). */
  readonly lagLogMs?: number;
}

/** `/readyz` details: the transport, the relay's backlog and each consumer's lag. */
export interface EventsStatus {
  readonly transport: EventTransport['kind'];
  readonly relay: RelayStatus | null;
  readonly consumers: readonly ConsumerStatus[];
}

export interface EventsRuntime {
  status(): EventsStatus;
  /** Stops the relay and every consumer (each finishes its batch in hand), then the transport. */
  stop(): Promise<void>;
}

/**
 * The transport the environment asks for: JetStream when `NATS_URL` is set (streams prefixed with
 * `NATS_STREAM_PREFIX`), else the embedded feed read through the gateway at `GATEWAY_URL`, each
 * caught-up request waiting up to `EVENT_FEED_WAIT_MS` at the producer.
 */
export function eventTransportFromEnv(subgraph: string, tokenSettings: TokenSettings, log: Logger, env: NodeJS.ProcessEnv = process.env): EventTransport {
  const waitMs = env.EVENT_FEED_WAIT_MS ? Number(env.EVENT_FEED_WAIT_MS) : undefined;
  if (waitMs !== undefined && !(Number.isInteger(waitMs) && waitMs >= 0 && waitMs <= MAX_FEED_WAIT_MS)) {
    throw new Error(`EVENT_FEED_WAIT_MS must be 0–${MAX_FEED_WAIT_MS} milliseconds, got "${env.EVENT_FEED_WAIT_MS}"`);
  }
  if (env.NATS_URL) return jetstreamTransport({ servers: env.NATS_URL, prefix: env.NATS_STREAM_PREFIX || undefined, name: subgraph, log });
  // Said at start, not as a failing feed request later: the embedded feed needs SERVICE tokens.
  if (!canSign(tokenSettings)) throw new Error('The embedded event transport signs SERVICE tokens: set JWT_SIGNING_KEY_FILE, or NATS_URL for JetStream');
  return embeddedTransport({ gatewayUrl: env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL, tokenSettings, subject: `${subgraph}-events`, waitMs, log });
}

function requireEntity(orm: MikroORM, entity: EntityClass<object>, list: string, subgraph: string): void {
  if (!orm.getMetadata().has(entity.name)) throw new Error(`${subgraph}: add ${list} (kit/events/entities.ts) to its entities to ${list === 'producerEntities' ? 'publish' : 'consume'} events`);
}

/**
 * Starts a subgraph's side of the domain events: the relay of its outbox when it produces, and one
 * applier per consumer it lists, on the given transport. `runSubgraph` calls it; tests call it to
 * pick the transport.
 */
export function startEvents(settings: EventsSettings): EventsRuntime {
  const { subgraph, orm, transport, log } = settings;
  if (settings.produces) requireEntity(orm, OutboxEvent, 'producerEntities', subgraph);
  if (settings.consumers.length > 0) requireEntity(orm, EventCheckpoint, 'consumerEntities', subgraph);
  const relay = settings.produces ? transport.startRelay(subgraph, orm) : null;
  const appliers = settings.consumers.map((consumer) => new EventApplier(orm, consumer, log.child({ consumer: consumer.name }), settings.applier));
  const runners: Runner[] = appliers.map((applier) => transport.startConsumer(applier));
  const status = (): EventsStatus => ({ transport: transport.kind, relay: relay?.status() ?? null, consumers: appliers.map((applier) => applier.status()) });
  log.info({ transport: transport.kind, produces: settings.produces, consumers: settings.consumers.map(({ name, stream }) => `${name} ← ${stream}`) }, 'domain events started');

  const lagTimer = setInterval(() => {
    const current = status();
    const lagging = current.consumers.filter((consumer) => consumer.eventsBehind > 0 || consumer.lastError);
    if (lagging.length > 0 || current.relay?.unpublished || current.relay?.lastError) log.info({ relay: current.relay, consumers: lagging }, 'event lag');
  }, settings.lagLogMs ?? 10_000);
  lagTimer.unref();

  let stopping: Promise<void> | undefined;
  return {
    status,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(lagTimer);
        await Promise.all([relay, ...runners].map((runner) => runner?.stop()));
        await transport.close();
        log.info({ consumers: status().consumers }, 'domain events stopped');
      })()),
  };
}
