import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import fetch from 'node-fetch';
import type { Logger } from 'pino';
import { GATEWAY_PROOF_HEADER, gatewayProof } from '../kit/auth/gateway-proof';
import type { Viewer } from '../kit/auth/viewer';
import { ownCallerCode } from '../kit/errors';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

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
 * one) that aborts any subgraph request running longer than `timeoutMs`.
 */
export function createSubgraphConnections(timeoutMs: number): SubgraphConnections {
  // Idle sockets are dropped after 60 s, before a subgraph's server would (65 s keep-alive): the
  // gateway never reuses a socket the other side is closing.
  const options = { keepAlive: true, maxSockets: 128, timeout: 60_000 };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);
  const fetcher: Fetcher = (url, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(url, { ...init, agent: url.startsWith('https:') ? https : http, signal }) as unknown as Promise<FetcherResponse>;
  };
  return {
    fetcher,
    destroy() {
      http.destroy();
      https.destroy();
    },
  };
}

/**
 * One subgraph as the gateway calls it: forwards the caller's token and request id, and turns a
 * non-2xx answer (a subgraph refuses a missing or bad token with HTTP 401) into the subgraph's own
 * error — never Apollo's default, which copies the subgraph's URL into `extensions.response`.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Shared with the subgraphs: each request is signed with it (`kit/auth/gateway-proof.ts`). */
  private readonly gatewaySecret?: string;

  constructor(config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0], gatewaySecret?: string) {
    super(config);
    this.gatewaySecret = gatewaySecret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // Health checks and schema loads run without a request context.
    const { authorization, requestId } = (context ?? {}) as Partial<GatewayContext>;
    if (authorization) headers.set('authorization', authorization);
    if (requestId) headers.set('x-request-id', requestId);
    if (requestId && this.gatewaySecret) headers.set(GATEWAY_PROOF_HEADER, gatewayProof(this.gatewaySecret, requestId));
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const first = typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors)
      ? ((body as { errors: unknown[] }).errors[0] as { message?: unknown; extensions?: Record<string, unknown> } | undefined)
      : undefined;
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
