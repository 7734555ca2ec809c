// First: the executor's helpers must load with plain exports (gateway/flat-exports.ts).
import './flat-exports';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, type HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, Kind, parse, type GraphQLFormattedError } from 'graphql';
import pino, { type Logger } from 'pino';
import { TokenError, verifyBearer, type TokenSettings } from '../kit/auth/token';
import { KeySourceError } from '../kit/auth/token-keys';
import { callerFaultCode, CLIENT_EXTENSIONS, ownCallerCode, UnauthenticatedError } from '../kit/errors';
import type { AdmissionSettings } from '../kit/http/admission';
import { apolloServerOptions, maskError } from '../kit/http/apollo';
import { startService, type RunningService } from '../kit/http/service';
import { createSubgraphConnections, SubgraphDataSource, type GatewayContext } from './data-source';
import { SubgraphFailure } from './fetch-failure';
import { deduplicateInFlight, type Deduplication } from './in-flight-dedup';
import { ideConfig, ideFiles } from './ide/ide-page';
import { landingPagePlugin } from './landing-page';
import { DEFAULT_QUERY_PLAN_CACHE_MIB, operationsToWarm, stopWarmUpAfterPlanning, warmQueryPlans } from './plan-warm-up';
import { trustedDocuments, type TrustedDocuments } from './partners/operation-manifest';
import { automaticPersistedQueries, persistedQueryHashPlugin } from './partners/persisted-queries';
import { trustedDocumentsPlugin } from './partners/trusted-documents';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { reportDefinitions } from './reports/report-definitions';
import { reportRoute } from './reports/report-route';
import { DEFAULT_RESILIENCE, type SubgraphResilience } from './resilience';
import { shareIdenticalOperations } from './shared-operations';

export interface GatewayOptions {
  /** The composed supergraph (`schema/supergraph.graphql`). */
  readonly supergraphSdl: string;
  /** Subgraph name → URL, overriding the URL composed into the supergraph. */
  readonly subgraphUrls?: Readonly<Record<string, string | undefined>>;
  readonly tokenSettings: TokenSettings;
  readonly log: Logger;
  /** Time limit of one subgraph request; on expiry the client gets a masked INTERNAL error. */
  readonly timeoutMs?: number;
  /** Shown on the landing page; defaults to the gateway's default address. */
  readonly publicUrl?: string;
  /** Shared with the subgraphs, which then answer requests signed with it only (`GATEWAY_SECRET`). */
  readonly gatewaySecret?: string;
  /** Requests one token may make per minute (`RATE_LIMIT_PER_MINUTE`). */
  readonly ratePerMinute?: number;
  /** Where the rate limit is kept: this process's own buckets unless given (a cluster worker asks its primary). */
  readonly rateLimiter?: RateLimiter;
  /** Approximate size of the query-plan cache in MiB (`GATEWAY_QUERY_PLAN_CACHE_MIB`). */
  readonly queryPlanCacheMiB?: number;
  /** Documents planned right after start (`gateway/plan-warm-up.ts`); the example operations and reports unless given. */
  readonly warmUpDocuments?: readonly string[];
  /** The gateway's own limit of requests executed at once and waiting before 503 (`kit/http/admission.ts`). */
  readonly admission?: AdmissionSettings;
  /** Circuit breaker, concurrency cap and answer size limit per subgraph (`gateway/resilience.ts`). */
  readonly resilience?: SubgraphResilience;
  /** What identical requests in flight at once share (`Deduplication`, `GATEWAY_DEDUP`); `on` unless given. */
  readonly deduplication?: Deduplication;
  /** A client request's fetches to one subgraph at the same step of its plan go out as one merged query (`gateway/plan-level-batch.ts`); on unless `false` (`GATEWAY_BATCH=off`). */
  readonly batchPlanLevels?: boolean;
  /** The built IDE bundle (`dist/ide/`): served with the example operations at the root; without it, a static page of instructions. */
  readonly ideAssetsDir?: string;
  /** Rows per page `/reports/` asks the API for (100; tests make it small to see the paging). */
  readonly reportPageSize?: number;
  /** Each partner agency's registered operations (gateway/partners); by default read from `schema/operations/` at start. */
  readonly trustedDocuments?: TrustedDocuments;
}

