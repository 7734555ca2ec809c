import { LibSqlKnexDialect } from '@mikro-orm/knex';
import { LibSqlThread, type RunResult, type StatementMethod, type ThreadConnection } from './libsql-thread';

/** The knex query object the dialect receives and fills in (knex's own type is not exported). */
interface KnexQuery {
  sql: string;
  bindings?: unknown[];
  response?: unknown;
  context?: { lastID: number | bigint; changes: number };
}

/**
 * MikroORM's libSQL knex dialect with the statements run on a worker thread (`LibSqlThread`)
 * instead of the event loop. Everything else is the parent's: SQL generation, the choice between
 * `all` and `run`, binding formats, and the pool of one connection, so transactions, the order of
 * statements and libSQL's one writer at a time are what they were. The worker starts with the
 * knex client (knex calls `_driver()` once) and ends when the client is destroyed (`orm.close()`).
 */
export class OffLoopLibSqlDialect extends LibSqlKnexDialect {
  declare driver: LibSqlThread;

  override _driver(): LibSqlThread {
    return new LibSqlThread();
  }

  override async acquireRawConnection(): Promise<ThreadConnection & { __created: number }> {
    const connection = await this.driver.open({ ...this.connectionSettings });
    // The parent's `validateConnection` reads these (a file connection is renewed after 10 s).
    return { ...connection, __created: Date.now() };
  }

  async destroyRawConnection(connection: ThreadConnection): Promise<void> {
    await this.driver.close(connection.id);
  }

  override async _query(connection: ThreadConnection, query: KnexQuery): Promise<KnexQuery> {
    if (!query.sql) throw new Error('The query is empty');
    if (!connection) throw new Error('No connection provided');
    const method: StatementMethod = this['getCallMethod'](query);
    const response = await this.driver.query(connection.id, query.sql, this._formatBindings(query.bindings), method);
    query.response = response;
    const { lastInsertRowid, changes } = response as RunResult;
    query.context = { lastID: lastInsertRowid, changes };
    return query;
  }

  async destroy(callback?: (error?: Error) => void): Promise<void> {
    try {
      await super.destroy(callback);
    } finally {
      await this.driver.terminate();
    }
  }
}
