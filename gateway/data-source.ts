import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import type { Logger } from 'pino';
import { GATEWAY_PROOF_HEADER, gatewayProof } from '../kit/auth/gateway-proof';
import type { Viewer } from '../kit/auth/viewer';
import { ownCallerCode } from '../kit/errors';
import { ResponseTooLargeError } from './bounded-body';
import { CircuitBreaker } from './circuit-breaker';
import { ConcurrencyLimit, ConcurrencyLimitError } from '../kit/limits/concurrency-limit';
import { isQuery, requestedPaths, SubgraphFailure } from './fetch-failure';
import { PlanLevelBatch } from './plan-level-batch';
import { DEFAULT_RESILIENCE, type SubgraphResilience } from './resilience';
import { subgraphFetch } from './subgraph-fetch';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** What the gateway knows about a client request; subgraph calls carry its token and request id on. */
export interface GatewayContext {
  /** Verified by the gateway; `null` when the caller sent no token (subgraphs then refuse). */
  readonly viewer: Viewer | null;
  /** The caller's `Authorization` header, forwarded as is: each subgraph verifies it again. */
  readonly authorization?: string;
  readonly requestId: string;
  readonly log: Logger;
}

/** Keep-alive connections to the subgraphs, shared by every data source of one gateway. */
export interface SubgraphConnections {
  readonly fetcher: Fetcher;
  /** Closes the pooled sockets (after the gateway drained). */
  destroy(): void;
}

/**
 * A fetcher over keep-alive agents (a request to a subgraph reuses a socket instead of opening
 * one) that aborts any subgraph request running longer than `timeoutMs`, and reads each answer as it
 * streams in: past `maxResponseBytes` the request is aborted (its connection cut) and
 * `ResponseTooLargeError` thrown, so no answer is ever held whole beyond the limit.
 */
export function createSubgraphConnections(
  timeoutMs: number,
  maxResponseBytes: number = DEFAULT_RESILIENCE.maxResponseBytes,
  maxSockets: number = DEFAULT_RESILIENCE.maxConcurrent,
): SubgraphConnections {
  // Idle sockets are dropped after 60 s, before a subgraph's server would (65 s keep-alive): the
  // gateway never reuses a socket the other side is closing. At most `maxSockets` per subgraph (the
  // agent counts per host and port): the concurrency cap (`SUBGRAPH_MAX_CONCURRENT`) lets no more
  // requests through at once, so none waits for a socket and none is opened in vain.
  const options = { keepAlive: true, maxSockets, timeout: 60_000 };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);
  const fetcher: Fetcher = (url, init) => subgraphFetch(url, init, { http, https, timeoutMs, maxResponseBytes });
  return {
    fetcher,
    destroy() {
      http.destroy();
      https.destroy();
    },
  };
}

/** The request's document, parsed only when a failure or a reset needs it: Apollo sends the text, and most requests succeed. */
function documentOfRequest(options: ProcessOptions): () => DocumentNode {
  let document = 'document' in options ? options.document : undefined;
  return () => (document ??= parse(options.request.query ?? ''));
}

/** The breaker is open: the subgraph failed again and again, and is not called for a few seconds. */
class ShortCircuitedError extends Error {}

/**
 * The subgraph refused the request at its admission limit (HTTP 503, `kit/http/admission.ts`): it is
 * healthy but full, and ran nothing. The fields answer UNAVAILABLE; the breaker is not moved by it.
 */
class SubgraphBusyError extends GraphQLError {}