export interface GatewayServer {
  readonly apollo: ApolloServer<GatewayContext>;
  /** Subgraph name → the URL the gateway calls. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Starts listening (port 0 picks a free one), then plans the warm-up documents; ready once they are planned and every subgraph is ready. */
  listen(port: number, host?: string): Promise<RunningService>;
  /** Settles once the warm-up after `listen` is over: how many plans it made. */
  plansWarmed(): Promise<number>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** How long one readiness probe of a subgraph may take. */
const READY_PROBE_MS = 2_000;

/** The subgraphs a supergraph was composed from: `enum join__Graph { X @join__graph(name: "x", url: "…") }`. */
export function subgraphsOfSupergraph(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const arg = (name: string) => {
        const node = directive?.arguments?.find((a) => a.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : undefined;
      };
      const name = arg('name');
      const url = arg('url');
      if (name && url) urls[name] = url;
    }
  }
  return urls;
}

/**
 * kit's masking, then only the client extensions: no subgraph name, URL or stack leaves the gateway.
 * Detail was logged with the request id by `errorLogPlugin`.
 */
function formatGatewayError(formatted: GraphQLFormattedError, error: unknown, silent: Logger): GraphQLFormattedError {
  // A subgraph that fails to parse or validate what the gateway sent is the platform's fault, not
  // the caller's: only our own codes pass through from a subgraph. The gateway's own account of a
  // failed subgraph request (UNAVAILABLE or INTERNAL, per field) is trusted as it is.
  const fromSubgraph = formatted.extensions?.serviceName !== undefined && !(failureOf(error) instanceof SubgraphFailure);
  const trusted = !fromSubgraph || ownCallerCode(formatted.extensions?.code) !== undefined;
  const masked = maskError(trusted ? formatted : { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL' } }, silent);
  const extensions: Record<string, unknown> = {};
  for (const key of CLIENT_EXTENSIONS) {
    if (masked.extensions?.[key] !== undefined) extensions[key] = masked.extensions[key];
  }
  const { message, locations, path } = masked;
  return { message, ...(locations ? { locations } : {}), ...(path ? { path } : {}), extensions };
}


/** The gateway's own account of a failed subgraph request behind an error, when it is one. */
function failureOf(error: unknown): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error) : error;
}

/**
 * Logs every error of a request with what the client will not see: the subgraph, and for failures
 * the cause and stack. A failed subgraph request is logged once, with how many fields it left null.
 */
function errorLogPlugin(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          const requestLog = contextValue?.log ?? log;
          const failures = new Map<unknown, { failure: SubgraphFailure; subgraph: unknown; fields: number }>();
          for (const error of errors) {
            const failure = failureOf(error);
            if (failure instanceof SubgraphFailure) {
              const seen = failures.get(failure.cause);
              if (seen) seen.fields += 1;
              else failures.set(failure.cause, { failure, subgraph: error.extensions?.serviceName, fields: 1 });
              continue;
            }
            const { code, serviceName } = error.extensions ?? {};
            // Errors the caller caused are logged briefly, not as failures (kit/errors.ts).
            if (callerFaultCode(code)) {
              requestLog.info({ code, subgraph: serviceName, path: error.path }, error.message);
            } else {
              requestLog.error({ err: error.originalError ?? error, code, subgraph: serviceName, path: error.path }, error.message);
            }
          }
          for (const { failure, subgraph, fields } of failures.values()) {
            const code = failure.extensions.code;
            requestLog.error({ err: failure.cause, code, subgraph, fields, path: failure.path }, `subgraph request failed (${code}); ${fields} field(s) left null`);
          }
        },
      };
    },
  };
}

/**
 * The gateway's Apollo Server over a static supergraph, without listening: tests run exactly this.
 * The caller's token is verified here (a bad one is HTTP 401) and forwarded; a missing one is let
 * through and refused by the subgraphs, so public parts of the schema (introspection) still work.
 */
