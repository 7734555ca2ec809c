import Database from 'libsql';

/** Prepared statements kept, as in the worker (kit/orm/libsql-thread.ts): the few hundred texts of quick reads. */
const STATEMENTS = 500;

/** SQLite's result code when another connection holds the lock it needs. */
const SQLITE_BUSY = 'SQLITE_BUSY';

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection['prepare']>;

/**
 * A second connection to an embedded database file, on the event loop, for quick reads
 * (kit/orm/quick-read.ts) outside a transaction: what committed is what it sees, as the worker's
 * connection would. It cannot write (`query_only`). It shares the file with the worker's connection
 * in SQLite's rollback-journal mode, but never waits for that connection's lock: a wait would hold
 * the event loop for a whole commit (its journal's fsyncs included). A read that finds the file
 * locked is sent to the worker instead (`tryAll`).
 */
export class QuickReader {
  private readonly connection: Connection;
  private readonly statements = new Map<string, Statement>();

  constructor(file: string) {
    this.connection = new Database(file);
    this.connection.exec('pragma query_only = on; pragma busy_timeout = 0');
  }

  /** The rows, or `undefined` when another connection holds the file's lock (a commit in progress): then ask the worker. */
  tryAll(sql: string, bindings: unknown[]): unknown[] | undefined {
    try {
      return this.statement(sql).all(bindings) as unknown[];
    } catch (error) {
      if ((error as { code?: unknown }).code === SQLITE_BUSY) return undefined;
      throw error;
    }
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement) this.statements.delete(sql);
    else {
      statement = this.connection.prepare(sql);
      if (this.statements.size >= STATEMENTS) this.statements.delete(this.statements.keys().next().value!);
    }
    // A Map iterates in insertion order: re-inserting on each use keeps the least recently used first.
    this.statements.set(sql, statement);
    return statement;
  }

  close(): void {
    this.statements.clear();
    this.connection.close();
  }
}