/** A socket the subgraph closed under a request already sent (a restart, a keep-alive race). */
function isConnectionReset(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

/** Nothing listens on the subgraph's port (it is down, or restarting): the request was never sent. */
function isConnectionRefused(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ECONNREFUSED';
}

/** The subgraph could not be reached or did not answer in time (node-fetch's system and abort errors). */
function isUnreachable(error: unknown): boolean {
  const { name, type } = (error ?? {}) as { name?: unknown; type?: unknown };
  return (name === 'FetchError' && type === 'system') || name === 'AbortError';
}

/** A refusal the caller caused (a bad token): the subgraph is healthy and the error goes to the client as it is. */
function isCallerRefusal(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && ownCallerCode(error.extensions.code) !== undefined;
}

export interface SubgraphDataSourceOptions {
  readonly name: string;
  readonly url: string;
  readonly fetcher: Fetcher;
  readonly log: Logger;
  /** Shared with the subgraphs: each request is signed with it (`kit/auth/gateway-proof.ts`). */
  readonly gatewaySecret?: string;
  readonly resilience?: SubgraphResilience;
  /** Fetches of one client request started at the same step of its plan go out as one (`gateway/plan-level-batch.ts`); on unless `false`. */
  readonly batchPlanLevels?: boolean;
}

/**
 * One subgraph as the gateway calls it: forwards the caller's token and request id, and turns a
 * non-2xx answer (a subgraph refuses a missing or bad token with HTTP 401) into the subgraph's own
 * error — never Apollo's default, which copies the subgraph's URL into `extensions.response`.
 *
 * It also keeps one subgraph's trouble from spreading: a circuit breaker short-circuits a subgraph
 * that keeps failing, a cap bounds the requests to it at once, and an idempotent query whose
 * connection was reset is sent once more (answers over the size limit are cut off by the fetcher).
 * A request that fails answers an error per field it was to fill, each with its path (partial results).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SubgraphDataSourceOptions;
  private readonly breaker: CircuitBreaker;
  private readonly limit: ConcurrencyLimit;
  private readonly reconnectMs: number;
  /**
   * Since when every connection to the subgraph has been refused; undefined once it accepted one.
   * Shared by its requests, so an outage is waited out once (`reconnectMs` from its first refusal),
   * not once by each request that meets it.
   */
  private refusingSince: number | undefined;
  private readonly batch: PlanLevelBatch | undefined;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher });
    const resilience = options.resilience ?? DEFAULT_RESILIENCE;
    this.options = options;
    this.breaker = new CircuitBreaker(resilience.breaker);
    this.limit = new ConcurrencyLimit(resilience.maxConcurrent, resilience.maxQueued);
    this.reconnectMs = resilience.reconnectMs;
    if (options.batchPlanLevels !== false) this.batch = new PlanLevelBatch(sent => this.guarded(sent, documentOfRequest(sent)));
  }

  override async process(options: ProcessOptions): Promise<ProcessResult> {
    // Health checks and schema loads (unused with a static supergraph) go through as they are.
    if (!('incomingRequestContext' in options)) return super.process(options);
    const documentOf = documentOfRequest(options);
    try {
      return await (this.batch ? this.batch.fetch(options) : this.guarded(options, documentOf));
    } catch (error) {
      if (isCallerRefusal(error)) throw error;
      const code =
        error instanceof ShortCircuitedError || error instanceof ConcurrencyLimitError || error instanceof SubgraphBusyError || isUnreachable(error)
          ? 'UNAVAILABLE'
          : 'INTERNAL';
      const paths = requestedPaths(documentOf(), options.request.variables?.representations);
      // A request with no field to blame (cannot happen for a planned fetch) still reports its failure.
      const errors = (paths.length > 0 ? paths : [[]]).map(path => new SubgraphFailure(code, path, error));
      return { errors };
    }
  }

  /** Through the breaker and the concurrency cap, with one more try of a query on a reset connection. */
  private async guarded(options: ProcessOptions, documentOf: () => DocumentNode): Promise<ProcessResult> {
    if (!this.breaker.admit()) throw new ShortCircuitedError('circuit open: the subgraph failed repeatedly');
    let healthy: boolean | undefined;
    let refused = false;
    try {
      const response = await this.limit.run(() => this.sendAgainWhileRestarting(options, documentOf));
      healthy = true;
      return response;
    } catch (error) {
      refused = isConnectionRefused(error);
      healthy = isCallerRefusal(error)
        ? true
        : error instanceof ConcurrencyLimitError || error instanceof SubgraphBusyError || error instanceof ResponseTooLargeError
          ? undefined
          : false;
      throw error;
    } finally {
      if (healthy === true) {
        if (this.breaker.succeeded()) this.options.log.info({ subgraph: this.options.name }, 'circuit closed: the subgraph answers again');
      } else if (healthy === false) {
        // A refusal that got here outlasted the reconnect window: the subgraph is down, not restarting.
        const opened = refused ? this.breaker.tripped() : this.breaker.failed();
        if (opened) this.options.log.error({ subgraph: this.options.name, refused }, 'circuit open: the subgraph failed repeatedly');
      } else this.breaker.released();
    }
  }

  /**
   * Sends the request; while the subgraph restarts, sends it again. A query whose connection was
   * reset is sent once more at once (a query reads only: safe; a mutation may have run, so it is
   * not). After that, and for any operation whose connection was refused (nothing reached the
   * subgraph), it is sent again after growing pauses until `reconnectMs` has passed — counted for a
   * refusal from the subgraph's first refusal, not from this request's start: a restarted subgraph
   * listens again within a few seconds, and the request is answered instead of lost; one that is
   * still refusing after that is down, and every request then fails at once (the breaker opens).
   */
  private async sendAgainWhileRestarting(options: ProcessOptions, documentOf: () => DocumentNode): Promise<ProcessResult> {
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await super.process(options);
        this.refusingSince = undefined;
        return result;
      } catch (error) {
        const refused = isConnectionRefused(error);
        this.refusingSince = refused ? (this.refusingSince ?? Date.now()) : undefined;
        const reset = isConnectionReset(error) && isQuery(documentOf());
        if (!reset && !refused) throw error;
        const giveUpAt = (refused ? this.refusingSince! : startedAt) + this.reconnectMs;
        const pause = attempt === 1 && reset ? 0 : Math.min(100 * 2 ** (attempt - 1), 1_000);
        if (pause > 0 && Date.now() + pause > giveUpAt) throw error;
        this.options.log.warn({ subgraph: this.options.name, err: error, attempt }, 'connection reset or refused; sending the request again');
        if (pause > 0) await new Promise(resolve => setTimeout(resolve, pause));
      }
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // Health checks and schema loads run without a request context.
    const { authorization, requestId } = (context ?? {}) as Partial<GatewayContext>;
    if (authorization) headers.set('authorization', authorization);
    if (requestId) headers.set('x-request-id', requestId);
    if (requestId && this.options.gatewaySecret) headers.set(GATEWAY_PROOF_HEADER, gatewayProof(this.options.gatewaySecret, requestId));
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const first =
      typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors)
        ? ((body as { errors: unknown[] }).errors[0] as { message?: unknown; extensions?: Record<string, unknown> } | undefined)
        : undefined;
    if (response.status === 503 && first?.extensions?.code === 'UNAVAILABLE') {
      return new SubgraphBusyError(`Subgraph over its admission limit (retry after ${response.headers.get('retry-after')} s)`, {
        extensions: { code: 'UNAVAILABLE' },
      });
    }
    // A subgraph hands a client only a caller's-fault code (kit/errors.ts); anything else is masked as INTERNAL.
    const code = ownCallerCode(first?.extensions?.code);
    if (code && typeof first?.message === 'string') {
      const { field, rule } = first.extensions ?? {};
      return new GraphQLError(first.message, { extensions: { code, ...(field ? { field } : {}), ...(rule ? { rule } : {}) } });
    }
    // Stays in the gateway's log; the client sees a masked INTERNAL error.
    return new GraphQLError(`Subgraph answered HTTP ${response.status}`, {
      extensions: { code: 'INTERNAL', subgraphStatus: response.status, subgraphUrl: response.url },
    });
  }
}