export function createGateway(options: GatewayOptions): GatewayServer {
  const { log, tokenSettings } = options;
  const composedUrls = subgraphsOfSupergraph(options.supergraphSdl);
  const subgraphUrls: Record<string, string> = {};
  for (const [name, url] of Object.entries(composedUrls)) subgraphUrls[name] = options.subgraphUrls?.[name] || url;

  const resilience = options.resilience ?? DEFAULT_RESILIENCE;
  const connections = createSubgraphConnections(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, resilience.maxResponseBytes, resilience.maxConcurrent);
  const deduplication = options.deduplication ?? 'on';
  const fetcher = deduplication === 'off' ? connections.fetcher : deduplicateInFlight(connections.fetcher);
  const apolloGateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: log.child({ component: 'apollo-gateway' }),
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB ?? DEFAULT_QUERY_PLAN_CACHE_MIB,
    experimental_didResolveQueryPlan: stopWarmUpAfterPlanning,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: subgraphUrls[name] ?? url,
        fetcher,
        log,
        gatewaySecret: options.gatewaySecret,
        resilience,
        batchPlanLevels: options.batchPlanLevels,
      }),
  });

  const gateway = deduplication === 'on' ? shareIdenticalOperations(apolloGateway) : apolloGateway;

  const silent = pino({ level: 'silent' });
  const ide = options.ideAssetsDir ? { config: ideConfig('/graphql'), files: ideFiles(options.ideAssetsDir) } : undefined;
  const base = apolloServerOptions({
    log,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      landingPagePlugin(options.publicUrl ?? 'http://localhost:4000/graphql', ide?.config),
      errorLogPlugin(log),
      trustedDocumentsPlugin(options.trustedDocuments ?? trustedDocuments()),
      persistedQueryHashPlugin(),
    ],
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...base,
    formatError: (formatted, error) => formatGatewayError(formatted, error, silent),
    persistedQueries: automaticPersistedQueries(),
    // kit's closeOnSignals drains and exits; Apollo's own handler would re-raise the signal and
    // kill the process mid-drain.
    stopOnTerminationSignals: false,
  });

  const rateLimiter = options.rateLimiter ?? createRateLimiter(options.ratePerMinute);
  const reports = reportDefinitions();

  async function context({ headers, requestId, log: requestLog }: { headers: HeaderMap; requestId: string; log: Logger }): Promise<GatewayContext> {
    const authorization = headers.get('authorization');
    try {
      const viewer = await verifyBearer(authorization, tokenSettings);
      if (viewer) await rateLimiter.take(viewer.id);
      return { viewer, authorization, requestId, log: viewer ? requestLog.child({ viewer: viewer.id }) : requestLog };
    } catch (error) {
      if (error instanceof TokenError) throw new UnauthenticatedError(error.message);
      // Masked for the client (INTERNAL) without a log line of its own: say here why.
      if (error instanceof KeySourceError) requestLog.error({ err: error }, 'token keys unavailable');
      throw error;
    }
  }

  let warming: Promise<number> | undefined;
  let warmed = false;

  async function ready(): Promise<boolean> {
    // Ready only with the known operations planned: a load balancer's first requests do not plan cold.
    if (!warmed) return false;
    const probes = Object.values(subgraphUrls).map(async (url) => {
      const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(READY_PROBE_MS) });
      await response.body?.cancel();
      return response.ok;
    });
    return (await Promise.all(probes.map((probe) => probe.catch(() => false)))).every(Boolean);
  }

  return {
    apollo,
    subgraphUrls,
    plansWarmed: () => warming ?? Promise.reject(new Error('the gateway is not listening')),
    listen: async (port, host) => {
      const running = await startService({
        name: 'gateway',
        apollo,
        log,
        port,
        host,
        context,
        ready,
        admission: options.admission,
        staticFiles: ide?.files,
        routes: [reportRoute(apollo, reports, tokenSettings, (caller) => rateLimiter.take(caller), options.reportPageSize)],
        onClose: async () => connections.destroy(),
      });
      // In the background, not before listening: Apollo plans only once started, and the process must
      // stay stoppable by SIGTERM meanwhile. Until it is over /readyz answers 503.
      const started = performance.now();
      warming = warmQueryPlans(apollo, options.warmUpDocuments ?? operationsToWarm(), log).then(
        (plans) => {
          warmed = true;
          log.info({ plans, ms: Math.round(performance.now() - started) }, 'query plans warmed');
          return plans;
        },
        (error: unknown) => {
          // Stopped while warming: nothing is lost, the plans are made on first use.
          warmed = true;
          log.warn({ err: error }, 'query plan warm-up cut short');
          return 0;
        },
      );
      return running;
    },
  };
}
