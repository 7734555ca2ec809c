import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { GATEWAY_PROOF_HEADER, gatewayProof } from '../../kit/auth/gateway-proof';
import type { Role } from '../../kit/auth/role';
import { signToken, type TokenSettings } from '../../kit/auth/token';
import { generateTerritory } from '../../kit/demo/territory';
import type { DemoTerritory } from '../../kit/demo/types';
import { embeddedTransport } from '../../kit/events/embedded-transport';
import type { EventConsumer } from '../../kit/events/domain-event';
import type { ApplierOptions } from '../../kit/events/event-applier';
import { startEvents, type EventsRuntime } from '../../kit/events/event-runtime';
import { jetstreamTransport } from '../../kit/events/jetstream-transport';
import type { EventTransport } from '../../kit/events/transport';
import { createLogger } from '../../kit/http/logger';
import type { AdmissionSettings } from '../../kit/http/admission';
import type { RunningService } from '../../kit/http/service';
import type { QueryLog } from '../../kit/orm/query-log';
import { projectRoot } from '../../kit/project-root';
import { createSubgraphServer } from '../../kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../kit/testing/test-database';
import { parse, print } from 'graphql';
import { sha256Hex, type TrustedDocuments } from '../../gateway/partners/operation-manifest';
import type { SubgraphResilience } from '../../gateway/resilience';
import type { Deduplication } from '../../gateway/in-flight-dedup';
import { createGateway } from '../../gateway/server';
import { subgraphs as allSubgraphs, type SubgraphEntry } from '../../schema/subgraphs';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

/** Signing settings of the test federation: a fresh secret per harness. */
export function testTokenSettings(): TokenSettings {
  return { secret: randomBytes(32), issuer: 'grassroots-test', audience: 'grassroots-test' };
}

export interface GraphQLResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON (`{ data, errors }`), or the raw text when the body is not JSON. */
  readonly body: any;
  /** The body as sent, to check what never appears in it (hosts, subgraph names). */
  readonly text: string;
}

