import type { Logger } from 'pino';
import { Role } from '../auth/role';
import { signToken, type TokenSettings } from '../auth/token';
import type { DomainEvent } from './domain-event';
import type { EventApplier } from './event-applier';
import { feedQueryName, MAX_FEED_PAGE, MAX_FEED_WAIT_MS, type EventFeedPage } from './event-feed';
import { pause, type EventTransport, type Runner } from './transport';

export interface EmbeddedTransportOptions {
  /** The gateway's GraphQL URL. */
  readonly gatewayUrl: string;
  /** Signs the SERVICE token each request carries. */
  readonly tokenSettings: TokenSettings;
  /** Subject of that token, as the producer's logs see it (`party-events`). */
  readonly subject: string;
  /** How long a caught-up consumer's request waits at the producer for a new event (long poll; default 4 s, at most 5 s). */
  readonly waitMs?: number;
  /** Events per request (default 1000). */
  readonly pageSize?: number;
  readonly log: Logger;
}

interface FeedResponse {
  data?: Record<string, EventFeedPage & { events: (Omit<DomainEvent, 'occurredAt' | 'payload' | 'stream'> & { occurredAt: string; payload: string })[] }> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface FeedPage {
  readonly head: number;
  readonly events: DomainEvent[];
}

/** First wait after a failure (gateway or producer down), doubling up to the longest. */
const RETRY_MS = 100;
const MAX_BACKOFF_MS = 5_000;

/**
 * The embedded transport (no broker, what `npm start` uses on a bare machine): each consumer reads
 * its producer's outbox as a keyset-paged feed through the gateway (`<producer>Events(after:
 * checkpoint, waitMs)`, SERVICE token) in a loop: a full page is followed at once by the next, and a
 * caught-up reader's request waits at the producer until an event comes (long poll), so a change
 * arrives within a request's time without a request every few hundred milliseconds. The outbox is
 * the stream, so there is no relay.
 */
export function embeddedTransport(options: EmbeddedTransportOptions): EventTransport {
  const waitMs = Math.min(options.waitMs ?? 4_000, MAX_FEED_WAIT_MS);
  const first = Math.min(options.pageSize ?? MAX_FEED_PAGE, MAX_FEED_PAGE);
  return {
    kind: 'embedded',
    startRelay: () => ({ stop: async () => undefined, status: () => null }),
    startConsumer(applier: EventApplier): Runner {
      const { stream, name } = applier.consumer;
      const query = `query EventFeed($after: Int!, $first: Int!, $waitMs: Int!) { feed: ${feedQueryName(stream)}(after: $after, first: $first, waitMs: $waitMs) { headSequence events { sequence type aggregateId payload occurredAt requestId } } }`;
      const log = options.log.child({ consumer: name, stream, transport: 'embedded' });
      const stopping = new AbortController();

      async function readPage(after: number): Promise<FeedPage> {
        const token = await signToken({ subject: options.subject, roles: [Role.SERVICE], expiresIn: '5m' }, options.tokenSettings);
        const response = await fetch(options.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { after, first, waitMs } }),
          signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(waitMs + 30_000)]),
        });
        const body = (await response.json().catch(() => ({}))) as FeedResponse;
        const page = body.data?.feed;
        if (!page) {
          const reasons = (body.errors ?? []).map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ');
          throw new Error(`event feed ${stream}: the gateway answered ${response.status} ${reasons}`);
        }
        return {
          head: page.headSequence,
          events: page.events.map((event) => ({ ...event, stream, payload: JSON.parse(event.payload), occurredAt: new Date(event.occurredAt) })),
        };
      }

      /** The gateway is ready once every subgraph is: asking earlier only fills its log with refused connections. */
      async function gatewayReady(): Promise<boolean> {
        const response = await fetch(new URL('/readyz', options.gatewayUrl), { signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(5_000)]) }).catch(() => null);
        return !!response?.ok;
      }

      const loop = (async () => {
        let failures = 0;
        let gapReported = false;
        let ready = false;
        // During a backlog the next page is on its way while this one is applied.
        let next: { after: number; page: Promise<FeedPage> } | null = null;
        while (!stopping.signal.aborted) {
          try {
            ready ||= await gatewayReady();
            if (!ready) throw new Error(`event feed ${stream}: the gateway at ${options.gatewayUrl} is not ready`);
            const after = await applier.checkpoint();
            const reading: Promise<FeedPage> = next?.after === after ? next.page : readPage(after);
            next = null;
            const { head, events } = await reading;
            if (stopping.signal.aborted) break;
            applier.noteHead(head);
            if (events.length === first) {
              const page = readPage(events[events.length - 1].sequence);
              // A failed read ahead is reported where it is awaited, if it is.
              page.catch(() => undefined);
              next = { after: events[events.length - 1].sequence, page };
            }
            const result = await applier.apply(events);
            if (failures > 0) log.info('event feed reachable again');
            failures = 0;
            if (result.gap && !gapReported) log.error({ sequence: result.sequence, next: events[0]?.sequence }, 'event feed skipped sequences; waiting for them');
            gapReported = result.gap;
            // Sequences missing from the feed (lost rows): it would answer the same at once, so wait.
            if (result.gap) await pause(MAX_BACKOFF_MS, stopping.signal);
          } catch (error) {
            if (stopping.signal.aborted) break;
            applier.noteError(error);
            ready = false;
            next = null;
            failures += 1;
            // The gateway starts after the subgraphs: the first failures are expected, later ones are news.
            if (failures === 5 || (failures > 5 && failures % 20 === 0)) log.warn({ err: error, failures }, 'event feed unavailable; retrying');
            else log.debug({ err: error, failures }, 'event feed unavailable; retrying');
            await pause(Math.min(RETRY_MS * 2 ** Math.min(failures, 6), MAX_BACKOFF_MS), stopping.signal);
          }
        }
      })();
      return {
        async stop() {
          stopping.abort();
          await loop;
        },
      };
    },
    close: async () => undefined,
  };
}
