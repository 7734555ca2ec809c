/**
 * Every environment variable the services and scripts read, in one table. The README documents the
 * same list and `docker-compose.yml` may set only these; tests hold all three to it.
 * `<SUBGRAPH>` stands for a subgraph's name in capitals (`GRIDS`, `PARTY` …).
 */
export interface EnvironmentVariable {
  readonly name: string;
  /** Who reads it. */
  readonly readBy: string;
  /** The value used when it is unset, as the reader sees it. */
  readonly fallback: string;
  readonly description: string;
}

/** Placeholder in a name for each subgraph's name in capitals. */
export const SUBGRAPH_PLACEHOLDER = '<SUBGRAPH>';

export const ENVIRONMENT: readonly EnvironmentVariable[] = [
  { name: 'NODE_ENV', readBy: 'all', fallback: '(unset)', description: '`production` refuses the demo JWT secret (even set explicitly) and HS256 unless `JWT_ALLOW_HS256=true`, requires `GATEWAY_SECRET`, and turns off introspection in the gateway' },
  { name: 'LOG_LEVEL', readBy: 'all', fallback: '`info` (`silent` under jest)', description: 'pino level of the JSON log lines' },
  { name: 'HEAP_GROWING_PERCENT', readBy: 'subgraph', fallback: '`100`', description: 'how far V8 lets the heap grow past what survived its last full collection before collecting again (`0`: V8\'s own factor, up to 4×); lower keeps peak RSS lower for more CPU (bench/RESULTS.md, branch `rss`)' },
  { name: 'JWT_JWKS_URL', readBy: 'all', fallback: '(unset)', description: 'the identity provider\'s JWKS (`jwks_uri`, https in production): tokens are RS256/ES256, verified with its keys, refetched for a new `kid`' },
  { name: 'JWT_JWKS_FILE', readBy: 'all', fallback: '(unset)', description: 'a JWKS file instead of a URL; re-read when it changes' },
  { name: 'JWT_PUBLIC_KEY_FILE', readBy: 'all', fallback: '(unset)', description: 'one PEM public key (RSA or P-256) instead of a JWKS; re-read when it changes' },
  { name: 'JWT_JWKS_COOLDOWN_MS', readBy: 'all', fallback: '`30000`', description: 'with `JWT_JWKS_URL`: least time between two fetches of the JWKS caused by an unknown `kid`' },
  { name: 'JWT_JWKS_MAX_AGE_MS', readBy: 'all', fallback: '`600000`', description: 'with `JWT_JWKS_URL`: how long a fetched JWKS is used before it is fetched again (a removed key verifies at most this long)' },
  { name: 'JWT_SIGNING_KEY_FILE', readBy: 'all', fallback: '(unset: public keys verify only)', description: 'private JWK or PKCS#8 PEM whose public half is in the keys above: signs this deployment\'s own tokens (`npm run token`, territory sync, embedded event transport)' },
  { name: 'JWT_SECRET', readBy: 'all', fallback: 'a demo secret, refused when `NODE_ENV=production`', description: 'HS256 secret (≥ 32 characters) that signs and verifies tokens when no public keys are set (the embedded demo)' },
  { name: 'JWT_ALLOW_HS256', readBy: 'all', fallback: '(unset)', description: '`true` lets `NODE_ENV=production` verify HS256 tokens with `JWT_SECRET` instead of public keys' },
  { name: 'JWT_ISSUER', readBy: 'all', fallback: '`grassroots-demo` (required in production with public keys)', description: 'expected `iss` claim' },
  { name: 'JWT_AUDIENCE', readBy: 'all', fallback: '`grassroots-api` (required in production with public keys)', description: 'expected `aud` claim' },
  { name: 'GATEWAY_SECRET', readBy: 'gateway, subgraph', fallback: '(unset: subgraphs answer any caller with a valid token; `npm start` makes one per run)', description: 'secret (≥ 32 characters) the gateway signs each subgraph request with; subgraphs then answer the gateway only. Required when `NODE_ENV=production`' },
  { name: 'SUBGRAPH_DIRECT_ACCESS', readBy: 'gateway, subgraph', fallback: '(unset)', description: '`allow` lets production run without `GATEWAY_SECRET`, for subgraphs shielded another way (network policy, mTLS)' },
  { name: 'GATEWAY_PORT', readBy: 'gateway', fallback: '`4000`', description: 'port the gateway listens on' },
  { name: 'MAX_IN_FLIGHT', readBy: 'gateway, subgraph', fallback: '`32`', description: 'GraphQL requests one process executes at once (its admission limit; `/healthz` and `/readyz` are never subject to it)' },
  { name: 'MAX_QUEUED', readBy: 'gateway, subgraph', fallback: '`32`', description: 'requests that may wait for one of those; past both the process answers HTTP 503 with `Retry-After` and an `UNAVAILABLE` error at once' },
  { name: 'RETRY_AFTER_SECONDS', readBy: 'gateway, subgraph', fallback: '`1`', description: 'the `Retry-After` of those 503 answers' },
  { name: 'RATE_LIMIT_PER_MINUTE', readBy: 'gateway', fallback: '`600`', description: 'requests one token (subject) may make per minute; over it the gateway answers HTTP 429 `RATE_LIMITED` at once' },
  { name: 'GATEWAY_WORKERS', readBy: 'gateway', fallback: '`1`', description: 'gateway processes behind the one port (Node cluster); `auto` is one per core. The rate limit stays one per caller across them; dedup, breaker and concurrency cap are per worker' },
  { name: 'GATEWAY_QUERY_PLAN_CACHE_MIB', readBy: 'gateway', fallback: '`30`', description: "approximate size of each gateway worker's query-plan cache; the example operations and reports are planned into it at start" },
  { name: 'GATEWAY_DEDUP', readBy: 'gateway', fallback: '`on`', description: '`on`: identical queries of one caller in flight at the same moment (same token, document, operation name and variables) run once, and identical subgraph queries share one fetch; `subgraphs`: only the subgraph fetches are shared; `off`: every request runs and every subgraph request goes out on its own' },
  { name: 'GATEWAY_BATCH', readBy: 'gateway', fallback: '`on`', description: '`off` sends each fetch of a query plan on its own; `on` sends the fetches one client request makes to one subgraph at the same step of its plan as one merged query' },
  { name: 'SUBGRAPH_TIMEOUT_MS', readBy: 'gateway', fallback: '`10000`', description: 'time limit of one gateway → subgraph request' },
  { name: 'SUBGRAPH_BREAKER_FAILURES', readBy: 'gateway', fallback: '`5`', description: 'consecutive failures (unreachable, reset, timed out, HTTP 5xx) after which a subgraph is short-circuited' },
  { name: 'SUBGRAPH_BREAKER_OPEN_MS', readBy: 'gateway', fallback: '`5000`', description: 'how long a short-circuited subgraph is not called before one probe request is let through' },
  { name: 'SUBGRAPH_MAX_CONCURRENT', readBy: 'gateway', fallback: '`64`', description: 'requests to one subgraph at once, per gateway worker (also its keep-alive sockets to it)' },
  { name: 'SUBGRAPH_MAX_QUEUED', readBy: 'gateway', fallback: '`8`', description: 'requests that may wait for one of those; the rest are refused at once, `UNAVAILABLE` on the fields they were to fill' },
  { name: 'SUBGRAPH_RECONNECT_MS', readBy: 'gateway', fallback: '`5000`', description: 'how long a request is sent again, after growing pauses, while its subgraph refuses connections (restarting), counted from its first refusal; refused past it, the breaker opens at once. A query also after a reset connection. `0`: a reset query is sent once more, at once, only' },
  { name: 'SUBGRAPH_MAX_RESPONSE_BYTES', readBy: 'gateway', fallback: '`33554432` (32 MiB)', description: 'largest subgraph answer the gateway reads; past it the answer is cut off as it streams in' },
  { name: `${SUBGRAPH_PLACEHOLDER}_URL`, readBy: 'gateway', fallback: 'the URL in `schema/supergraph.graphql` (`http://localhost:<port>/graphql`)', description: 'where the gateway reaches a subgraph' },
  { name: `${SUBGRAPH_PLACEHOLDER}_PORT`, readBy: 'subgraph', fallback: 'its port in `schema/subgraphs.ts` (4001 …)', description: 'port a subgraph listens on' },
  { name: `${SUBGRAPH_PLACEHOLDER}_DATABASE_URL`, readBy: 'subgraph, seed', fallback: '(unset)', description: 'full PostgreSQL URL of one subgraph\'s database; wins over `DATABASE_URL`' },
  { name: 'DATABASE_URL', readBy: 'subgraph, seed', fallback: '(unset: embedded libSQL)', description: 'PostgreSQL server URL; each subgraph uses the database `grassroots_<subgraph>` on it' },
  { name: `${SUBGRAPH_PLACEHOLDER}_DATABASE_REPLICA_URLS`, readBy: 'subgraph', fallback: '(unset)', description: 'full PostgreSQL URLs of one subgraph\'s read replicas (hot standbys), comma-separated; win over `DATABASE_REPLICA_URLS`' },
  { name: 'DATABASE_REPLICA_URLS', readBy: 'subgraph', fallback: '(unset: every read on the primary)', description: 'PostgreSQL read replica server URLs, comma-separated, each holding `grassroots_<subgraph>`: queries read from one at random; a mutation (its payload too), a transaction, the event relay and consumers, migrations and seeds use the primary' },
  { name: 'DATABASE_POOL_MIN', readBy: 'subgraph, seed', fallback: '`2`', description: 'PostgreSQL connections one process keeps open to the primary, and to each replica' },
  { name: 'DATABASE_POOL_MAX', readBy: 'subgraph, seed', fallback: '`10`', description: 'most PostgreSQL connections one process opens to the primary, and to each replica; size it so that processes × (1 + replicas) × max stays under the server\'s `max_connections`' },
  { name: 'DATABASE_POOL_IDLE_MS', readBy: 'subgraph, seed', fallback: '`30000`', description: 'how long an unused PostgreSQL connection above the minimum stays open' },
  { name: 'DATA_DIR', readBy: 'subgraph, seed', fallback: '`data`', description: 'folder of the embedded libSQL files (`<subgraph>.db`) when no database URL is set' },
  { name: 'GATEWAY_URL', readBy: 'subgraph, territory sync', fallback: '`http://localhost:4000/graphql`', description: 'the gateway through which consumers read their producers\' event feeds on the embedded transport, and `npm run sync-territory` reads the territorial tree' },
  { name: 'NATS_URL', readBy: 'subgraph', fallback: '(unset: the embedded feed through the gateway)', description: 'NATS server(s) with JetStream, comma-separated: domain events travel over JetStream (a relay per producer, durable pull consumers)' },
  { name: 'NATS_STREAM_PREFIX', readBy: 'subgraph', fallback: '`grassroots`', description: 'JetStream names: stream `<prefix>_<producer>`, subjects `<prefix>.<producer>.<event type>`' },
  { name: 'EVENT_FEED_WAIT_MS', readBy: 'subgraph', fallback: '`4000`', description: 'embedded transport: how long a caught-up consumer\'s feed request waits at the producer for a new event (long poll, 0–5000; keep it under `SUBGRAPH_TIMEOUT_MS`)' },
  { name: 'SCALE', readBy: 'npm start, seed', fallback: '`demo`', description: 'demo data size seeded into empty databases (`tiny`, `demo`, `city`); `--scale` wins' },
  { name: 'TEST_DATABASE_URL', readBy: 'tests', fallback: '(unset: temporary libSQL files)', description: 'PostgreSQL server on which each test file creates and drops its own database' },
  { name: 'TEST_NATS_URL', readBy: 'tests', fallback: '(unset: the JetStream tests are skipped)', description: 'NATS server with JetStream for the domain-event tests (fresh streams per run, deleted after); `.ci/run` sets it' },
];

/** The table with `<SUBGRAPH>` expanded for the given subgraph names. */
export function environmentVariableNames(subgraphNames: readonly string[]): string[] {
  return ENVIRONMENT.flatMap(({ name }) =>
    name.includes(SUBGRAPH_PLACEHOLDER)
      ? subgraphNames.map((subgraph) => name.replace(SUBGRAPH_PLACEHOLDER, subgraph.toUpperCase()))
      : [name],
  );
}
