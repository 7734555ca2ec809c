import type { Transaction } from '@mikro-orm/core';
import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/knex';

type Row = Record<string, unknown>;

/** A connection that runs a read with its values as bindings (`withBoundReads`). */
export interface BoundReads {
  readRows(sql: string, bindings: readonly unknown[], ctx?: Transaction): Promise<Row[]>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes the constructor arguments of whatever it extends
type ConnectionClass = abstract new (...args: any[]) => AbstractSqlConnection;

/**
 * Adds `readRows` to a MikroORM connection: `execute` for a read, with its values left as bindings.
 * MikroORM's `execute` writes every value into the SQL, so a lookup by other ids is another text:
 * the embedded driver prepared each statement anew (6 % of grids' CPU per building) and no
 * statement cache kept any. Logged, timed and run as `execute` runs it.
 */
export function withBoundReads<Base extends ConnectionClass>(base: Base) {
  abstract class WithBoundReads extends base implements BoundReads {
    async readRows(sql: string, bindings: readonly unknown[], ctx?: Transaction): Promise<Row[]> {
      await this.ensureConnection();
      return this.executeQuery(
        sql,
        async () => {
          const query = this.getKnex().raw(sql, [...bindings] as never[]);
          if (ctx) query.transacting(ctx);
          return this.transformRawResult<Row[]>(await query, 'all');
        },
        { query: sql, params: [...bindings] },
      );
    }
  }
  return WithBoundReads;
}

function hasBoundReads(connection: object): connection is BoundReads {
  return typeof (connection as Partial<BoundReads>).readRows === 'function';
}

/**
 * The rows of a read whose SQL keeps its values as `?` bindings, on the connection `em.execute`
 * would use: the request's transaction when it has one, else a read replica where reads go to one
 * (kit/orm/read-routing.ts). For reads the project builds itself (pages, rows by key); MikroORM's
 * own statements go through `execute` as before.
 */
export async function readRows(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<Row[]> {
  const ctx = em.getTransactionContext<Transaction>();
  const driver = em.getDriver();
  const connection = driver.getConnection(ctx || !em.config.get('preferReadReplicas') ? 'write' : 'read');
  if (!hasBoundReads(connection)) throw new Error(`${connection.constructor.name} cannot read with bindings: open the database with createOrmOptions`);
  try {
    return await connection.readRows(sql, bindings, ctx);
  } catch (error) {
    throw driver.convertException(error as Error);
  }
}
