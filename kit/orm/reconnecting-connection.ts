import type { AnyEntity, EntityData, Transaction } from '@mikro-orm/core';
import type { Knex, QueryResult } from '@mikro-orm/knex';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { withBoundReads } from './bound-reads';

/**
 * PostgreSQL ended the connection before it ran the statement: it terminated the session
 * (administrator command, shutdown, crash, failover: SQLSTATE class 57P) or its socket is gone.
 */
function isConnectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (code.startsWith('57P') || code === 'ECONNRESET' || code === 'EPIPE')) return true;
  return typeof message === 'string' && /Connection terminated|not queryable|connection ended/i.test(message);
}

/**
 * A statement that only reads, so running it again on another connection changes nothing. Comments
 * before it (a quick read's mark, kit/orm/quick-read.ts) do not change what it is.
 */
function onlyReads(sql: unknown): boolean {
  return typeof sql === 'string' && /^\s*(?:\/\*[\s\S]*?\*\/\s*)*select\b/i.test(sql);
}

/** A read outside a transaction: lost with its connection before it ran, it may be sent on another. */
function safeToSendAgain(query: string | Knex.QueryBuilder | Knex.Raw, method: string | undefined, ctx: Transaction | undefined): boolean {
  const transacting = typeof query !== 'string' && Boolean((query as { client?: { transacting?: unknown } }).client?.transacting);
  return !ctx && !transacting && method !== 'run' && onlyReads(typeof query === 'string' ? query : query.toSQL().sql);
}

/**
 * A pooled connection PostgreSQL dropped while it sat idle (a restart, a failover, an
 * administrator's `pg_terminate_backend`) is found out only when a statement is sent on it; the pool
 * then discards it. Without more, each such connection fails one request with INTERNAL. Here what is
 * certain to have run nothing is sent again on another connection: a transaction's BEGIN, and a
 * read outside a transaction — as often as the pool may hold dead connections, no more. A statement
 * inside a transaction is not: the transaction is lost with its connection, and the command fails.
 */
export class ReconnectingPostgreSqlConnection extends withBoundReads(PostgreSqlConnection) {
  private attempts(): number {
    return (this.config.get('pool')?.max ?? 10) + 1;
  }

  override async begin(options: Parameters<PostgreSqlConnection['begin']>[0] = {}): Promise<Knex.Transaction> {
    if (options.ctx) return super.begin(options);
    for (let attempt = 1; ; attempt += 1) {
      let error: unknown;
      try {
        const trx = await super.begin(options);
        if (!trx.isCompleted()) return trx;
        // knex hands out a transaction whose BEGIN failed, already completed, its error kept in
        // `executionPromise`; its first statement would fail with "Transaction query already complete".
        error = await trx.executionPromise.then(
          () => new Error('the transaction ended before it began'),
          (reason: unknown) => reason,
        );
      } catch (thrown) {
        error = thrown;
      }
      if (!isConnectionLost(error) || attempt >= this.attempts()) throw error;
    }
  }

  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    query: string | Knex.QueryBuilder | Knex.Raw,
    params?: unknown[],
    method?: 'all' | 'get' | 'run',
    ctx?: Transaction,
    loggerContext?: Parameters<PostgreSqlConnection['execute']>[4],
  ): Promise<T> {
    return this.sentAgainIfLost(
      () => super.execute<T>(query, params, method, ctx, loggerContext),
      () => safeToSendAgain(query, method, ctx),
    );
  }

  override async readRows(sql: string, bindings: readonly unknown[], ctx?: Transaction): Promise<Record<string, unknown>[]> {
    return this.sentAgainIfLost(
      () => super.readRows(sql, bindings, ctx),
      () => safeToSendAgain(sql, 'all', ctx),
    );
  }

  /**
   * `send`, sent again while its connection is found lost and `safe` says it ran nothing that
   * matters. `safe` is asked only then: a read's text is not compiled again on every read.
   */
  private async sentAgainIfLost<T>(send: () => Promise<T>, safe: () => boolean): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await send();
      } catch (error) {
        if (!isConnectionLost(error) || attempt >= this.attempts() || !safe()) throw error;
      }
    }
  }
}
