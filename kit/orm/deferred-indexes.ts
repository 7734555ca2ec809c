import type { EntityManager } from '@mikro-orm/knex';
import { MIGRATIONS_TABLE } from './orm-options';

interface Deferred {
  readonly drop: string;
  readonly restore: string;
}

/**
 * Foreign keys, then the indexes that back no primary key, unique or exclusion constraint, of the
 * current schema's tables: each with the statement that drops it and the one that makes it again
 * exactly as it was (`pg_get_constraintdef`, `pg_get_indexdef`: same name, columns, options).
 */
const DEFERRABLE = `
select format('alter table %s drop constraint %I', conrelid::regclass, conname) as drop,
       format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) as restore
from pg_constraint
where contype = 'f' and connamespace = current_schema()::regnamespace
union all
select format('drop index %s', i.indexrelid::regclass),
       pg_get_indexdef(i.indexrelid)
from pg_index i join pg_class t on t.oid = i.indrelid
where t.relnamespace = current_schema()::regnamespace and t.relname <> ?
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))`;

/**
 * Runs a bulk load of empty tables on PostgreSQL with their foreign keys and secondary indexes made
 * after it instead of kept up row by row: building an index once from its table, and checking a
 * foreign key with one join, costs the server a fraction of maintaining them over millions of rows
 * (issue #14, the city load). `em` must be in a transaction, so the drops are never seen by another
 * session and a load that fails rolls them back with its rows; the schema after it is the one the
 * migrations made. Indexes come back before foreign keys, which may rest on them.
 *
 * Then the tables are analysed, in the same transaction. Nothing else gives a freshly loaded table
 * its statistics at once: autovacuum counts rows changed since its last visit, and that count starts
 * again from nothing whenever the server stops uncleanly. Without them PostgreSQL guessed 600,000
 * residents for a building's 204 households and read all 2.3 million rows of the city's residents
 * (bench/RESULTS.md, "Statistics after the bulk load").
 */
export async function withIndexesAfter(em: EntityManager, load: () => Promise<void>): Promise<void> {
  if (!em.isInTransaction()) throw new Error('withIndexesAfter: the load must run in a transaction');
  const connection = em.getConnection('write');
  const context = em.getTransactionContext();
  const deferred: Deferred[] = await connection.execute(DEFERRABLE, [MIGRATIONS_TABLE], 'all', context);
  for (const { drop } of deferred) await connection.execute(drop, [], 'run', context);
  await load();
  for (const { restore } of [...deferred].reverse()) await connection.execute(restore, [], 'run', context);
  await connection.execute('analyze', [], 'run', context);
}
