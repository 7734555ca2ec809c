import type { ApolloServer } from '@apollo/server';
import type { EntityClass, MigrationObject, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { AuditEntry } from './audit/audit-entry.entity';
import { gatewaySecretFromEnv, requireGatewayProof } from './auth/gateway-proof';
import { requireViewer } from './auth/viewer-from-headers';
import type { TokenSettings } from './auth/token';
import { portFromEnv, tokenSettingsFromEnv } from './config';
import { requestInfo, type BaseContext, type RequestInfo } from './context';
import { admissionFromEnv, type AdmissionSettings } from './http/admission';
import { createSubgraphApollo } from './http/apollo';
import { createLogger } from './http/logger';
import { closeOnSignals, startService, type RunningService } from './http/service';
import type { EventConsumer } from './events/domain-event';
import { eventTransportFromEnv, startEvents, type EventsRuntime } from './events/event-runtime';
import { boundHeapGrowth } from './heap-growth';
import { databaseReadiness } from './orm/database-readiness';
import { databaseLocationFromEnv, openDatabase } from './orm/orm-options';
import { onPrimary, withReadRouting } from './orm/read-routing';
import { requireSeededFile } from './orm/seeded-marker';
import type { FederatedSchema } from './schema/federated-schema';

/** What makes a subgraph: its name, schema and per-request context. */
export interface SubgraphDefinition<TContext extends BaseContext> {
  readonly name: string;
  readonly defaultPort: number;
  readonly entities: EntityClass<object>[];
  /** Its committed PostgreSQL migrations, oldest first (`subgraphs/<name>/migrations/index.ts`). */
  readonly migrations: readonly MigrationObject[];
  readonly buildSchema: () => Promise<FederatedSchema>;
  readonly createContext: (em: EntityManager, request: RequestInfo) => TContext;
  /**
   * Publishes domain events as the stream named after the subgraph: commands write them with
   * `recordEvents` (kit/events/record-event.ts). Needs `producerEntities` among its entities and
   * `eventFeedResolver(name)` among its resolvers (the embedded transport's feed).
   */
  readonly producesEvents?: boolean;
  /**
   * Consumers of other subgraphs' streams it runs while it serves (`territoryCopyConsumer` keeps the
   * territory copy current). Needs `consumerEntities` among its entities.
   */
  readonly consumes?: readonly EventConsumer[];
}

export interface ListenOptions {
  readonly gatewaySecret?: string;
  readonly details?: () => Record<string, unknown>;
  /** Requests executed at once and waiting before 503 (`kit/http/admission.ts`). */
  readonly admission?: AdmissionSettings;
}

export interface SubgraphServer<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly sdl: string;
  readonly log: Logger;
  /**
   * Starts listening (port 0 picks a free one). With `gatewaySecret`, GraphQL requests must carry
   * the gateway's proof (`kit/auth/gateway-proof.ts`): the subgraph answers the gateway only.
   * `details` adds to `/readyz` (the domain events' lag).
   */
  listen(port: number, settings: TokenSettings, options?: ListenOptions): Promise<RunningService>;
}

/** Builds a subgraph's Apollo Server on an open ORM, without listening: tests run exactly this. */
export async function createSubgraphServer<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  orm: MikroORM,
  log: Logger = createLogger(definition.name),
): Promise<SubgraphServer<TContext>> {
  if (!definition.entities.includes(AuditEntry)) throw new Error(`${definition.name}: add ...auditEntities (kit/audit/entities.ts) to its entities: every subgraph keeps an audit trail`);
  const { schema, sdl } = await definition.buildSchema();
  const apollo = createSubgraphApollo<TContext>(schema, log);
  const ready = databaseReadiness(orm, log);
  return {
    apollo,
    sdl,
    log,
    listen: (port, settings, { gatewaySecret, details, admission } = {}) =>
      startService({
        name: definition.name,
        apollo,
        log,
        port,
        admission,
        context: async ({ headers, requestId, log: requestLog, signal }) => {
          if (gatewaySecret) requireGatewayProof(gatewaySecret, headers, requestId);
          const viewer = await requireViewer(headers, settings);
          const em = orm.em.fork() as EntityManager;
          return definition.createContext(em, requestInfo(viewer, requestId, requestLog, signal));
        },
        ready,
        details,
        around: withReadRouting,
      }),
  };
}

/** The process entry point of a subgraph: config from the environment, database, listen, drain on SIGTERM. */
export async function runSubgraph<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>): Promise<void> {
  boundHeapGrowth();
  const log = createLogger(definition.name);
  const location = databaseLocationFromEnv(definition.name);
  requireSeededFile(definition.name, location);
  const orm = await openDatabase({ entities: definition.entities, migrations: definition.migrations, location });
  const server = await createSubgraphServer(definition, orm, log);
  const port = portFromEnv(`${definition.name.toUpperCase()}_PORT`, definition.defaultPort);
  const tokenSettings = tokenSettingsFromEnv();
  let service: RunningService | undefined;
  let events: EventsRuntime | undefined;
  closeOnSignals(async () => {
    await service?.close();
    // After the last request drained: a command that committed still has its events published.
    await events?.stop();
    await orm.close();
  }, log);
  if (definition.producesEvents || definition.consumes?.length) {
    // The relay and the consumers read then write (unpublished events, applied positions): primary only.
    events = onPrimary(() => startEvents({
      subgraph: definition.name,
      produces: !!definition.producesEvents,
      consumers: definition.consumes ?? [],
      orm,
      transport: eventTransportFromEnv(definition.name, tokenSettings, log),
      log,
    }));
  }
  service = await server.listen(port, tokenSettings, {
    gatewaySecret: gatewaySecretFromEnv(),
    admission: admissionFromEnv(),
    details: events && (() => ({ events: events!.status() })),
  });
}
