import type { ApolloServer } from '@apollo/server';
import type { MigrationObject, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { gatewaySecretFromEnv, requireGatewayProof } from './auth/gateway-proof';
import { requireViewer } from './auth/viewer-from-headers';
import type { TokenSettings } from './auth/token';
import { portFromEnv, tokenSettingsFromEnv } from './config';
import type { BaseContext, RequestInfo } from './context';
import { createSubgraphApollo } from './http/apollo';
import { createLogger } from './http/logger';
import { closeOnSignals, startService, type RunningService } from './http/service';
import { databaseLocationFromEnv, openDatabase } from './orm/orm-options';
import type { FederatedSchema } from './schema/federated-schema';

/** What makes a subgraph: its name, schema and per-request context. */
export interface SubgraphDefinition<TContext extends BaseContext> {
  readonly name: string;
  readonly defaultPort: number;
  readonly entities: Function[];
  /** Its committed PostgreSQL migrations, oldest first (`subgraphs/<name>/migrations/index.ts`). */
  readonly migrations: readonly MigrationObject[];
  readonly buildSchema: () => Promise<FederatedSchema>;
  readonly createContext: (em: EntityManager, request: RequestInfo) => TContext;
}

export interface SubgraphServer<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly sdl: string;
  readonly log: Logger;
  /**
   * Starts listening (port 0 picks a free one). With `gatewaySecret`, GraphQL requests must carry
   * the gateway's proof (`kit/auth/gateway-proof.ts`): the subgraph answers the gateway only.
   */
  listen(port: number, settings: TokenSettings, access?: { readonly gatewaySecret?: string }): Promise<RunningService>;
}

/** Builds a subgraph's Apollo Server on an open ORM, without listening: tests run exactly this. */
export async function createSubgraphServer<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  orm: MikroORM,
  log: Logger = createLogger(definition.name),
): Promise<SubgraphServer<TContext>> {
  const { schema, sdl } = await definition.buildSchema();
  const apollo = createSubgraphApollo<TContext>(schema, log);
  return {
    apollo,
    sdl,
    log,
    listen: (port, settings, access = {}) =>
      startService({
        name: definition.name,
        apollo,
        log,
        port,
        context: async ({ headers, requestId, log: requestLog, signal }) => {
          if (access.gatewaySecret) requireGatewayProof(access.gatewaySecret, headers, requestId);
          const viewer = await requireViewer(headers, settings);
          const em = orm.em.fork() as EntityManager;
          return definition.createContext(em, { viewer, requestId, log: requestLog, signal });
        },
        ready: () => orm.isConnected(),
      }),
  };
}

/** The process entry point of a subgraph: config from the environment, database, listen, drain on SIGTERM. */
export async function runSubgraph<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>): Promise<void> {
  const log = createLogger(definition.name);
  const orm = await openDatabase({
    entities: definition.entities,
    migrations: definition.migrations,
    location: databaseLocationFromEnv(definition.name),
  });
  const server = await createSubgraphServer(definition, orm, log);
  const port = portFromEnv(`${definition.name.toUpperCase()}_PORT`, definition.defaultPort);
  let service: RunningService | undefined;
  closeOnSignals(async () => {
    await service?.close();
    await orm.close();
  }, log);
  service = await server.listen(port, tokenSettingsFromEnv(), { gatewaySecret: gatewaySecretFromEnv() });
}
