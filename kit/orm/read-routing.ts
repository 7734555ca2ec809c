import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { AnyEntity, Configuration, ConnectionType, EntityData, LoggingOptions, Transaction } from '@mikro-orm/core';
import { AbstractSqlDriver, type Knex, type QueryResult } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { ReconnectingPostgreSqlConnection } from './reconnecting-connection';

/**
 * Which server answers a read. MikroORM sends every read outside a transaction to a read replica
 * (`replicas`, `preferReadReplicas`), and everything inside one to the primary. A command reads
 * before it opens its transaction (does the building exist, is the room free) and its payload is
 * read after it commits; a replica a moment behind would answer both from the past: refuse a
 * command for a row the primary has, or leave out what the command just wrote. So while a mutation
 * runs, or a job that reads then writes, every read goes to the primary; queries use the replicas.
 */
interface Routing {
  primary: boolean;
}

const routing = new AsyncLocalStorage<Routing>();

/** Runs `work` with reads on the replicas until something in it calls `readFromPrimary()`. */
export function withReadRouting<T>(work: () => T): T {
  return routing.run({ primary: false }, work);
}

/** Runs `work`, and everything it starts (timers, loops), with every read on the primary. */
export function onPrimary<T>(work: () => T): T {
  return routing.run({ primary: true }, work);
}

/** From now on in the current `withReadRouting`, reads go to the primary. */
function readFromPrimary(): void {
  const current = routing.getStore();
  if (current) current.primary = true;
}

/** Sends a mutation's reads, the payload's included, to the primary (under `withReadRouting`). */
export function mutationsReadFromPrimary<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'mutation') readFromPrimary();
        },
      };
    },
  };
}

/**
 * PostgreSQL driver that keeps reads on the primary where `onPrimary` or a mutation asks it to, and
 * sends the raw reads of `em.execute` (windowed pages, statistics) to a replica too: MikroORM's own
 * `execute` always uses the primary. A raw statement inside a transaction (`ctx`) or run for its
 * effect (`run`) stays on the primary.
 */
export class ReadRoutingPostgreSqlDriver extends AbstractSqlDriver<ReconnectingPostgreSqlConnection, PostgreSqlPlatform> {
  // MikroORM's PostgreSqlDriver, with connections that outlive a pooled connection PostgreSQL dropped.
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), ReconnectingPostgreSqlConnection, ['knex', 'pg']);
  }

  override getConnection(type: ConnectionType = 'write') {
    return super.getConnection(routing.getStore()?.primary ? 'write' : type);
  }

  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    query: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    if (ctx || method === 'run' || !this.config.get('preferReadReplicas')) return super.execute<T>(query, params, method, ctx, loggerContext);
    return this.rethrow(this.getConnection('read').execute<T>(query, params, method, ctx, loggerContext));
  }
}