export interface Supergraph {
  /** The gateway's GraphQL URL. */
  readonly url: string;
  /** The gateway's base URL (`/healthz`, `/readyz`). */
  readonly origin: string;
  /** Subgraph name → its URL (to check none leaks, or to call one directly). */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The seeded territory (`tiny`), to pick ids from. */
  readonly territory: DemoTerritory;
  /** Every SQL statement each subgraph ran, for budgets across the federation. */
  readonly queryLogs: Readonly<Record<string, QueryLog>>;
  readonly tokenSettings: TokenSettings;
  /** Shared by the gateway and the subgraphs; a direct call to a subgraph needs its proof (`gatewayProof`). */
  readonly gatewaySecret: string;
  /** Headers the gateway adds to a subgraph request (request id and its proof), to call a subgraph as the gateway would. */
  gatewayHeaders(): Record<string, string>;
  /** POSTs a document to the gateway; `token` is sent as a bearer token when given. */
  query(document: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /**
   * POSTs only the hash of `document` as printed by graphql-js (`extensions.persistedQuery`): how a
   * partner agency sends a registered operation, and the first step of an automatic persisted query.
   */
  persisted(document: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse>;
  /** POSTs any GraphQL-over-HTTP body to the gateway (a persisted query's hash, extensions …). */
  post(body: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** A token signed for this federation; `agency` names a partner agency's registered operations. */
  token(claims: { roles: readonly Role[]; scope?: readonly string[]; subject?: string; expiresIn?: string; agency?: string }): Promise<string>;
  /** A fresh entity manager on one subgraph's database (for commands that run beside the services, e.g. the territory sync). */
  em(name: string): EntityManager;
  /** Stops one subgraph (to see how the gateway copes). */
  stopSubgraph(name: string): Promise<void>;
  /** With `options.cuttable`: cuts the gateway off one subgraph (refused connections, as a dead process), and restores it. */
  cutSubgraph(name: string): Promise<void>;
  restoreSubgraph(name: string): Promise<void>;
  /** A subgraph's running domain events (with `options.events`). */
  events(name: string): EventsRuntime;
  /**
   * Stops a subgraph's domain events (relay and consumers finish their batch in hand) and starts
   * them again on a fresh transport: a restarted process. `consumers` replaces the definition's.
   */
  restartEvents(name: string, consumers?: readonly EventConsumer[]): Promise<EventsRuntime>;
  close(): Promise<void>;
}

/** The transport of the domain events in a test federation; every stream and consumer name is fresh. */
export type TestEvents =
  | { readonly transport: 'embedded'; readonly waitMs?: number; readonly pageSize?: number; readonly applier?: ApplierOptions }
  | {
      readonly transport: 'jetstream';
      /** NATS servers (`TEST_NATS_URL`, or a proxy in front of it). */
      readonly servers: string;
      /** Stream prefix: unique per test file so parallel runs never share a stream. */
      readonly prefix: string;
      readonly batchSize?: number;
      readonly ackWaitMs?: number;
      readonly applier?: ApplierOptions;
    };

export interface SupergraphOptions {
  /** Defaults to every subgraph in `schema/subgraphs.ts`. */
  readonly subgraphs?: readonly SubgraphEntry[];
  readonly timeoutMs?: number;
  /** Starts each subgraph's domain events on this transport once the gateway listens (off by default). */
  readonly events?: TestEvents;
  /** Where the gateway finds subgraphs not started here (e.g. one run as its own process). */
  readonly subgraphUrls?: Readonly<Record<string, string>>;
  /**
   * Signing settings, when a subgraph run as its own process must share them (`JWT_SECRET`); or a
   * function called once per service here, so each has its own key cache as separate processes do.
   */
  readonly tokenSettings?: TokenSettings | (() => TokenSettings);
  readonly gatewaySecret?: string;
  /** Admission limits (kit/http/admission.ts) of the gateway and of subgraphs by name (defaults otherwise). */
  readonly admission?: { readonly gateway?: AdmissionSettings; readonly subgraphs?: Readonly<Record<string, AdmissionSettings>> };
  /** The gateway's circuit breaker, concurrency cap and answer size limit (defaults otherwise). */
  readonly resilience?: SubgraphResilience;
  /**
   * The gateway reaches each subgraph through a TCP relay (`cutSubgraph`/`restoreSubgraph`): one
   * subgraph after another can be taken away and brought back on one running federation.
   */
  readonly cuttable?: boolean;
  /** A built IDE bundle for the gateway to serve at its root (`buildIde`); the static page without. */
  readonly ideAssetsDir?: string;
  /** Rows per page of the gateway's `/reports/`. */
  readonly reportPageSize?: number;
  /** Partner agencies' registered operations (by default `schema/operations/`), e.g. with a test agency's. */
  readonly trustedDocuments?: TrustedDocuments;
  /** Requests a minute per caller at the gateway (its default 600), for a test that is one caller sending many. */
  readonly ratePerMinute?: number;
  /** `false`: the gateway sends each fetch of a plan on its own (`GATEWAY_BATCH=off`). */
  readonly batchPlanLevels?: boolean;
  /** What the gateway shares between identical requests in flight (`GATEWAY_DEDUP`; `on` unless given). */
  readonly deduplication?: Deduplication;
}

/** A unique, valid NATS stream prefix for one test run. */
export function uniqueStreamPrefix(label: string): string {
  return `test_${label}_${randomBytes(4).toString('hex')}`;
}

/**
 * Starts every subgraph on its own test database seeded with the `tiny` territory, each on an
 * ephemeral port, and the real gateway in front of them on the committed supergraph (which the
 * drift test holds equal to a fresh composition) — the system as `npm start` runs it, in one process.
 */
export async function startSupergraph(options: SupergraphOptions = {}): Promise<Supergraph> {
  const shared = (typeof options.tokenSettings === 'function' ? undefined : options.tokenSettings) ?? testTokenSettings();
  const settingsFor = (): TokenSettings => (typeof options.tokenSettings === 'function' ? options.tokenSettings() : shared);
  const tokenSettings = settingsFor();
  const gatewaySecret = options.gatewaySecret ?? randomBytes(32).toString('base64url');
  const territory = generateTerritory('tiny');
  const databases: TestDatabase[] = [];
  const services = new Map<string, RunningService>();
  const databaseOf = new Map<string, TestDatabase>();
  let gateway: RunningService | undefined;
  const events = new Map<string, EventsRuntime>();
  const relays = new Map<string, TcpProxy>();

  async function close(): Promise<void> {
    await Promise.all([...events.values()].map((runtime) => runtime.stop()));
    await gateway?.close();
    await Promise.all([...relays.values()].map((relay) => relay.close()));
    await Promise.all([...services.values()].map((service) => service.close()));
    await Promise.all(databases.map((database) => database.close()));
  }

  try {
    const queryLogs: Record<string, QueryLog> = {};
    const subgraphUrls: Record<string, string> = { ...options.subgraphUrls };
    for (const { name, definition, seed } of options.subgraphs ?? allSubgraphs) {
      const database = await createTestDatabase(name, definition.entities);
      databases.push(database);
      databaseOf.set(name, database);
      const em = database.orm.em.fork() as EntityManager;
      await em.transactional((tx) => seed(tx, territory));
      const server = await createSubgraphServer(definition, database.orm);
      const service = await server.listen(0, settingsFor(), {
        gatewaySecret,
        admission: options.admission?.subgraphs?.[name],
        details: () => {
          const runtime = events.get(name);
          return runtime ? { events: runtime.status() } : {};
        },
      });
      services.set(name, service);
      subgraphUrls[name] = service.url;
      if (options.cuttable) {
        const relay = await startTcpProxy({ host: '127.0.0.1', port: service.port });
        relays.set(name, relay);
        subgraphUrls[name] = `http://127.0.0.1:${relay.port}/graphql`;
      }
      database.queryLog.reset();
      queryLogs[name] = database.queryLog;
    }

    const supergraphSdl = readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
    const server = createGateway({ supergraphSdl, subgraphUrls, tokenSettings, gatewaySecret, log: createLogger('gateway'), timeoutMs: options.timeoutMs, resilience: options.resilience, admission: options.admission?.gateway, ideAssetsDir: options.ideAssetsDir, reportPageSize: options.reportPageSize, trustedDocuments: options.trustedDocuments, ratePerMinute: options.ratePerMinute, batchPlanLevels: options.batchPlanLevels, deduplication: options.deduplication });
    gateway = await server.listen(0);
    // Its query plans made before the test begins: no planning competes with what a test observes.
    await server.plansWarmed();
    const url = gateway.url;
    const origin = new URL(url).origin;

    const transportFor = (name: string): EventTransport => {
      const settings = options.events!;
      const log = createLogger(name);
      return settings.transport === 'embedded'
        ? embeddedTransport({ gatewayUrl: url, tokenSettings, subject: `${name}-events`, waitMs: settings.waitMs ?? 1_000, pageSize: settings.pageSize, log })
        : jetstreamTransport({ servers: settings.servers, prefix: settings.prefix, name, batchSize: settings.batchSize, ackWaitMs: settings.ackWaitMs, log });
    };
    const entries = options.subgraphs ?? allSubgraphs;
    const runEvents = (name: string, consumers?: readonly EventConsumer[]): EventsRuntime => {
      const { definition } = entries.find((entry) => entry.name === name)!;
      const runtime = startEvents({
        subgraph: name,
        produces: !!definition.producesEvents,
        consumers: consumers ?? definition.consumes ?? [],
        orm: databaseOf.get(name)!.orm,
        transport: transportFor(name),
        log: createLogger(name),
        applier: options.events!.applier,
      });
      events.set(name, runtime);
      return runtime;
    };
    if (options.events) {
      for (const { name, definition } of entries) if (definition.producesEvents || definition.consumes?.length) runEvents(name);
    }

    async function post(body: Record<string, unknown>, token?: string, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    }

    return {
      url,
      origin,
      subgraphUrls,
      territory,
      queryLogs,
      tokenSettings,
      gatewaySecret,
      gatewayHeaders() {
        const requestId = randomUUID();
        return { 'x-request-id': requestId, [GATEWAY_PROOF_HEADER]: gatewayProof(gatewaySecret, requestId) };
      },
      query(document, variables, token, headers = {}) {
        return post({ query: document, variables }, token, headers);
      },
      persisted(document, variables, token) {
        return post({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(print(parse(document))) } } }, token);
      },
      post,
      token: ({ roles, scope, subject, expiresIn, agency }) => signToken({ subject: subject ?? 'test-user', roles, scope, expiresIn, agency }, tokenSettings),
      em(name) {
        const database = databaseOf.get(name);
        if (!database) throw new Error(`No subgraph ${name} in this supergraph`);
        return database.orm.em.fork() as EntityManager;
      },
      async stopSubgraph(name) {
        await services.get(name)?.close();
      },
      async cutSubgraph(name) {
        const relay = relays.get(name);
        if (!relay) throw new Error(`${name} is not cuttable: start the supergraph with options.cuttable`);
        await relay.pause();
      },
      async restoreSubgraph(name) {
        await relays.get(name)?.resume();
      },
      events(name) {
        const runtime = events.get(name);
        if (!runtime) throw new Error(`No domain events running for ${name}: start the supergraph with options.events`);
        return runtime;
      },
      async restartEvents(name, consumers) {
        await events.get(name)?.stop();
        return runEvents(name, consumers);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
