import { LibSqlKnexDialect } from '@mikro-orm/knex';
import { LibSqlThread, type RunResult, type StatementMethod, type ThreadConnection } from './libsql-thread';
import { isQuickRead } from './quick-read';
import { QuickReader } from './quick-reader';

/**
 * How long the worker's connection waits for the quick reader's lock, in ms: a commit waits for a
 * quick read in progress to end, which is short. Off the event loop, so the wait holds nothing else.
 */
const BUSY_TIMEOUT_MS = 5_000;

/** The knex query object the dialect receives and fills in (knex's own type is not exported). */
interface KnexQuery {
  sql: string;
  bindings?: unknown[];
  response?: unknown;
  context?: { lastID: number | bigint; changes: number };
}

/** A pooled connection: the worker's, and for a file a reader on the event loop beside it. */
interface PooledConnection extends ThreadConnection {
  readonly __created: number;
  readonly reader: QuickReader | null;
}

/**
 * MikroORM's libSQL knex dialect with the statements run on a worker thread (`LibSqlThread`)
 * instead of the event loop. Everything else is the parent's: SQL generation, the choice between
 * `all` and `run`, binding formats, and the pool of one connection, so transactions, the order of
 * statements and libSQL's one writer at a time are what they were. The worker starts with the
 * knex client (knex calls `_driver()` once) and ends when the client is destroyed (`orm.close()`).
 *
 * Quick reads (kit/orm/quick-read.ts) outside a transaction run on the event loop instead, on a
 * second connection to the same file: a worker round trip cost more CPU than such a read.
 */
export class OffLoopLibSqlDialect extends LibSqlKnexDialect {
  declare driver: LibSqlThread;

  override _driver(): LibSqlThread {
    return new LibSqlThread();
  }

  override async acquireRawConnection(): Promise<PooledConnection> {
    const connection = await this.driver.open({ ...this.connectionSettings });
    // An in-memory database is private to its connection: nothing else can read it.
    if (connection.memory) return { ...connection, __created: Date.now(), reader: null };
    await this.driver.query(connection.id, `pragma busy_timeout = ${BUSY_TIMEOUT_MS}`, [], 'all');
    const reader = new QuickReader(this.connectionSettings.filename as string);
    // The parent's `validateConnection` reads these (a file connection is renewed after 10 s, its reader with it).
    return { ...connection, __created: Date.now(), reader };
  }

  async destroyRawConnection(connection: PooledConnection): Promise<void> {
    connection.reader?.close();
    await this.driver.close(connection.id);
  }

  override async _query(connection: PooledConnection, query: KnexQuery): Promise<KnexQuery> {
    if (!query.sql) throw new Error('The query is empty');
    if (!connection) throw new Error('No connection provided');
    const method: StatementMethod = this['getCallMethod'](query);
    const bindings = this._formatBindings(query.bindings);
    // Inside a transaction a read must see what the transaction wrote: only its own connection does.
    const quick =
      connection.reader && method === 'all' && isQuickRead(query.sql) && !this.driver.inTransaction(connection.id)
        ? connection.reader.tryAll(query.sql, bindings)
        : undefined;
    const response = quick ?? (await this.driver.query(connection.id, query.sql, bindings, method));
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
