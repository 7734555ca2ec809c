import Database from 'libsql';

/** Prepared statements kept, as in the worker (kit/orm/libsql-thread.ts): the few hundred texts of quick reads. */
const STATEMENTS = 500;

/**
 * How long a statement waits for the other connection's lock, in ms. The reader here and the
 * worker's connection share one file in SQLite's rollback-journal mode: a commit waits for a read in
 * progress to end, a read for a commit to end — each a few milliseconds, never each other.
 */
export const BUSY_TIMEOUT_MS = 5_000;

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection['prepare']>;

/**
 * A second connection to an embedded database file, on the event loop, for quick reads
 * (kit/orm/quick-read.ts) outside a transaction: what committed is what it sees, as the worker's
 * connection would. It cannot write (`query_only`).
 */
export class QuickReader {
  private readonly connection: Connection;
  private readonly statements = new Map<string, Statement>();

  constructor(file: string) {
    this.connection = new Database(file);
    this.connection.exec(`pragma query_only = on; pragma busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }

  all(sql: string, bindings: unknown[]): unknown[] {
    let statement = this.statements.get(sql);
    if (statement) this.statements.delete(sql);
    else {
      statement = this.connection.prepare(sql);
      if (this.statements.size >= STATEMENTS) this.statements.delete(this.statements.keys().next().value!);
    }
    // A Map iterates in insertion order: re-inserting on each use keeps the least recently used first.
    this.statements.set(sql, statement);
    return statement.all(bindings) as unknown[];
  }

  close(): void {
    this.statements.clear();
    this.connection.close();
  }
}
