import type { EntityClass, EntityData, EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { JsonType } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { prepareValue } from 'pg/lib/utils';

/**
 * Bulk writes on PostgreSQL with `COPY … FROM STDIN` instead of multi-row INSERTs: the server
 * neither parses a statement of thousands of placeholders nor binds each value, and the client
 * builds one tab-separated text instead of a statement and its parameter list (issue #14: a city is
 * 21M rows). Each value is converted as `em.insertMany` converts it — a missing value becomes the
 * property's default, custom types (JSON) convert through their type, and the result is rendered
 * by the pg driver's own `prepareValue` — so COPY writes the same rows the INSERTs wrote.
 */

/** A property COPY writes: one column of the entity's own table, nothing computed in SQL but a JSON cast. */
function copyable(prop: EntityProperty | undefined): prop is EntityProperty {
  if (!prop || prop.persist === false || prop.fieldNames?.length !== 1 || prop.embedded || prop.object) return false;
  return !prop.customType || prop.customType instanceof JsonType || !('convertToDatabaseValueSQL' in prop.customType);
}

/**
 * The columns COPY can write `rows` with, or undefined when `em.insertMany` must write them: a
 * property that is not one plain column, or a row that leaves out a property with no default (the
 * INSERT would give it the column's default, which COPY cannot name for one row alone).
 */
function columnsOf(meta: EntityMetadata, rows: readonly EntityData<object>[]): EntityProperty[] | undefined {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) names.add(name);
  const props = [...names].map(name => meta.properties[name as never] as EntityProperty | undefined);
  if (!props.every(copyable)) return undefined;
  const complete = props.every(prop => prop.default !== undefined || rows.every(row => (row as Record<string, unknown>)[prop.name] !== undefined));
  return complete ? props : undefined;
}

/** COPY's text format: backslash, tab, newline and carriage return escaped; `\N` is null. */
function copyText(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null) return '\\N';
  if (Buffer.isBuffer(prepared)) return `\\\\x${prepared.toString('hex')}`;
  return /[\\\t\n\r]/.test(prepared) ? prepared.replace(/[\\\t\n\r]/g, escapeChar) : prepared;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeChar = (char: string) => ESCAPES[char];

/** What COPY uses of a pg connection, the protocol writer under a pg client. */
interface Connection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** A pg client runs any object with `submit` as a query, passing it the server's messages. */
interface Client {
  query(query: CopyIn): unknown;
}

/** One `COPY … FROM STDIN` on a pg client: sends `data` when the server asks for it, settles when the server is ready again. */
class CopyIn {
  private failure: Error | undefined;

  constructor(
    readonly text: string,
    private readonly data: Buffer,
    private readonly settle: (error?: Error) => void,
  ) {}

  submit(connection: Connection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: Connection): void {
    connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }

  handleCommandComplete(): void {}

  handleError(error: Error): void {
    // The server still sends ReadyForQuery after an error; pg has already let go of this query by then.
    this.failure = error;
    this.settle(error);
  }

  handleReadyForQuery(): void {
    if (!this.failure) this.settle();
  }
}

/**
 * Writes `rows` (keyed by property, as for `em.insertMany`) into `entity`'s table with one COPY on
 * the connection of `em`'s transaction (or one from its pool). Returns false, writing nothing, when
 * the rows need `em.insertMany` (columnsOf).
 */
export async function copyRows<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly EntityData<T>[]): Promise<boolean> {
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  const props = columnsOf(meta, rows as readonly EntityData<object>[]);
  if (!props) return false;
  const platform = em.getPlatform();
  const lines: string[] = [];
  for (const row of rows as readonly Record<string, unknown>[]) {
    const fields = props.map(prop => {
      const given = row[prop.name];
      // As the INSERT of em.insertMany: null where the column takes it, else the value or the property's default.
      const value = prop.nullable && given === null ? null : (given ?? prop.default);
      return copyText(prop.customType && value != null ? prop.customType.convertToDatabaseValue(value, platform, { key: prop.name, mode: 'query-data' }) : value);
    });
    lines.push(`${fields.join('\t')}\n`);
  }
  const table = platform.quoteIdentifier(meta.schema ? `${meta.schema}.${meta.tableName}` : meta.tableName);
  const text = `copy ${table} (${props.map(prop => platform.quoteIdentifier(prop.fieldNames[0])).join(', ')}) from stdin`;
  const knex = (em.getTransactionContext<Knex.Transaction>() ?? em.getConnection('write').getKnex()) as Knex;
  const client = (await knex.client.acquireConnection()) as Client;
  try {
    await new Promise<void>((resolve, reject) => {
      client.query(new CopyIn(text, Buffer.from(lines.join(''), 'utf8'), error => (error ? reject(error) : resolve())));
    });
  } finally {
    await knex.client.releaseConnection(client);
  }
  return true;
}
