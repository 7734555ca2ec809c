import { Worker } from 'node:worker_threads';

/**
 * The worker's whole program: it owns the libSQL connections and runs each statement it is sent,
 * one message at a time, exactly as the synchronous dialect ran them on the main thread.
 *
 * Plain JavaScript evaluated by the worker rather than a module file: a `.ts` worker would need a
 * TypeScript loader in every thread (seconds per start under jest), and a `.js` file beside the
 * sources would not reach `dist/` through `tsc`.
 */
const WORKER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const connections = new Map();
let opened = 0;
// Preparing a statement was 4 % of grids' CPU per request, for the same few hundred SQL texts.
// A prepared statement stays right across schema changes: libSQL re-prepares it when the schema
// changed (the columns of "select *" included), so migrations need no clearing.
function prepared(entry, sql) {
  const { statements } = entry;
  let statement = statements.get(sql);
  if (statement) {
    statements.delete(sql);
  } else {
    statement = entry.connection.prepare(sql);
    if (statements.size >= workerData.statementsPerConnection) statements.delete(statements.keys().next().value);
  }
  // A Map iterates in insertion order: re-inserting on each use keeps the least recently used first.
  statements.set(sql, statement);
  return statement;
}
const operations = {
  open({ settings }) {
    const connection = new Database(settings.filename, settings);
    opened += 1;
    connections.set(opened, { connection, statements: new Map() });
    return { id: opened, memory: connection.memory };
  },
  query({ connection, sql, bindings, method }) {
    const entry = connections.get(connection);
    const result = prepared(entry, sql)[method](bindings);
    return { result, transaction: entry.connection.inTransaction };
  },
  cachedStatements({ connection }) {
    return connections.get(connection)?.statements.size ?? 0;
  },
  close({ connection }) {
    const entry = connections.get(connection);
    connections.delete(connection);
    entry?.statements.clear();
    entry?.connection.close();
    return null;
  },
};
parentPort.on('message', (message) => {
  try {
    parentPort.postMessage({ id: message.id, result: operations[message.op](message) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: { message: String(error?.message ?? error), code: error?.code, rawCode: error?.rawCode } });
  }
});
`;

/**
 * Prepared statements kept per connection. Few texts come back: MikroORM writes every value into
 * its SQL, so only the project's own bound reads (kit/orm/bound-reads.ts) and the audit trail's
 * inserts repeat. A kept statement costs up to ~160 KiB of native memory (a grouped statistics
 * statement): 500 of them held ~80 MiB of mediation's RSS under the bench's mix (bench/RESULTS.md).
 */
const STATEMENTS_PER_CONNECTION = 64;

/**
 * The worker's young generation. Its live objects are one statement's rows on their way to the main
 * thread (≈ 18 MiB at most for grids' community query); V8's default for a worker on this machine,
 * 16 MiB semi-spaces, kept its heap at 38 MiB, 12 MiB keeps it at 24.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** The statement methods of a libSQL (better-sqlite3 style) statement the dialect chooses between. */
export type StatementMethod = 'all' | 'run';

/** What a `run` answers; `all` answers the rows. */
export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number | bigint;
}

/** A connection opened in the worker, as the knex pool holds it. */
export interface ThreadConnection {
  readonly id: number;
  readonly memory: boolean;
}

type Operation =
  | { readonly op: 'open'; readonly settings: Record<string, unknown> }
  | { readonly op: 'query'; readonly connection: number; readonly sql: string; readonly bindings: unknown[]; readonly method: StatementMethod }
  | { readonly op: 'cachedStatements'; readonly connection: number }
  | { readonly op: 'close'; readonly connection: number };

interface Reply {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: { readonly message: string; readonly code?: string; readonly rawCode?: number };
}

/**
 * One worker thread holding a subgraph's libSQL connections. The synchronous `libsql` driver
 * blocks the thread a statement runs on; here that is the worker's, so the main thread's event loop
 * keeps serving (`/healthz`, `/readyz`, other requests' JavaScript) while a statement runs.
 * Statements still run one at a time per connection, in the order they were sent.
 */
export class LibSqlThread {
  private readonly worker: Worker;
  /** Connections whose last statement left a transaction open. */
  private readonly transactions = new Set<number>();
  private readonly waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private sent = 0;
  private stopped: Error | null = null;

  /** @param statementsPerConnection prepared statements kept per connection, least recently used dropped first */
  constructor(statementsPerConnection = STATEMENTS_PER_CONNECTION) {
    // No `execArgv`: the worker must not inherit the parent's loaders (`-r @swc-node/register`
    // cost 0.6 s of CPU per worker); its program is plain JavaScript.
    this.worker = new Worker(WORKER_PROGRAM, {
      eval: true,
      execArgv: [],
      workerData: { driver: require.resolve('libsql'), statementsPerConnection },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    // Like the connection it replaces, an idle worker does not keep the process alive; one with
    // statements in flight does (see `send`), or a script awaiting its last query would just exit.
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', error => this.stop(error));
    this.worker.on('exit', code => this.stop(new Error(`the libSQL worker thread exited (code ${code})`)));
  }

  open(settings: Record<string, unknown>): Promise<ThreadConnection> {
    return this.send({ op: 'open', settings }) as Promise<ThreadConnection>;
  }

  async query(connection: number, sql: string, bindings: unknown[], method: StatementMethod): Promise<unknown> {
    const { result, transaction } = (await this.send({ op: 'query', connection, sql, bindings, method })) as { result: unknown; transaction: boolean };
    if (transaction) this.transactions.add(connection);
    else this.transactions.delete(connection);
    return result;
  }

  /** Whether a transaction is open on the connection: every statement that can open or end one runs in the worker. */
  inTransaction(connection: number): boolean {
    return this.transactions.has(connection);
  }

  /** How many prepared statements the connection keeps (none once it is closed). */
  cachedStatements(connection: number): Promise<number> {
    return this.send({ op: 'cachedStatements', connection }) as Promise<number>;
  }

  async close(connection: number): Promise<void> {
    this.transactions.delete(connection);
    await this.send({ op: 'close', connection });
  }

  /** Ends the worker (after the pool closed its connections); later calls fail. */
  async terminate(): Promise<void> {
    this.stop(new Error('the libSQL worker thread was terminated'));
    await this.worker.terminate();
  }

  private send(operation: Operation): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    this.sent += 1;
    const id = this.sent;
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...operation, id });
    });
  }

  private settle({ id, result, error }: Reply): void {
    const waiter = this.waiting.get(id);
    if (!waiter) return;
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
    // Rebuilt with the fields MikroORM's exception converter and callers read (message, code).
    if (error) waiter.reject(Object.assign(new Error(error.message), { name: 'SqliteError', code: error.code, rawCode: error.rawCode }));
    else waiter.resolve(result);
  }

  /** A worker that failed or exited fails everything in flight and everything after. */
  private stop(reason: Error): void {
    this.stopped ??= reason;
    for (const waiter of this.waiting.values()) waiter.reject(reason);
    this.waiting.clear();
    this.worker.unref();
  }
}
